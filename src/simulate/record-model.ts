/**
 * A vote model from the record: the groups and seats of the chamber on the date, and each group's
 * probabilities from its sourced votes (`group_votes`) on earlier votes of the same kind. Pooled rates:
 * a group that voted 24 for and 0 against on one vote and 10 for, 5 against on another gets
 * pFor = 34/39 … over the members it had each time. A group with no sourced vote of that kind gets the
 * chamber's pooled rate, and the result says so.
 */
import type { IsoDate } from '../lib/dates.js';
import type { Chamber } from '../law/types.js';
import type { Group } from './model.js';
import { compositionOn, loadRecordData, recordedVotes, type RecordData } from './record-adapter.js';
import type { ModelSource, RecordModelProvider } from './simulate.js';

export interface GroupVote {
  group: string;
  for: number;
  against: number;
  abstain: number;
  absent?: number | null;
}

export interface RecordedVote {
  eventId: string;
  date: IsoDate;
  kind: string;
  chamber: Chamber;
  groupVotes: GroupVote[];
  notes?: string[];
}

export interface CompositionGroup {
  group: string;
  name?: string;
  seats: number;
}

/**
 * Builds the model; `null` when the record has no group breakdown of a vote of this kind in this
 * chamber up to the date (the caller then asks for a model).
 */
export function modelFromVotes(
  date: IsoDate,
  kind: string,
  chamber: Chamber,
  composition: readonly CompositionGroup[],
  votes: readonly RecordedVote[],
): { groups: Group[]; source: ModelSource } | null {
  const used = votes
    .filter((v) => v.kind === kind && v.chamber === chamber && v.date <= date && v.groupVotes.length)
    .sort((a, b) => a.date.localeCompare(b.date));
  if (!used.length || !composition.length) return null;
  const totals = new Map<string, [number, number, number, number]>();
  const all: [number, number, number, number] = [0, 0, 0, 0];
  for (const v of used) {
    for (const gv of v.groupVotes) {
      const t = totals.get(gv.group) ?? [0, 0, 0, 0];
      const absent = gv.absent ?? 0;
      const add = [gv.for, gv.against, gv.abstain, absent] as const;
      for (let i = 0; i < 4; i++) {
        t[i]! += add[i]!;
        all[i]! += add[i]!;
      }
      totals.set(gv.group, t);
    }
  }
  const notes: string[] = [];
  const rate = (t: readonly number[]) => {
    const n = t.reduce((s, x) => s + x, 0);
    return n ? t.map((x) => x / n) : null;
  };
  const pooled = rate(all);
  if (!pooled) return null;
  const groups: Group[] = composition.map((c) => {
    const own = rate(totals.get(c.group) ?? [0, 0, 0, 0]);
    if (!own) notes.push(`${c.group}: no sourced group vote of ${kind}; the chamber's pooled rate is used`);
    const [pFor, pAgainst, pAbstain, pAbsent] = own ?? pooled;
    return {
      name: c.name ?? c.group,
      seats: c.seats,
      pFor: pFor!,
      pAgainst: pAgainst!,
      pAbstain: pAbstain!,
      pAbsent: pAbsent!,
      basis: own ? `${kind} group votes` : 'chamber pooled rate',
    };
  });
  for (const v of used) notes.push(...(v.notes ?? []));
  const seated = new Set(composition.map((c) => c.group));
  const unseated = [...totals.keys()].filter((g) => !seated.has(g));
  if (unseated.length)
    notes.push(
      `groups in the votes but not in the composition on ${date} (not modelled): ${unseated.join(', ')}`,
    );
  if (used.some((v) => v.groupVotes.some((g) => g.absent === undefined || g.absent === null)))
    notes.push('absences not recorded per group in some votes: counted only where recorded');
  return {
    groups,
    source: {
      kind: 'record',
      votesUsed: used.map((v) => ({ eventId: v.eventId, date: v.date, kind: v.kind })),
      notes,
    },
  };
}

/** The provider the CLI uses: compositions and group votes from the record's data files. */
export function recordModelProvider(data: () => RecordData = () => loadRecordData()): RecordModelProvider {
  return (date, kind, chamber) => {
    const d = data();
    return modelFromVotes(date, kind, chamber, compositionOn(d, chamber, date), recordedVotes(d));
  };
}
