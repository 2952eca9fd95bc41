/**
 * Terms of office computed from the calendar when the state does not give them. Parliamentary periods run
 * from 27 July to 26 July five years later (the CCD sat until 1995-07-26; an extraordinary Congress, as in
 * 2020, completes its predecessor's period: Const. art. 136). Presidential terms start on 28 July
 * (Const. art. 116); the 2000–2005 terms (President and Congress) ended early and Paniagua's transition completed it to 2001-07-28.
 */
import { addDays, type IsoDate } from '../../../lib/dates.js';
import type { State } from '../../state.js';

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

/** The parliamentary period containing `date` by the calendar. */
export function congressTermOn(date: IsoDate): Term {
  if (date < '1995-07-27') return { from: '1993-01-01', to: '1995-07-26', id: 'CCD-1993-1995' };
  // The 2000 Congress was cut short by the 2001 general election (Ley 27365); periods restart in 2001.
  if (date >= '2000-07-27' && date < '2001-07-27')
    return { from: '2000-07-27', to: '2001-07-26', id: '2000-2001' };
  if (date >= '2001-07-27') return fiveYear(date, '07-27', 2001);
  return fiveYear(date, '07-27', 1995);
}

/** The presidential term containing `date` by the calendar. */
export function presidentialTermOn(date: IsoDate): Term {
  if (date >= '2000-07-28' && date < '2001-07-28')
    return { from: '2000-07-28', to: '2001-07-27', id: '2000-2001' };
  if (date >= '2001-07-28') return fiveYear(date, '07-28', 2001);
  return fiveYear(date, '07-28', 1990);
}

const fromState = (t: NonNullable<State['congressTerm']>): Term => ({
  from: t.from,
  to: t.to,
  id: t.id ?? `${t.from.slice(0, 4)}-${t.to.slice(0, 4)}`,
});

/** The parliamentary period containing `date`: the state's, else the calendar's. */
export function congressTerm(state: State, date: IsoDate): Term {
  return state.congressTerm ? fromState(state.congressTerm) : congressTermOn(date);
}

/** The presidential term containing `date`: the state's, else the calendar's. */
export function presidentialTerm(state: State, date: IsoDate): Term {
  return state.presidentialTerm ? fromState(state.presidentialTerm) : presidentialTermOn(date);
}

/** The first day of the last year of a term ending on `to` (inclusive). */
export function lastYearStarts(to: IsoDate): IsoDate {
  const y = Number(to.slice(0, 4)) - 1;
  return addDays(`${y}${to.slice(4)}`, 1);
}
