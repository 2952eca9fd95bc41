/**
 * Legal paths (issue 5 §3): from the state on a date, every sequence of procedural steps the rules allow
 * that reaches a goal (president removed, Congress dissolved, a Council fallen, the Constitution amended,
 * early elections), up to a depth. Each step is evaluated by the engine against the evolving state, on the
 * earliest day its windows allow; the search branches on the outcome of each vote (the branch a path
 * needs), applies the step's consequence to the state, and memoises states so no state is expanded twice.
 * Routes that the default readings forbid but a named alternative interpretation allows are searched too
 * and marked `contested`, with the interpretation they depend on.
 */
import { evaluate } from '../engine/evaluate.js';
import type { ExplanationNode, Verdict } from '../engine/verdict.js';
import { addDays, type IsoDate } from '../lib/dates.js';
import { InputError, issue } from '../lib/issues.js';
import { getInterpretation, defaultOption } from '../law/interpretations.js';
import { ACTION_KINDS, type ActionKind } from '../law/kinds.js';
import { peruRulebook } from '../law/peru/index.js';
import type { Rulebook } from '../law/rulebook.js';
import type { FallenCouncil, State } from '../law/state.js';
import type { Action, Chamber, Citation, Lang } from '../law/types.js';
import { passProbability } from './exact.js';
import type { Group } from './model.js';
import { ruleThreshold } from './rule-threshold.js';
import type { RecordModelProvider } from './simulate.js';

export const GOALS = [
  'president-removed',
  'congress-dissolved',
  'cabinet-fallen',
  'constitution-amended',
  'early-elections',
] as const;
export type Goal = (typeof GOALS)[number];

/** The abstract progress the search tracks next to the engine's State. */
interface Progress {
  date: IsoDate;
  state: State;
  presidentRemoved: boolean;
  congressDissolved: boolean;
  councilFell: boolean;
  /** A Council is in office that can be censured or asked for confidence. */
  councilInOffice: boolean;
  amended: boolean;
  earlyElections: boolean;
  vacancy?: { filedOn: IsoDate; admittedOn?: IsoDate; approvedBy: Chamber[] };
  /** The President accused (Const. arts. 99, 117): the sanction vote may follow. */
  accusedOn?: IsoDate;
  censure?: { filedOn: IsoDate };
  confidence?: { raisedOn: IsoDate };
  reform?: {
    votes: { chamber: Chamber; on: IsoDate }[];
    route: 'referendum' | 'two-legislatures';
    chambers: number;
  };
}

export interface PathStep {
  kind: ActionKind;
  chamber?: Chamber;
  /** The outcome the path needs: a vote that passes, fails, or a refusal the Executive deems factual. */
  outcome: 'done' | 'passes' | 'fails' | 'factual-denial';
  rule: string;
  /** Votes (or signatures, for a filing) needed; `null` where it depends on attendance (see `threshold`). */
  required: number | null;
  threshold: string | null;
  earliestDate: IsoDate;
  /** P(this outcome) under the vote model; `null` without a model for that chamber. */
  probability: number | null;
  citations: Citation[];
  interpretations: { key: string; option: string }[];
  /** What else the step presupposes (e.g. an art. 117 charge). */
  note?: string;
}

export interface LegalPath {
  steps: PathStep[];
  /** Product of the steps' probabilities (votes taken as independent); `null` if any is unknown. */
  probability: number | null;
  reachedOn: IsoDate;
  contested: boolean;
  /** Alternative readings this path needs (key = option); empty for paths open under the default readings. */
  dependsOn: { key: string; option: string }[];
  interpretations: { key: string; option: string }[];
}

export interface PathsResult {
  from: IsoDate;
  goal: Goal;
  depth: number;
  paths: LegalPath[];
  truncated: boolean;
  stats: { statesExplored: number; evaluations: number; worlds: number; ms: number };
  initialState: State;
  notes: string[];
}

export interface PathsOptions {
  rulebook?: Rulebook;
  lang?: Lang;
  depth?: number;
  /** The state on the start date (from the record); defaults to an empty state with a Council in office. */
  state?: State;
  /** A model for vote probabilities, by chamber; else the record's, else probabilities are unknown. */
  model?: Partial<Record<Chamber, Group[]>>;
  recordModel?: RecordModelProvider;
  /** Most paths returned. */
  maxPaths?: number;
  /** Most days the search looks ahead for a vote's window to open (3rd–10th day, 4th–10th day). */
  scanDays?: number;
}

/** One kind of move in the catalogue: when it applies, the action, the branches and the consequence. */
interface Move {
  kind: ActionKind;
  goals: readonly Goal[];
  applies(p: Progress): boolean;
  /** One action per chamber the rule allows (votes in several chambers follow their order). */
  actions(p: Progress, chambers: readonly Chamber[]): Action[];
  outcomes: PathStep['outcome'][];
  apply(
    p: Progress,
    date: IsoDate,
    action: Action,
    outcome: PathStep['outcome'],
    chambers: readonly Chamber[],
  ): Progress;
  /** A vote held in a window after an earlier step: the search looks ahead for the window to open. */
  windowed?: boolean;
  note?: string;
  /** The first day the step may happen, where a rule of timing lives outside the engine's guards. */
  notBefore?(p: Progress): IsoDate | undefined;
  /**
   * Whether the step, if it passes, has the consequence the move counts on (effects can hang on an
   * interpretation); `passing` is the verdict on a unanimous tally.
   */
  effective?(passing: Verdict): boolean;
  /** The disputed reading the move rests on, even where it is the default (the path is then `contested`). */
  disputed?: { key: string; option: string };
}

/** Another procedure is under way: the search follows one procedure at a time (interleavings add nothing). */
const busy = (p: Progress) =>
  !!(p.vacancy || p.accusedOn || p.censure || p.confidence || (p.reform && !p.amended));

/**
 * The first day of the next ordinary legislature (Reglamento art. 49: 27 July – 15 December and
 * 1 March – 15 June), where the second vote of an art. 206 reform must take place.
 */
export function nextLegislatureStart(date: IsoDate): IsoDate {
  const y = Number(date.slice(0, 4));
  const md = date.slice(5);
  if (md >= '07-27' && md <= '12-15') return `${y + 1}-03-01`;
  if (md >= '03-01' && md <= '06-15') return `${y}-07-27`;
  // In a recess the first vote was in an extraordinary session: the next legislature after the coming one.
  return md < '03-01' ? `${y}-07-27` : `${y + 1}-03-01`;
}

const REMOVAL: Goal[] = ['president-removed', 'early-elections'];
const DISSOLUTION: Goal[] = ['congress-dissolved', 'early-elections', 'cabinet-fallen'];
const REFORM: Goal[] = ['constitution-amended', 'early-elections'];

function fall(p: Progress, date: IsoDate, how: FallenCouncil['how']): Progress {
  const fallen: FallenCouncil = { date, how };
  const president = p.state.offices?.president;
  if (president) fallen.president = president;
  return {
    ...p,
    councilFell: true,
    councilInOffice: false,
    censure: undefined,
    confidence: undefined,
    state: {
      ...p.state,
      fallenCouncils: [...(p.state.fallenCouncils ?? []), fallen],
      councilHasConfidence: false,
    },
  };
}

function withPending(p: Progress, next: Progress): Progress {
  const motions: NonNullable<State['pendingMotions']> = [];
  const v = next.vacancy;
  if (v)
    motions.push({
      kind: 'vacancy',
      filedOn: v.filedOn,
      ...(v.admittedOn ? { admittedOn: v.admittedOn } : {}),
      ...(v.approvedBy.includes('deputies') ? { approvedByDeputiesOn: v.admittedOn } : {}),
    });
  if (next.censure) motions.push({ kind: 'censure', filedOn: next.censure.filedOn });
  void p;
  return { ...next, state: { ...next.state, pendingMotions: motions } };
}

const MOVES: Move[] = [
  {
    kind: 'vacancy.file',
    goals: REMOVAL,
    applies: (p) => !p.presidentRemoved && !busy(p),
    actions: () => [{ kind: 'vacancy.file' }],
    outcomes: ['done'],
    apply: (p, date) => ({ ...p, vacancy: { filedOn: date, approvedBy: [] } }),
  },
  {
    kind: 'vacancy.admit',
    goals: REMOVAL,
    applies: (p) => !!p.vacancy && !p.vacancy.admittedOn,
    actions: () => [{ kind: 'vacancy.admit' }],
    outcomes: ['passes'],
    apply: (p, date) => ({ ...p, vacancy: { ...p.vacancy!, admittedOn: date } }),
  },
  {
    kind: 'vacancy.vote',
    goals: REMOVAL,
    windowed: true,
    applies: (p) => !!p.vacancy?.admittedOn && !p.presidentRemoved,
    // Chambers vote in the rule's order; the next one only after the previous approved.
    actions: (p, chambers) => {
      const next = chambers.find((c) => !p.vacancy!.approvedBy.includes(c));
      return next ? [{ kind: 'vacancy.vote', chamber: next, admittedOn: p.vacancy!.admittedOn }] : [];
    },
    outcomes: ['passes'],
    apply: (p, _date, action, _o, chambers) => {
      const approvedBy = [...p.vacancy!.approvedBy, action.chamber!];
      if (approvedBy.length < chambers.length) return { ...p, vacancy: { ...p.vacancy!, approvedBy } };
      return removed(p);
    },
  },
  {
    // Censuring a President of Congress who is acting as President of the Republic (2026-02-17, Jerí):
    // it ends the presidency only under succession.acting-president-falls-with-mesa = yes, a disputed reading.
    kind: 'mesa.censure',
    goals: REMOVAL,
    disputed: { key: 'succession.acting-president-falls-with-mesa', option: 'yes' },
    note: 'censure of the acting President as President of Congress (Reglamento art. 68; disputed under Const. art. 113)',
    applies: (p) => !p.presidentRemoved && !busy(p) && p.state.presidentIsPresidentOfCongress === true,
    actions: (p) => [
      { kind: 'mesa.censure', ...(p.state.offices?.president ? { target: p.state.offices.president } : {}) },
    ],
    outcomes: ['passes'],
    effective: (passing) =>
      passing.effects.some((e) => e.code === 'office.vacated' && e.params?.office === 'president'),
    apply: (p) => removed(p),
  },
  {
    kind: 'president.resign',
    goals: REMOVAL,
    applies: (p) => !p.presidentRemoved && !busy(p),
    actions: () => [{ kind: 'president.resign' }],
    outcomes: ['passes'],
    apply: (p) => removed(p),
  },
  {
    // Const. art. 117: a sitting President may be accused only of treason, preventing elections,
    // dissolving Congress outside art. 134, or preventing Congress or the electoral bodies from working.
    kind: 'accusation.vote',
    goals: REMOVAL,
    note: 'presupposes a charge Const. art. 117 allows against a sitting President (here: treason)',
    applies: (p) => !p.presidentRemoved && !busy(p),
    actions: (p, chambers) => [
      {
        kind: 'accusation.vote',
        stage: 'accusation',
        charge: 'treason',
        chamber: chambers[0]!,
        ...(p.state.offices?.president ? { target: p.state.offices.president } : {}),
      },
    ],
    outcomes: ['passes'],
    apply: (p, date) => ({ ...p, accusedOn: date }),
  },
  {
    kind: 'accusation.vote',
    goals: REMOVAL,
    note: 'sanction of removal from office (Const. art. 100) after the accusation',
    applies: (p) => !!p.accusedOn && !p.presidentRemoved,
    actions: (p, chambers) => [
      {
        kind: 'accusation.vote',
        stage: 'sanction',
        charge: 'treason',
        chamber: chambers[chambers.length - 1]!,
        ...(p.state.offices?.president ? { target: p.state.offices.president } : {}),
      },
    ],
    outcomes: ['passes'],
    apply: (p) => ({ ...removed(p), accusedOn: undefined }),
  },
  {
    kind: 'censure.file',
    goals: DISSOLUTION,
    applies: (p) => p.councilInOffice && !busy(p) && !p.congressDissolved,
    actions: () => [{ kind: 'censure.file', scope: 'council' }],
    outcomes: ['done'],
    apply: (p, date) => ({ ...p, censure: { filedOn: date } }),
  },
  {
    kind: 'censure.vote',
    goals: DISSOLUTION,
    windowed: true,
    applies: (p) => !!p.censure && p.councilInOffice,
    actions: (p) => [{ kind: 'censure.vote', scope: 'council', filedOn: p.censure!.filedOn }],
    outcomes: ['passes'],
    apply: (p, date) => fall(p, date, 'censure'),
  },
  {
    kind: 'confidence.raise',
    goals: DISSOLUTION,
    applies: (p) => p.councilInOffice && !busy(p) && !p.congressDissolved,
    actions: () => [{ kind: 'confidence.raise', scope: 'council', matter: 'government-policy' }],
    outcomes: ['done'],
    apply: (p, date) => ({ ...p, confidence: { raisedOn: date } }),
  },
  {
    kind: 'confidence.vote',
    goals: DISSOLUTION,
    windowed: true,
    applies: (p) => !!p.confidence && p.councilInOffice,
    actions: () => [{ kind: 'confidence.vote', scope: 'council', matter: 'government-policy' }],
    // A refusal by vote, or one the Executive deems "factual" (counted only under an alternative reading).
    outcomes: ['fails', 'factual-denial'],
    apply: (p, date, _a, outcome) =>
      fall(p, date, outcome === 'factual-denial' ? 'factual-denial' : 'confidence-denied'),
  },
  {
    kind: 'cabinet.appoint',
    goals: DISSOLUTION,
    applies: (p) => !p.councilInOffice && !busy(p) && !p.congressDissolved,
    actions: () => [{ kind: 'cabinet.appoint' }],
    outcomes: ['done'],
    apply: (p, date) => ({
      ...p,
      councilInOffice: true,
      state: { ...p.state, councilAppointedOn: date, councilHasConfidence: false },
    }),
  },
  {
    kind: 'cabinet.investiture',
    goals: DISSOLUTION,
    applies: (p) =>
      p.councilInOffice && p.state.councilHasConfidence === false && !p.confidence && !p.censure,
    actions: () => [{ kind: 'cabinet.investiture' }],
    outcomes: ['fails'],
    apply: (p, date) => fall(p, date, 'investiture-denied'),
  },
  {
    kind: 'congress.dissolve',
    goals: ['congress-dissolved', 'early-elections'],
    applies: (p) => !p.congressDissolved && !busy(p),
    actions: () => [{ kind: 'congress.dissolve' }],
    outcomes: ['done'],
    // Art. 134: the decree calls elections for a new Congress within four months.
    apply: (p) => ({
      ...p,
      congressDissolved: true,
      earlyElections: true,
      state: { ...p.state, congressDissolved: true },
    }),
  },
  {
    kind: 'reform.vote',
    goals: REFORM,
    applies: (p) => !p.amended && !p.congressDissolved && (!busy(p) || !!p.reform),
    actions: (p, chambers) => {
      const routes: ('referendum' | 'two-legislatures')[] = p.reform
        ? [p.reform.route]
        : ['referendum', 'two-legislatures'];
      const out: Action[] = [];
      for (const route of routes) {
        const done = p.reform?.votes ?? [];
        const rounds = route === 'two-legislatures' ? 2 : 1;
        // Each chamber votes once per legislature, in the rule's order.
        const pending = Array.from({ length: rounds }, () => chambers).flat();
        const next = pending[done.length];
        if (next) out.push({ kind: 'reform.vote', chamber: next, route, proposal: 'amendment' });
      }
      return out;
    },
    outcomes: ['passes'],
    // Const. art. 206: the second approval comes in the next ordinary legislature.
    notBefore: (p) => {
      const votes = p.reform?.votes ?? [];
      if (p.reform?.route !== 'two-legislatures' || votes.length < p.reform.chambers) return undefined;
      return nextLegislatureStart(votes[0]!.on);
    },
    apply: (p, date, action, _o, chambers) => {
      const route = action.route!;
      const votes = [...(p.reform?.votes ?? []), { chamber: action.chamber!, on: date }];
      const needed = (route === 'two-legislatures' ? 2 : 1) * chambers.length;
      const reform = { route, votes, chambers: chambers.length };
      // Two legislatures complete the reform; the referendum route needs the referendum next.
      if (votes.length >= needed && route === 'two-legislatures') return { ...p, reform, amended: true };
      return { ...p, reform };
    },
  },
  {
    kind: 'referendum.hold',
    goals: REFORM,
    applies: (p) => !p.amended && p.reform?.route === 'referendum',
    actions: () => [{ kind: 'referendum.hold', proposal: 'amendment', origin: 'congress-approved' }],
    outcomes: ['done'],
    apply: (p) => ({ ...p, amended: true }),
  },
];

const DISPUTED = new Map(MOVES.filter((m) => m.disputed).map((m) => [m.kind, m.disputed!]));

function removed(p: Progress): Progress {
  const offices = p.state.offices ?? {};
  // Const. art. 115: with no Vice President to assume, the President of Congress calls elections at once.
  const vpLeft = !!offices.firstVicePresident || !!offices.secondVicePresident;
  const vpKnown = offices.firstVicePresident !== undefined || offices.secondVicePresident !== undefined;
  return {
    ...p,
    presidentRemoved: true,
    vacancy: undefined,
    earlyElections: p.earlyElections || (vpKnown && !vpLeft),
    state: { ...p.state, offices: { ...offices, president: null } },
  };
}

function goalReached(p: Progress, goal: Goal): boolean {
  switch (goal) {
    case 'president-removed':
      return p.presidentRemoved;
    case 'congress-dissolved':
      return p.congressDissolved;
    case 'cabinet-fallen':
      return p.councilFell;
    case 'constitution-amended':
      return p.amended;
    case 'early-elections':
      return p.earlyElections || p.amended;
  }
}

const keyCache = new WeakMap<Progress, string>();
function progressKey(p: Progress): string {
  let k = keyCache.get(p);
  if (k === undefined) {
    k = computeKey(p);
    keyCache.set(p, k);
  }
  return k;
}
function computeKey(p: Progress): string {
  return JSON.stringify([
    p.date,
    p.presidentRemoved,
    p.congressDissolved,
    p.councilFell,
    p.councilInOffice,
    p.amended,
    p.earlyElections,
    p.vacancy ?? null,
    p.accusedOn ?? null,
    p.censure ?? null,
    p.confidence ?? null,
    p.reform ?? null,
    p.state.fallenCouncils ?? [],
    p.state.councilHasConfidence ?? null,
  ]);
}

/** A required count for a non-vote step (signatures) from the explanation, where the rule states one. */
function requiredFromExplanation(node: ExplanationNode): number | null {
  const r = node.params?.required;
  if (typeof r === 'number' && node.code.startsWith('signatures.')) return r;
  for (const c of node.children ?? []) {
    const x = requiredFromExplanation(c);
    if (x !== null) return x;
  }
  return null;
}

/** Suffixes share their tails (a linked list), so memoised states are not copied for every caller. */
interface StepList {
  step: PathStep;
  next: StepList | null;
}
interface Suffix {
  head: StepList | null;
  length: number;
  reachedOn: IsoDate;
}
function stepsOf(s: Suffix): PathStep[] {
  const out: PathStep[] = [];
  for (let c = s.head; c; c = c.next) out.push(c.step);
  return out;
}

interface World {
  overrides: Record<string, string>;
}

export function findPaths(from: IsoDate, goal: Goal, opts: PathsOptions = {}): PathsResult {
  const t0 = performance.now();
  if (!(GOALS as readonly string[]).includes(goal)) {
    throw new InputError([
      issue(
        'invalid_value',
        `unknown goal ${JSON.stringify(goal)}; goals: ${GOALS.join(', ')}`,
        `objetivo desconocido ${JSON.stringify(goal)}; objetivos: ${GOALS.join(', ')}`,
        { field: 'goal' },
      ),
    ]);
  }
  const depth = opts.depth ?? 6;
  if (!Number.isInteger(depth) || depth < 1 || depth > 12) {
    throw new InputError([
      issue(
        'invalid_value',
        `--depth must be a whole number from 1 to 12, got ${depth}`,
        `--depth debe ser un entero de 1 a 12, se recibió ${depth}`,
        {
          field: 'depth',
        },
      ),
    ]);
  }
  const rulebook = opts.rulebook ?? peruRulebook();
  const maxPaths = opts.maxPaths ?? 50;
  const scanDays = opts.scanDays ?? 12;
  const initialState: State = {
    fallenCouncils: [],
    pendingMotions: [],
    statesOfException: [],
    councilHasConfidence: true,
    ...opts.state,
  };
  const start: Progress = {
    date: from,
    state: initialState,
    // Goals are events: a vacant or unknown office at the start does not count as reached.
    presidentRemoved: false,
    congressDissolved: !!initialState.congressDissolved,
    councilFell: false,
    councilInOffice: true,
    amended: false,
    earlyElections: false,
  };
  const moves = MOVES.filter((m) => m.goals.includes(goal) && rulebook.kinds().includes(m.kind));
  const notes: string[] = [];
  const missing = MOVES.filter((m) => m.goals.includes(goal) && !rulebook.kinds().includes(m.kind)).map(
    (m) => m.kind,
  );
  if (missing.length)
    notes.push(
      `the rulebook has no rules yet for: ${[...new Set(missing)].join(', ')}; routes through them are not searched`,
    );
  let evaluations = 0;
  let statesExplored = 0;
  const probCache = new Map<string, number | null>();

  const probabilityOf = (date: IsoDate, action: Action, chamber: Chamber, world: World): number | null => {
    const key = `${date}|${action.kind}|${chamber}|${JSON.stringify(world.overrides)}`;
    if (probCache.has(key)) return probCache.get(key)!;
    let groups = opts.model?.[chamber];
    if (!groups) groups = opts.recordModel?.(date, action.kind, chamber)?.groups;
    let p: number | null = null;
    if (groups) {
      try {
        const rt = ruleThreshold({ date, action, interpretations: world.overrides, state: {} }, { rulebook });
        p = passProbability(groups, rt.counting);
      } catch {
        p = null;
      }
    }
    probCache.set(key, p);
    return p;
  };

  /** The first day from `p.date` on which the engine permits `action`, with its verdict. */
  // Scans are shared between interpretation worlds: a result is reused in another world when none of the
  // interpretations the scan consulted (on any day it tried) is set differently there.
  const permittedCache = new Map<
    string,
    { overrides: Record<string, string>; keys: string[]; verdict: Verdict | null }[]
  >();
  const firstPermitted = (
    p: Progress,
    action: Action,
    world: World,
    scan: number,
    notBefore?: IsoDate,
  ): Verdict | null => {
    const key = `${progressKey(p)}|${JSON.stringify(action)}|${scan}|${notBefore ?? ''}`;
    const entries = permittedCache.get(key) ?? [];
    const hit = entries.find((e) => e.keys.every((k) => e.overrides[k] === world.overrides[k]));
    if (hit) return hit.verdict;
    const { verdict, keys } = scanPermitted(p, action, world, scan, notBefore);
    entries.push({ overrides: world.overrides, keys, verdict });
    permittedCache.set(key, entries);
    return verdict;
  };
  const scanPermitted = (
    p: Progress,
    action: Action,
    world: World,
    scan: number,
    notBefore?: IsoDate,
  ): { verdict: Verdict | null; keys: string[] } => {
    const from = notBefore && notBefore > p.date ? notBefore : p.date;
    const keys = new Set<string>();
    for (let d = 0; d <= scan; d++) {
      const date = addDays(from, d);
      try {
        evaluations++;
        const v = evaluate(
          { date, action, state: p.state, interpretations: world.overrides },
          { rulebook, lang: opts.lang },
        );
        for (const u of v.interpretations) keys.add(u.key);
        if (v.permitted) return { verdict: v, keys: [...keys] };
      } catch {
        // No rule in force that day (e.g. before an era) or input the rule rejects: not a route.
      }
    }
    return { verdict: null, keys: [...keys] };
  };

  // The threshold's wording depends on the rule, chamber, day and readings, not on the path.
  const labelCache = new Map<string, string | null>();
  const thresholdLabel = (verdict: Verdict, action: Action, state: State, world: World): string | null => {
    const key = `${verdict.rule}|${verdict.chamber}|${verdict.date}|${JSON.stringify(action)}|${JSON.stringify(world.overrides)}`;
    if (labelCache.has(key)) return labelCache.get(key)!;
    let label: string | null;
    try {
      label = ruleThreshold(
        { date: verdict.date, action, state, interpretations: world.overrides },
        { rulebook },
      ).label;
    } catch {
      label = null;
    }
    labelCache.set(key, label);
    return label;
  };

  const search = (world: World): LegalPath[] => {
    const memo = new Map<string, Suffix[]>();
    const expand = (p: Progress, left: number): Suffix[] => {
      if (goalReached(p, goal)) return [{ head: null, length: 0, reachedOn: p.date }];
      if (left === 0) return [];
      const key = `${left}|${progressKey(p)}`;
      const hit = memo.get(key);
      if (hit) return hit;
      statesExplored++;
      const out: Suffix[] = [];
      for (const move of moves) {
        if (!move.applies(p)) continue;
        const version = rulebook.versionAt(move.kind, p.date);
        const chambers = version?.chambers ?? ['congress'];
        for (const action of move.actions(p, chambers)) {
          const verdict = firstPermitted(p, action, world, move.windowed ? scanDays : 0, move.notBefore?.(p));
          if (!verdict) continue;
          if (move.effective) {
            const seats = rulebook.params.lookup(`chamber.${verdict.chamber}.seats`, verdict.date)?.value;
            const tally = { for: typeof seats === 'number' ? seats : 1, against: 0, abstain: 0 };
            const passing = evaluate(
              {
                date: verdict.date,
                action: { ...action, tally },
                state: p.state,
                interpretations: world.overrides,
              },
              { rulebook },
            );
            if (!move.effective(passing)) continue;
          }
          const vchambers = rulebook.versionAt(move.kind, verdict.date)?.chambers ?? chambers;
          for (const outcome of move.outcomes) {
            if (outcome === 'factual-denial' && !getInterpretation('confidence.factual-denial')) continue;
            const isVote =
              verdict.required !== null ||
              verdict.base !== null ||
              verdict.explanation.children?.some((c) => c.code === 'tally.missing');
            if (!isVote && outcome !== 'done' && outcome !== 'factual-denial') continue;
            const pPass = isVote ? probabilityOf(verdict.date, action, verdict.chamber, world) : null;
            const probability =
              outcome === 'done'
                ? 1
                : outcome === 'factual-denial'
                  ? null
                  : pPass === null
                    ? null
                    : outcome === 'passes'
                      ? pPass
                      : 1 - pPass;
            const threshold = isVote ? thresholdLabel(verdict, action, p.state, world) : null;
            const step: PathStep = {
              kind: move.kind,
              ...(verdict.chamber ? { chamber: verdict.chamber } : {}),
              outcome,
              rule: verdict.rule,
              required: verdict.required ?? (isVote ? null : requiredFromExplanation(verdict.explanation)),
              threshold,
              earliestDate: verdict.date,
              probability,
              citations: verdict.citations,
              interpretations: verdict.interpretations.map((u) => ({ key: u.key, option: u.option })),
              ...(move.note ? { note: move.note } : {}),
            };
            // The next step can happen the day after (same-day sequences are not assumed).
            const next = withPending(p, {
              ...move.apply({ ...p, date: verdict.date }, verdict.date, action, outcome, vchambers),
              date: addDays(verdict.date, 1),
            });
            for (const s of expand(next, left - 1))
              out.push({ head: { step, next: s.head }, length: s.length + 1, reachedOn: s.reachedOn });
          }
        }
      }
      // Keep the shortest suffixes; the count is capped so that wide searches stay bounded.
      out.sort(
        (a, b) => a.length - b.length || (a.reachedOn < b.reachedOn ? -1 : a.reachedOn > b.reachedOn ? 1 : 0),
      );
      const kept = out.length > maxPaths * 4 ? out.slice(0, maxPaths * 4) : out;
      memo.set(key, kept);
      return kept;
    };
    return expand(start, depth).map((suffix) => {
      const s = { steps: stepsOf(suffix), reachedOn: suffix.reachedOn };
      const probs = s.steps.map((x) => x.probability);
      const interps = new Map<string, string>();
      for (const st of s.steps) for (const u of st.interpretations) interps.set(u.key, u.option);
      const dependsOn = Object.entries(world.overrides).map(([key, option]) => ({ key, option }));
      for (const st of s.steps) {
        const reading = DISPUTED.get(st.kind);
        if (reading && !dependsOn.some((d) => d.key === reading.key)) dependsOn.push(reading);
      }
      const factual = s.steps.some((x) => x.outcome === 'factual-denial');
      return {
        steps: s.steps,
        probability: probs.some((x) => x === null) ? null : probs.reduce((a, b) => a! * b!, 1),
        reachedOn: s.reachedOn,
        contested: dependsOn.length > 0 || factual,
        dependsOn,
        interpretations: [...interps.entries()].map(([key, option]) => ({ key, option })),
      };
    });
  };

  // The default world, then one world per alternative option of each interpretation the steps used.
  const worlds: World[] = [{ overrides: {} }];
  const all = search(worlds[0]!);
  const signature = (x: LegalPath) => x.steps.map((s) => `${s.kind}/${s.chamber}/${s.outcome}`).join('>');
  const seen = new Set(all.map(signature));
  const usedKeys = new Set<string>(['confidence.factual-denial', 'dissolution.count-scope']);
  for (const path of all) for (const u of path.interpretations) usedKeys.add(u.key);
  for (const key of usedKeys) {
    const interp = getInterpretation(key);
    if (!interp) continue;
    const def = defaultOption(key, from).option;
    for (const o of interp.options) {
      if (o.id === def) continue;
      const world: World = { overrides: { [key]: o.id } };
      worlds.push(world);
      for (const path of search(world)) {
        const sig = signature(path);
        if (seen.has(sig)) continue;
        seen.add(sig);
        all.push(path);
      }
    }
  }
  // A factual denial is itself a contested reading (TC Exp. 00004-2022-CC/TC left it to Congress).
  for (const x of all) {
    if (!x.steps.some((s) => s.outcome === 'factual-denial')) continue;
    x.contested = true;
    if (!x.dependsOn.some((d) => d.key === 'confidence.factual-denial'))
      x.dependsOn.push({ key: 'confidence.factual-denial', option: 'accepted' });
  }
  // A path that contains another found path as a subsequence only adds steps that change nothing.
  const sigs = all.map((x) => x.steps.map((s) => `${s.kind}/${s.chamber}/${s.outcome}`));
  const isSubsequence = (small: string[], big: string[]) => {
    let i = 0;
    for (const b of big) if (i < small.length && small[i] === b) i++;
    return i === small.length;
  };
  const paths = all.filter(
    (x, i) =>
      !sigs.some(
        (other, j) =>
          j !== i &&
          other.length < sigs[i]!.length &&
          isSubsequence(other, sigs[i]!) &&
          (!all[j]!.contested || x.contested),
      ),
  );
  paths.sort(
    (a, b) =>
      Number(a.contested) - Number(b.contested) ||
      a.steps.length - b.steps.length ||
      a.reachedOn.localeCompare(b.reachedOn) ||
      (b.probability ?? -1) - (a.probability ?? -1),
  );
  if (goal === 'early-elections')
    notes.push(
      'early elections: a dissolution calls legislative elections (Const. art. 134); a removal with no Vice President left makes the President of Congress call general elections (art. 115); a reform counts only if it advances the elections (art. 206)',
    );
  if (initialState.congressDissolved)
    notes.push(
      `Congress is dissolved on ${from}: the dissolution decree already called elections (Const. art. 134)`,
    );
  if (!paths.length)
    notes.push(`no route reaches ${goal} within ${depth} steps from ${from} under the rules in force`);
  return {
    from,
    goal,
    depth,
    paths: paths.slice(0, maxPaths),
    truncated: paths.length > maxPaths,
    stats: { statesExplored, evaluations, worlds: worlds.length, ms: performance.now() - t0 },
    initialState,
    notes,
  };
}

export const KNOWN_KINDS = ACTION_KINDS;
