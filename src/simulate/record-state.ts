/** The state the record gives on a day (at its end), for `paths --from D`; `null` if the record cannot load. */
import type { IsoDate } from '../lib/dates.js';
import type { State } from '../law/state.js';
import { loadRecordData, stateOn } from './record-adapter.js';

export function recordStateOn(date: IsoDate): { state: State; notes: string[] } | null {
  const data = loadRecordData();
  const state = stateOn(data, date);
  const notes: string[] = [];
  const basis = Object.values(state.basis ?? {}).flat();
  notes.push(
    `state from the record at the end of ${date}${basis.length ? ` (rests on ${new Set(basis).size} events)` : ''}`,
  );
  return { state, notes };
}
