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
import { cabinet as enCabinet } from './en/cabinet.js';
import { cabinet as esCabinet } from './es/cabinet.js';
import { congress as enCongress } from './en/congress.js';
import { congress as esCongress } from './es/congress.js';
import { emergency as enEmergency } from './en/emergency.js';
import { emergency as esEmergency } from './es/emergency.js';
import { accusation as enAccusation } from './en/accusation.js';
import { accusation as esAccusation } from './es/accusation.js';
import { elections as enElections } from './en/elections.js';
import { elections as esElections } from './es/elections.js';

export const LOCALES: Record<Lang, Messages> = {
  en: {
    ...enCore,
    ...enPresidency,
    ...enCabinet,
    ...enCongress,
    ...enEmergency,
    ...enAccusation,
    ...enElections,
  },
  es: {
    ...esCore,
    ...esPresidency,
    ...esCabinet,
    ...esCongress,
    ...esEmergency,
    ...esAccusation,
    ...esElections,
  },
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
