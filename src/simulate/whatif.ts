/**
 * Counterfactuals on a recorded vote (issue 5 §2): how close it was (the margin the engine reports), the
 * fewest members whose change of vote flips the outcome, which single kind of change is cheapest under the
 * rule's base (moving a vote "for" to "absent" costs the same as to "against" on a legal-number base,
 * but not on a base of those present), and, with per-group votes, the smallest sets of groups whose bloc
 * change would have flipped it. `--set group=option` re-evaluates through the engine.
 */
import { evaluate } from '../engine/evaluate.js';
import type { Verdict } from '../engine/verdict.js';
import type { IsoDate } from '../lib/dates.js';
import { InputError, issue } from '../lib/issues.js';
import { peruRulebook } from '../law/peru/index.js';
import type { Rulebook } from '../law/rulebook.js';
import { requiredVotes } from '../law/threshold.js';
import type { State } from '../law/state.js';
import type { Action, Lang, Tally } from '../law/types.js';
import type { Counting } from './exact.js';
import { VOTE_OPTIONS, type VoteOption } from './model.js';
import type { GroupVote } from './record-model.js';
import { ruleThreshold } from './rule-threshold.js';

export interface VoteEvent {
  id: string;
  date: IsoDate;
  action: Action;
  groupVotes?: GroupVote[];
  /** The outcome as recorded (`passed` / `failed`), for comparison. */
  outcome?: string;
  interpretations?: Record<string, string>;
  /** The state just before the vote (from the record); the rules read it (windows, pending motions). */
  state?: State;
  notes?: string[];
}

/** Four counts: for, against, abstain, absent (absent = the chamber's seats not present, unless recorded). */
type Counts = [number, number, number, number];
const IDX: Record<VoteOption, number> = { for: 0, against: 1, abstain: 2, absent: 3 };

export interface Move {
  from: VoteOption;
  to: VoteOption;
  members: number;
}

export interface GroupFlip {
  groups: string[];
  /** Members who change their vote. */
  members: number;
  tally: Tally;
}

export interface WhatIfResult {
  eventId: string;
  date: IsoDate;
  kind: string;
  rule: string;
  recordedOutcome: string | null;
  passed: boolean | null;
  permitted: boolean;
  required: number | null;
  base: string | null;
  threshold: string;
  tally: Tally;
  margin: number | null;
  /** The fewest members whose change flips the outcome, and one such change. */
  smallestFlip: { members: number; moves: Move[] } | null;
  /** For each single kind of change, how many members it takes (null: not enough members can make it). */
  byMove: Move[];
  /** With per-group votes: every smallest set of groups whose bloc change flips the outcome. */
  groupFlips: { size: number; sets: GroupFlip[]; truncated: boolean } | null;
  /** With `--set`: the changes applied and the engine's verdict on the changed tally. */
  changed?: {
    sets: { group: string; option: VoteOption; members: number }[];
    tally: Tally;
    verdict: Verdict;
  };
  notes: string[];
}

export interface WhatIfOptions {
  rulebook?: Rulebook;
  lang?: Lang;
  sets?: { group: string; option: VoteOption }[];
  /** Most sets of groups listed at the smallest size. */
  maxGroupSets?: number;
}

function passes(c: Counts, counting: Counting): boolean {
  if (counting.kind === 'fixed') return c[0] >= counting.required;
  const base = counting.base === 'present' ? c[0] + c[1] + c[2] : c[0] + c[1];
  return c[0] >= requiredVotes(counting.spec, base);
}

const toTally = (c: Counts): Tally => ({ for: c[0], against: c[1], abstain: c[2], absent: c[3] });

/** Breadth-first over one-member changes: the fewest that flip the outcome, and a witness. */
/** Whether option i (0 for, 1 against, 2 abstain, 3 absent) counts in the base of the threshold. */
function counted(i: number, counting: Counting): boolean {
  if (counting.kind === 'fixed') return false;
  return i === 0 || i === 1 || (i === 2 && counting.base === 'present');
}

/**
 * Only moves that push toward the other outcome can be in a smallest flip: toward passing, a vote
 * turning "for" or a member leaving the base; toward failing, the reverse. The search keeps to those.
 */
function helpful(from: number, to: number, towardPass: boolean, counting: Counting): boolean {
  if (towardPass) return to === 0 || (from !== 0 && counted(from, counting) && !counted(to, counting));
  return from === 0 || (to !== 0 && !counted(from, counting) && counted(to, counting));
}

function smallestFlip(start: Counts, counting: Counting): { members: number; moves: Move[] } | null {
  const target = !passes(start, counting);
  const key = (c: Counts) => `${c[0]},${c[1]},${c[2]}`;
  const seen = new Map<string, { prev: string | null; move?: [number, number] }>();
  seen.set(key(start), { prev: null });
  let frontier: Counts[] = [start];
  let depth = 0;
  while (frontier.length) {
    depth++;
    const next: Counts[] = [];
    for (const c of frontier) {
      for (let from = 0; from < 4; from++) {
        if (c[from] === 0) continue;
        for (let to = 0; to < 4; to++) {
          if (to === from || !helpful(from, to, target, counting)) continue;
          const n = [...c] as Counts;
          n[from]! -= 1;
          n[to]! += 1;
          const k = key(n);
          if (seen.has(k)) continue;
          seen.set(k, { prev: key(c), move: [from, to] });
          if (passes(n, counting) === target) return { members: depth, moves: witness(seen, k) };
          next.push(n);
        }
      }
    }
    frontier = next;
  }
  return null;
}

function witness(seen: Map<string, { prev: string | null; move?: [number, number] }>, end: string): Move[] {
  const counts = new Map<string, number>();
  let k: string | null = end;
  while (k) {
    const s: { prev: string | null; move?: [number, number] } = seen.get(k)!;
    if (s.move) {
      const label = `${VOTE_OPTIONS[s.move[0]]}>${VOTE_OPTIONS[s.move[1]]}`;
      counts.set(label, (counts.get(label) ?? 0) + 1);
    }
    k = s.prev;
  }
  return [...counts.entries()].map(([label, members]) => {
    const [from, to] = label.split('>') as [VoteOption, VoteOption];
    return { from, to, members };
  });
}

function byMove(start: Counts, counting: Counting): Move[] {
  const was = passes(start, counting);
  const out: Move[] = [];
  for (const from of VOTE_OPTIONS) {
    for (const to of VOTE_OPTIONS) {
      if (from === to) continue;
      const c = [...start] as Counts;
      let k = 0;
      let found = false;
      while (c[IDX[from]]! > 0) {
        c[IDX[from]]! -= 1;
        c[IDX[to]]! += 1;
        k++;
        if (passes(c, counting) !== was) {
          found = true;
          break;
        }
      }
      if (found) out.push({ from, to, members: k });
    }
  }
  return out.sort((a, b) => a.members - b.members);
}

/** A group's bloc change: to defeat a vote its "for" votes turn "against"; to carry one, all vote "for". */
function blocChange(c: Counts, gv: GroupVote, towardPass: boolean): { counts: Counts; members: number } {
  const n = [...c] as Counts;
  if (!towardPass) {
    n[0] -= gv.for;
    n[1] += gv.for;
    return { counts: n, members: gv.for };
  }
  const absent = gv.absent ?? 0;
  n[1] -= gv.against;
  n[2] -= gv.abstain;
  n[3] -= absent;
  n[0] += gv.against + gv.abstain + absent;
  return { counts: n, members: gv.against + gv.abstain + absent };
}

function groupFlips(
  start: Counts,
  counting: Counting,
  groupVotes: readonly GroupVote[],
  max: number,
): WhatIfResult['groupFlips'] {
  const was = passes(start, counting);
  const G = groupVotes.length;
  if (G > 24) return null;
  for (let size = 1; size <= G; size++) {
    const sets: GroupFlip[] = [];
    let truncated = false;
    const pick = (from: number, chosen: number[]) => {
      if (chosen.length === size) {
        let c = start;
        let members = 0;
        for (const i of chosen) {
          const r = blocChange(c, groupVotes[i]!, !was);
          c = r.counts;
          members += r.members;
        }
        if (passes(c, counting) !== was) {
          if (sets.length < max)
            sets.push({ groups: chosen.map((i) => groupVotes[i]!.group), members, tally: toTally(c) });
          else truncated = true;
        }
        return;
      }
      for (let i = from; i <= G - (size - chosen.length); i++) pick(i + 1, [...chosen, i]);
    };
    pick(0, []);
    if (sets.length) {
      sets.sort((a, b) => a.members - b.members);
      return { size, sets, truncated };
    }
  }
  return { size: 0, sets: [], truncated: false };
}

export function whatIf(event: VoteEvent, opts: WhatIfOptions = {}): WhatIfResult {
  const rulebook = opts.rulebook ?? peruRulebook();
  const tally = event.action.tally;
  if (!tally) {
    throw new InputError([
      issue(
        'missing_field',
        `event ${event.id} has no recorded tally; a counterfactual needs one`,
        `el evento ${event.id} no tiene votación registrada; un contrafáctico la necesita`,
        { field: 'tally' },
      ),
    ]);
  }
  const input = {
    date: event.date,
    action: event.action,
    ...(event.interpretations ? { interpretations: event.interpretations } : {}),
    ...(event.state ? { state: event.state } : {}),
  };
  const rt = ruleThreshold(input, { rulebook, lang: opts.lang });
  const verdict = evaluate(input, { rulebook, lang: opts.lang });
  const seats = rulebook.params.lookup(`chamber.${verdict.chamber}.seats`, event.date)?.value;
  const present = tally.for + tally.against + tally.abstain;
  const notes: string[] = [...(event.notes ?? [])];
  let absent = tally.absent ?? null;
  if (absent === null) {
    absent = typeof seats === 'number' ? Math.max(0, seats - present) : 0;
    notes.push(
      `absences not recorded: taken as the ${absent} seats not present (of ${typeof seats === 'number' ? seats : '?'})`,
    );
  }
  const start: Counts = [tally.for, tally.against, tally.abstain, absent];
  const counting = rt.counting;
  const result: WhatIfResult = {
    eventId: event.id,
    date: event.date,
    kind: event.action.kind,
    rule: verdict.rule,
    recordedOutcome: event.outcome ?? null,
    passed: verdict.passed,
    permitted: verdict.permitted,
    required: verdict.required,
    base: verdict.base,
    threshold: rt.label,
    tally: toTally(start),
    margin: verdict.margin,
    smallestFlip: smallestFlip(start, counting),
    byMove: byMove(start, counting),
    groupFlips: event.groupVotes?.length
      ? groupFlips(start, counting, event.groupVotes, opts.maxGroupSets ?? 20)
      : null,
    notes,
  };
  if (!verdict.permitted)
    notes.push('the rule did not permit this vote on this date; flips are computed on the tally alone');
  if (!event.groupVotes?.length) notes.push('the record has no per-group votes for this event');
  if (opts.sets?.length) result.changed = applySets(event, start, opts, rulebook);
  return result;
}

function applySets(
  event: VoteEvent,
  start: Counts,
  opts: WhatIfOptions,
  rulebook: Rulebook,
): NonNullable<WhatIfResult['changed']> {
  const byName = new Map((event.groupVotes ?? []).map((g) => [g.group, g]));
  const c = [...start] as Counts;
  const applied: { group: string; option: VoteOption; members: number }[] = [];
  for (const [i, s] of (opts.sets ?? []).entries()) {
    const gv = byName.get(s.group);
    if (!gv) {
      throw new InputError([
        issue(
          'unknown_reference',
          `no group ${s.group} in the votes of ${event.id}; groups: ${[...byName.keys()].join(', ') || 'none recorded'}`,
          `no hay grupo ${s.group} en los votos de ${event.id}; grupos: ${[...byName.keys()].join(', ') || 'ninguno registrado'}`,
          { field: `set.${i}` },
        ),
      ]);
    }
    const own: Counts = [gv.for, gv.against, gv.abstain, gv.absent ?? 0];
    for (let k = 0; k < 4; k++) c[k]! -= own[k]!;
    const members = own.reduce((a, b) => a + b, 0);
    c[IDX[s.option]]! += members;
    applied.push({ group: s.group, option: s.option, members });
  }
  const tally = toTally(c);
  const verdict = evaluate(
    {
      date: event.date,
      action: { ...event.action, tally },
      ...(event.interpretations ? { interpretations: event.interpretations } : {}),
      ...(event.state ? { state: event.state } : {}),
    },
    { rulebook, lang: opts.lang },
  );
  return { sets: applied, tally, verdict };
}

/** Parses `group=option` (`--set`), with a clear error for an unknown option. */
export function parseSet(s: string, i = 0): { group: string; option: VoteOption } {
  const m = /^([^=]+)=(for|against|abstain|absent)$/.exec(s.trim());
  if (!m) {
    throw new InputError([
      issue(
        'invalid_value',
        `--set must read group=for|against|abstain|absent, got ${JSON.stringify(s)}`,
        `--set debe tener la forma grupo=for|against|abstain|absent, se recibió ${JSON.stringify(s)}`,
        { field: `set.${i}` },
      ),
    ]);
  }
  return { group: m[1]!.trim(), option: m[2] as VoteOption };
}
