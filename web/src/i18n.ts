/** The UI language: ?lang= in the page address, else a saved choice, else the browser's language. */
import { en, type MessageKey } from './locales/en.js';
import { es } from './locales/es.js';

export type Lang = 'en' | 'es';
const MESSAGES: Record<Lang, Record<MessageKey, string>> = { en, es };

let current: Lang = 'en';

export function detectLang(): Lang {
  const fromUrl = new URLSearchParams(location.hash.split('?')[1] ?? '').get('lang');
  if (fromUrl === 'es' || fromUrl === 'en') return fromUrl;
  try {
    const saved = localStorage.getItem('contrapeso.lang');
    if (saved === 'es' || saved === 'en') return saved;
  } catch {
    // storage may be disabled; fall through to the browser's language
  }
  for (const l of navigator.languages ?? [navigator.language]) {
    const p = l.toLowerCase().slice(0, 2);
    if (p === 'es' || p === 'en') return p;
  }
  return 'en';
}

export function setLang(l: Lang): void {
  current = l;
  document.documentElement.lang = l;
  try {
    localStorage.setItem('contrapeso.lang', l);
  } catch {
    // not fatal
  }
}

export function lang(): Lang {
  return current;
}

export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return MESSAGES[current][key].replace(/\{(\w+)\}/g, (m, k: string) =>
    k in params ? String(params[k]) : m,
  );
}

export function fmtDate(d: string): string {
  const [y, m, day] = d.split('-').map(Number);
  if (!y || !m || !day) return d;
  return new Date(Date.UTC(y, m - 1, day)).toLocaleDateString(current === 'es' ? 'es-PE' : 'en-GB', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
}
