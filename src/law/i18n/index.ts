/**
 * Locale files for the explanation tree, one folder per language and one file per area, merged here.
 * The Spanish files are typed against the English ones, so a code missing in either fails to compile.
 */
import type { Lang } from '../types.js';
import type { Params } from '../rule.js';
import type { Messages } from './types.js';
import { core as enCore } from './en/core.js';
import { core as esCore } from './es/core.js';
import { presidency as enPresidency } from './en/presidency.js';
import { presidency as esPresidency } from './es/presidency.js';

export const LOCALES: Record<Lang, Messages> = {
  en: { ...enCore, ...enPresidency },
  es: { ...esCore, ...esPresidency },
};

/** Renders a message; an unknown code is a bug in a rule, so it throws (tests catch it). */
export function render(code: string, params: Params | undefined, lang: Lang): string {
  const m = LOCALES[lang][code];
  if (!m) throw new Error(`no ${lang} message for code ${code}`);
  return m(params ?? {});
}

export function hasMessage(code: string): boolean {
  return code in LOCALES.en && code in LOCALES.es;
}
