/**
 * The public vocabulary of contrapeso (DESIGN §2–3): chambers, tallies, citations, actions.
 * Field names here are a public contract: the CLI, the HTTP API and the JSON outputs use them as they are.
 */
import type { IsoDate } from '../lib/dates.js';
import type { ActionKind } from './kinds.js';

export type Chamber = 'congress' | 'deputies' | 'senate';
export const CHAMBERS: readonly Chamber[] = ['congress', 'deputies', 'senate'];

export type Lang = 'en' | 'es';
export type Localized = { en: string; es: string };

export interface Citation {
  kind: 'constitution' | 'reglamento' | 'law' | 'ruling' | 'press' | 'official' | 'practice';
  /** Short human reference, like `Const. art. 113(2)` or `Ley 31355 art. 1`. */
  cite: string;
  url?: string;
  /** Publication date where it differs from the date the text took effect. */
  published?: IsoDate;
}

export interface Tally {
  for: number;
  against: number;
  abstain: number;
  absent?: number;
}

export type Matter =
  | 'government-policy'
  | 'bill'
  | 'constitutional-reform'
  | 'congress-exclusive-power'
  | 'autonomous-body'
  | 'other';

/**
 * The closed vocabularies of action fields (DESIGN §3), defined once: the engine's input schema and the
 * record's event schema both validate against these lists.
 */
export const MATTERS = [
  'government-policy',
  'bill',
  'constitutional-reform',
  'congress-exclusive-power',
  'autonomous-body',
  'other',
] as const satisfies readonly Matter[];
export const ROUTES = ['referendum', 'two-legislatures'] as const;
export const STAGES = ['accusation', 'sanction'] as const;
export const SUCCESSION_ROLES = [
  'first-vice-president',
  'second-vice-president',
  'president-of-congress',
] as const;
export const SCOPES = ['minister', 'council'] as const;
export const IMPEDIMENTS = ['permanent', 'temporary'] as const;
export const ORIGINS = ['congress-approved', 'citizen-initiative', 'executive'] as const;
export const EXCEPTIONS = ['emergency', 'siege'] as const;
export const GROUNDS = ['temporary-incapacity', 'judicial-process'] as const;

export interface ElectionResults {
  /** `incumbent`: the sitting President seeking immediate re-election (Const. art. 112). */
  candidates: { name: string; votes: number; incumbent?: boolean }[];
  blank: number;
  null: number;
}

/** One procedural step (DESIGN §3). Fields not used by a kind are ignored by its rule. */
export interface Action {
  kind: ActionKind;
  chamber?: Chamber;
  tally?: Tally;
  signatures?: number;
  habiles?: number;
  target?: string;
  matter?: Matter;
  days?: number;
  route?: 'referendum' | 'two-legislatures';
  stage?: 'accusation' | 'sanction';
  results?: ElectionResults;
  /** For votes held in a window after an earlier step (vacancy 3rd–10th day): the day of that step. */
  admittedOn?: IsoDate;
  /** For `vacancy.file`, `censure.file`, …: the day the motion was filed (default: the action's date). */
  filedOn?: IsoDate;
  /** The vote that shortened a waiting period (Reglamento art. 89-A c: 4/5 of the legal number). */
  expedite?: Tally;
  /** For `succession`: the office through which the successor assumes. */
  role?: SuccessionRole;
  /** For censure and confidence: a single minister or the whole council. */
  scope?: 'minister' | 'council';
  /** For `mesa.elect`: the round of voting (Reglamento art. 12). */
  round?: 1 | 2;
  /** For `succession`: whether the President's impediment is permanent (vacancy) or temporary (Const. art. 115). */
  impediment?: 'permanent' | 'temporary';
  /**
   * For `reform.vote` and `referendum.hold`: what is proposed. `constituent-assembly` (or a new
   * constitution) has no procedure in the 1993 Constitution: the rules say so and name the route needed.
   */
  proposal?: Proposal;
  /** For `referendum.hold`: who put the reform to referendum (Ley 26300; Ley 31399 from 2022-01-31). */
  origin?: 'congress-approved' | 'citizen-initiative' | 'executive';
  /** For `emergency.*` and `siege.declare`: the rights restricted, as Const. art. 2 incisos (`9`, `11`, `12`, `24-f`). */
  rights?: string[];
  /** For `emergency.extend`: which state of exception is extended (default `emergency`). */
  exception?: 'emergency' | 'siege';
  /** For `accusation.vote` and `president.suspend`: the charge (Const. art. 117 lists what a sitting President may be accused of). */
  charge?: Charge;
  /** For `president.suspend`: the ground of Const. art. 114. */
  ground?: 'temporary-incapacity' | 'judicial-process';
  /** Free text recorded with the action (not used by the rules). */
  description?: string;
}

export type Proposal = 'amendment' | 'total-reform' | 'constituent-assembly' | 'new-constitution';
export const PROPOSALS: readonly Proposal[] = [
  'amendment',
  'total-reform',
  'constituent-assembly',
  'new-constitution',
];

export type Charge =
  | 'treason'
  | 'preventing-elections'
  | 'dissolving-congress'
  | 'preventing-congress'
  | 'constitutional-infraction'
  | 'other-crime';
export const CHARGES: readonly Charge[] = [
  'treason',
  'preventing-elections',
  'dissolving-congress',
  'preventing-congress',
  'constitutional-infraction',
  'other-crime',
];

export type SuccessionRole = 'first-vice-president' | 'second-vice-president' | 'president-of-congress';
