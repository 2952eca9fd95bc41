/**
 * Constitutional terms by the calendar: one definition, in the rulebook (src/law/peru/congress/terms.ts),
 * which the record uses to date Congresses and presidential terms. Presidents serve from 28 July for five
 * years (Const. arts. 112, 116); parliamentary periods run from 27 July to 26 July five years later; the
 * CCD, the 2000-2001 term cut short (Ley 27365) and the 2020 extraordinary Congress are the exceptions.
 */
export { congressTermOn, lastYearStarts, presidentialTermOn, type Term } from '../law/peru/congress/terms.js';
