import type { IsoDate } from '../lib/dates.js';
import type { Chamber } from '../law/types.js';

/** The bicameral Congress (Ley 31988) sits from 2026-07-28; before, the unicameral Congress. */
export const BICAMERAL_FROM: IsoDate = '2026-07-28';

/** The chamber an event without one took place in: Congress before the bicameral era, else the Deputies. */
export function defaultChamber(date: IsoDate): Chamber {
  return date >= BICAMERAL_FROM ? 'deputies' : 'congress';
}
