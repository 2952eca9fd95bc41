/**
 * The language of an HTTP answer: `?lang=es|en` first, then the best of es/en in Accept-Language
 * (honouring q-values), else English. Every error message and explanation is rendered in it.
 */
import type { Lang } from '../law/types.js';

export function langFromQuery(q: string | undefined): Lang | undefined {
  if (!q) return undefined;
  const l = q.toLowerCase().slice(0, 2);
  return l === 'es' || l === 'en' ? l : undefined;
}

/** Picks es or en from an Accept-Language header; malformed parts are ignored, never fatal. */
export function langFromAcceptLanguage(header: string | undefined): Lang | undefined {
  if (!header) return undefined;
  let best: { lang: Lang; q: number; pos: number } | undefined;
  const parts = header.slice(0, 1000).split(',');
  parts.forEach((part, pos) => {
    const [tag = '', ...params] = part.trim().split(';');
    const primary = tag.trim().toLowerCase().split('-')[0];
    if (primary !== 'es' && primary !== 'en') return;
    let q = 1;
    for (const p of params) {
      const m = /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(p);
      if (m) q = Number(m[1]);
    }
    if (!Number.isFinite(q) || q <= 0) return;
    if (!best || q > best.q || (q === best.q && pos < best.pos)) best = { lang: primary, q, pos };
  });
  return best?.lang;
}

export function negotiateLang(query: string | undefined, acceptLanguage: string | undefined): Lang {
  return langFromQuery(query) ?? langFromAcceptLanguage(acceptLanguage) ?? 'en';
}
