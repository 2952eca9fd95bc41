/**
 * replay: every event of the record in real order, each action on or after 1993-12-31 evaluated through
 * the rule in force on its date with the state just before it (src/record/state.ts), and compared with
 * what was recorded: votes by passed/failed, other steps by done (permitted) — `agrees: true|false`, or
 * `null` with the reason when there is nothing to compare (no rule, an unknown figure, a context event).
 * A disagreement is `explained` when the record says why (`disagreement`: contested-act, source-conflict,
 * rule-gap). `diffReplays` lists the verdicts that change under another interpretation.
 */
import type { IsoDate } from '../lib/dates.js';
import { InputError } from '../lib/issues.js';
import { isActionKind, type ActionKind } from '../law/kinds.js';
import { validateInterpretations } from '../law/interpretations.js';
import { peruRulebook } from '../law/peru/index.js';
import { isVote } from '../law/rule.js';
import type { Rulebook } from '../law/rulebook.js';
import type { State } from '../law/state.js';
import type { Action, Lang, Tally } from '../law/types.js';
import type { EventRecord } from '../record/schema.js';
import { RecordIndex, StateWalker } from '../record/state.js';
import type { Coverage, Override, PeruRecord } from '../record/types.js';
import { EARLIEST_DATE } from './input.js';
import { evaluate } from './evaluate.js';
import type { Verdict } from './verdict.js';

export interface ReplayEntry {
  id: string;
  date: IsoDate;
  seq?: number;
  time?: string;
  kind: string;
  target?: string | null;
  tally?: EventRecord['tally'];
  /** As recorded. */
  outcome: EventRecord['outcome'];
  /** The engine's verdict, when the event was evaluated. */
  rule: string | null;
  permitted: boolean | null;
  passed: boolean | null;
  required: number | null;
  margin: number | null;
  agrees: boolean | null;
  reason: string;
  disagreement?: EventRecord['disagreement'];
  /** For disagreements: whether the record explains them. */
  explained: boolean | null;
  interpretations: Record<string, string>;
  verdict?: Verdict;
}

export interface ReplaySummary {
  events: number;
  evaluated: number;
  agree: number;
  disagree: number;
  explained: number;
  unexplained: number;
  notCompared: number;
}

export interface ReplayResult {
  coverage: Coverage;
  /** Items of a user's folder (--data) that replaced embedded ones. */
  overrides?: Override[];
  interpretations: Record<string, string>;
  from?: IsoDate;
  to?: IsoDate;
  summary: ReplaySummary;
  entries: ReplayEntry[];
}

export interface ReplayOptions {
  interpretations?: Record<string, string>;
  from?: IsoDate;
  to?: IsoDate;
  rulebook?: Rulebook;
  lang?: Lang;
  /** Keep the full verdict in each entry (the CLI's --json does; the benchmark does not). */
  verdicts?: boolean;
  /** Reuse an index across replays of the same record. */
  index?: RecordIndex;
}

const ACTION_FIELDS = [
  'chamber',
  'signatures',
  'habiles',
  'matter',
  'days',
  'route',
  'stage',
  'role',
  'scope',
  'round',
  'impediment',
  'proposal',
  'origin',
  'rights',
  'exception',
  'charge',
  'ground',
] as const;

/** The action of an event, and whether its tally has unknown figures (null in the record). */
export function actionOf(ev: EventRecord): { action: Action; unknownTally: boolean } {
  const a: Record<string, unknown> = { kind: ev.kind };
  for (const f of ACTION_FIELDS) {
    const v = (ev as Record<string, unknown>)[f];
    if (v !== undefined && v !== null) a[f] = v;
  }
  if (typeof ev.target === 'string') a.target = ev.target;
  if (ev.admitted_on) a.admittedOn = ev.admitted_on;
  if (ev.filed_on) a.filedOn = ev.filed_on;
  let unknownTally = false;
  const tally = (t: EventRecord['tally']): Tally | undefined => {
    if (!t) return undefined;
    if (t.for === null || t.against === null || t.abstain === null) unknownTally = true;
    return {
      for: t.for ?? 0,
      against: t.against ?? 0,
      abstain: t.abstain ?? 0,
      ...(t.absent !== undefined && t.absent !== null ? { absent: t.absent } : {}),
    };
  };
  const t = tally(ev.tally);
  if (t) a.tally = t;
  if (ev.expedite) a.expedite = tally(ev.expedite);
  if (ev.results) {
    a.results = {
      candidates: ev.results.candidates.map((c) => ({
        name: c.name,
        votes: c.votes,
        ...(c.incumbent !== undefined ? { incumbent: c.incumbent } : {}),
      })),
      blank: ev.results.blank ?? 0,
      null: ev.results.null ?? 0,
    };
  }
  return { action: a as unknown as Action, unknownTally };
}

function compare(
  ev: EventRecord,
  vote: boolean,
  v: Verdict,
  unknownTally: boolean,
): { agrees: boolean | null; reason: string } {
  if (vote) {
    if (ev.outcome !== 'passed' && ev.outcome !== 'failed')
      return { agrees: null, reason: `recorded as ${ev.outcome}, not as a vote's result` };
    if (!ev.tally) {
      if (!v.permitted && ev.outcome === 'passed')
        return { agrees: false, reason: `recorded as passed, but not permitted: ${v.reasons.join('; ')}` };
      return { agrees: null, reason: 'no tally recorded' };
    }
    if (unknownTally && v.base !== 'legal' && v.base !== 'habiles')
      return {
        agrees: null,
        reason: `the tally has unknown figures and the threshold counts ${v.base ?? 'them'}`,
      };
    if (v.passed === null) return { agrees: null, reason: 'the rule gives no threshold for this vote' };
    const recorded = ev.outcome === 'passed';
    const agrees = v.passed === recorded;
    const why = v.permitted
      ? `${v.passed ? 'passed' : 'failed'}: ${ev.tally.for ?? '?'} for, ${v.required ?? '?'} required${v.arithmetic ? ` (${v.arithmetic})` : ''}`
      : `not permitted: ${v.reasons.join('; ')}`;
    return { agrees, reason: agrees ? why : `recorded ${ev.outcome}; engine: ${why}` };
  }
  if (ev.outcome === 'not-done') return { agrees: null, reason: 'not done: nothing to compare' };
  if (ev.outcome === 'failed')
    return { agrees: null, reason: 'recorded as failed: nothing was done to compare' };
  const agrees = v.permitted;
  return {
    agrees,
    reason: agrees ? 'done, and permitted' : `done, but not permitted: ${v.reasons.join('; ')}`,
  };
}

/** Replays the record (or the events between `from` and `to`). */
export function replay(record: PeruRecord, opts: ReplayOptions = {}): ReplayResult {
  const rulebook = opts.rulebook ?? peruRulebook();
  const chosen = validateInterpretations(opts.interpretations);
  const walker = new StateWalker(opts.index ?? new RecordIndex(record));
  const entries: ReplayEntry[] = [];
  const events = record.events;
  for (let i = 0; i < events.length; i++) {
    const ev = events[i]!;
    if (opts.to && ev.date > opts.to) break;
    if (opts.from && ev.date < opts.from) continue;
    const base = {
      id: ev.id,
      date: ev.date,
      ...(ev.seq !== undefined ? { seq: ev.seq } : {}),
      ...(ev.time !== undefined ? { time: ev.time } : {}),
      kind: ev.kind,
      ...(ev.target !== undefined ? { target: ev.target } : {}),
      ...(ev.tally !== undefined ? { tally: ev.tally } : {}),
      outcome: ev.outcome,
      ...(ev.disagreement ? { disagreement: ev.disagreement } : {}),
    };
    const none = (reason: string): ReplayEntry => ({
      ...base,
      rule: null,
      permitted: null,
      passed: null,
      required: null,
      margin: null,
      agrees: null,
      reason,
      explained: null,
      interpretations: {},
    });
    if (ev.kind === 'other') {
      entries.push(none(`context event (${ev.type ?? 'other'}): not an action the rules govern`));
      continue;
    }
    if (ev.date < EARLIEST_DATE) {
      entries.push(none(`before ${EARLIEST_DATE}: the 1993 Constitution was not in force`));
      continue;
    }
    const kind = ev.kind as ActionKind;
    const version = isActionKind(kind) ? rulebook.versionAt(kind, ev.date) : undefined;
    if (!version) {
      entries.push(none('no rule'));
      continue;
    }
    const state: State = walker.before(i);
    const { action, unknownTally } = actionOf(ev);
    let v: Verdict;
    try {
      v = evaluate(
        { date: ev.date, action, state, interpretations: chosen },
        { rulebook, lang: opts.lang ?? 'en' },
      );
    } catch (e) {
      const msg = e instanceof InputError ? e.format(opts.lang ?? 'en') : (e as Error).message;
      entries.push(none(`not evaluated: ${msg}`));
      continue;
    }
    // Unknown figures on a present/cast base: the verdict stands if it is the same at both extremes
    // (the unknown members all absent, or all present and voting against).
    let bounded = unknownTally;
    if (unknownTally && ev.tally && ev.tally.for !== null && v.base !== 'legal' && v.base !== 'habiles') {
      const high = fillUnknown(ev, action, rulebook, ev.date);
      if (high) {
        try {
          const w = evaluate(
            { date: ev.date, action: high, state, interpretations: chosen },
            { rulebook, lang: opts.lang ?? 'en' },
          );
          if (w.passed === v.passed && w.permitted === v.permitted) bounded = false;
        } catch {
          // leave it unknown
        }
      }
    }
    const { agrees, reason } = compare(ev, isVote(version, action), v, bounded);
    entries.push({
      ...base,
      rule: v.rule,
      permitted: v.permitted,
      passed: v.passed,
      required: v.required,
      margin: v.margin,
      agrees,
      reason,
      explained: agrees === false ? !!ev.disagreement : null,
      interpretations: Object.fromEntries(v.interpretations.map((u) => [u.key, u.option])),
      ...(opts.verdicts ? { verdict: v } : {}),
    });
  }
  const summary: ReplaySummary = {
    events: entries.length,
    evaluated: entries.filter((e) => e.rule !== null).length,
    agree: entries.filter((e) => e.agrees === true).length,
    disagree: entries.filter((e) => e.agrees === false).length,
    explained: entries.filter((e) => e.agrees === false && e.explained).length,
    unexplained: entries.filter((e) => e.agrees === false && !e.explained).length,
    notCompared: entries.filter((e) => e.agrees === null).length,
  };
  return {
    coverage: record.coverage,
    ...(record.overrides.length ? { overrides: record.overrides } : {}),
    interpretations: chosen,
    ...(opts.from ? { from: opts.from } : {}),
    ...(opts.to ? { to: opts.to } : {}),
    summary,
    entries,
  };
}

export interface DiffEntry {
  id: string;
  date: IsoDate;
  kind: string;
  outcome: EventRecord['outcome'];
  before: {
    permitted: boolean | null;
    passed: boolean | null;
    agrees: boolean | null;
    interpretations: Record<string, string>;
  };
  after: {
    permitted: boolean | null;
    passed: boolean | null;
    agrees: boolean | null;
    interpretations: Record<string, string>;
  };
  reason: string;
}

/** The past verdicts that change when `alternative` interpretations replace `base` ones. */
export function diffReplays(
  record: PeruRecord,
  base: ReplayOptions,
  alternative: Record<string, string>,
): DiffEntry[] {
  const index = base.index ?? new RecordIndex(record);
  const a = replay(record, { ...base, index });
  const b = replay(record, {
    ...base,
    index,
    interpretations: { ...(base.interpretations ?? {}), ...alternative },
  });
  const byId = new Map(b.entries.map((e) => [e.id, e]));
  const out: DiffEntry[] = [];
  for (const x of a.entries) {
    const y = byId.get(x.id);
    if (!y || (x.permitted === y.permitted && x.passed === y.passed)) continue;
    const pick = (e: ReplayEntry) => ({
      permitted: e.permitted,
      passed: e.passed,
      agrees: e.agrees,
      interpretations: e.interpretations,
    });
    out.push({
      id: x.id,
      date: x.date,
      kind: x.kind,
      outcome: x.outcome,
      before: pick(x),
      after: pick(y),
      reason: y.reason,
    });
  }
  return out;
}

/** The action with the tally's unknown figures set so that every seat is present and the rest vote against. */
function fillUnknown(ev: EventRecord, action: Action, rulebook: Rulebook, date: IsoDate): Action | null {
  const t = ev.tally;
  if (!t || t.for === null) return null;
  const chamber = action.chamber ?? (date >= '2026-07-28' ? 'deputies' : 'congress');
  const seats = rulebook.params.lookup(`chamber.${chamber}.seats`, date)?.value;
  if (typeof seats !== 'number') return null;
  const known = t.for + (t.against ?? 0) + (t.abstain ?? 0) + (t.absent ?? 0);
  const rest = Math.max(0, seats - known);
  const tally = {
    for: t.for,
    against: t.against ?? rest,
    abstain: t.abstain ?? (t.against === null ? 0 : rest),
  };
  return { ...action, tally };
}
