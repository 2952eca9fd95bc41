/** The real order of events: by date, then by `seq` or `time` where a day's events give them, then as written. */
import type { EventRecord } from './schema.js';
import type { Coverage } from './types.js';

/** Whether `b` may follow `a` within one file (same rule as the sort). */
export function inOrder(a: EventRecord, b: EventRecord): boolean {
  if (a.date !== b.date) return a.date < b.date;
  if (a.seq !== undefined && b.seq !== undefined) return a.seq < b.seq;
  if (a.time !== undefined && b.time !== undefined) return a.time <= b.time;
  return true;
}

/** A stable sort: by date; within a day, by `seq` when every event of the day has one, else by `time` when all have one. */
export function sortEvents<E extends EventRecord>(events: E[]): E[] {
  const byDate = new Map<string, E[]>();
  for (const e of events) {
    const list = byDate.get(e.date) ?? [];
    list.push(e);
    byDate.set(e.date, list);
  }
  const out: E[] = [];
  for (const date of [...byDate.keys()].sort()) {
    const day = byDate.get(date)!;
    if (day.every((e) => e.seq !== undefined)) day.sort((a, b) => a.seq! - b.seq!);
    else if (day.every((e) => e.time !== undefined)) day.sort((a, b) => a.time!.localeCompare(b.time!));
    out.push(...day);
  }
  return out;
}

export function coverageOf(events: readonly EventRecord[]): Coverage {
  return {
    events: events.length,
    firstEvent: events[0]?.date ?? null,
    latestEvent: events[events.length - 1]?.date ?? null,
  };
}
