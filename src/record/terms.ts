/**
 * Constitutional terms by the calendar. Presidents serve from 28 July for five years (Const. art. 112,
 * 116); parliamentary periods run from 27 July to 26 July five years later (Const. art. 90). Exceptions:
 * the CCD (1993-01-01 → 1995-07-26); the 2000 term cut short by the 2001 election (Ley 27365), so 2000-2001;
 * the extraordinary Congress elected in 2020 completed the 2016–2021 period (Const. art. 136).
 * Ids match those the rulebook uses (src/law/peru/congress/terms.ts): `2016-2021`, `2000-2001`, `CCD-1993-1995`.
 */
import { addDays, type IsoDate } from '../lib/dates.js';

export interface Term {
  from: IsoDate;
  to: IsoDate;
  id: string;
}

function fiveYear(date: IsoDate, startDay: string, firstYear: number): Term {
  const year = Number(date.slice(0, 4));
  let start = year - ((((year - firstYear) % 5) + 5) % 5);
  if (`${start}-${startDay}` > date) start -= 5;
  return {
    from: `${start}-${startDay}`,
    to: addDays(`${start + 5}-${startDay}`, -1),
    id: `${start}-${start + 5}`,
  };
}

export function congressTermOn(date: IsoDate): Term {
  if (date < '1995-07-27') return { from: '1993-01-01', to: '1995-07-26', id: 'CCD-1993-1995' };
  if (date >= '2000-07-27' && date < '2001-07-27')
    return { from: '2000-07-27', to: '2001-07-26', id: '2000-2001' };
  if (date >= '2001-07-27') return fiveYear(date, '07-27', 2001);
  return fiveYear(date, '07-27', 1995);
}

export function presidentialTermOn(date: IsoDate): Term {
  if (date >= '2000-07-28' && date < '2001-07-28')
    return { from: '2000-07-28', to: '2001-07-27', id: '2000-2001' };
  if (date >= '2001-07-28') return fiveYear(date, '07-28', 2001);
  return fiveYear(date, '07-28', 1990);
}

/** The first day of the last year of a term ending on `to` (inclusive). */
export function lastYearStarts(to: IsoDate): IsoDate {
  return addDays(`${Number(to.slice(0, 4)) - 1}${to.slice(4)}`, 1);
}
