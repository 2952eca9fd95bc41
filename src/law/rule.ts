/**
 * A rule version: one legal provision as code, valid over a date interval, citing its authority
 * (Catala keeps the citation next to the code; so do we). The engine picks the one version in force for an
 * action's kind on its date, runs its guard, computes its threshold from dated parameters and its effects.
 */
import type { IsoDate } from '../lib/dates.js';
import type { ActionKind } from './kinds.js';
import type { ParameterScalar, ParameterValue } from './parameters/parameters.js';
import type { ThresholdSpec } from './parameters/threshold-spec.js';
import type { State } from './state.js';
import type { Action, Chamber, Citation, Localized } from './types.js';

export type Params = Record<string, string | number | boolean | null | undefined>;

/** One reason in a verdict: a condition checked (ok or not) or a fact noted. */
export interface Finding {
  /** Message code, rendered through the locale files (src/law/i18n). */
  code: string;
  params?: Params;
  /** Whether the condition holds. A finding with `ok: false` blocks the action unless `blocking: false`. */
  ok: boolean;
  blocking?: boolean;
  cites?: Citation[];
}

/** A consequence of the action on the constitutional state. */
export interface Effect {
  code: string;
  params?: Params;
  cites?: Citation[];
}

export interface Context {
  date: IsoDate;
  action: Action;
  /** The chamber the action takes place in (resolved from the action or the default for the date). */
  chamber: Chamber;
  state: State;
  /** The value of a dated parameter on this date; its citation is added to the verdict. */
  param<T extends ParameterScalar>(key: string): T;
  paramValue<T extends ParameterScalar>(key: string): ParameterValue<T>;
  /** The option chosen for a disputed point; recorded in the verdict's `interpretations`. */
  interpretation(key: string): string;
  /** The legal number of members of a chamber on this date. */
  legalNumber(chamber?: Chamber): number;
  /** Members hábiles of a chamber: from the action, else the state, else the legal number. */
  habiles(chamber?: Chamber): number;
}

export interface ThresholdRef {
  /** Key of a `threshold` parameter. */
  param: string;
  /** Optional override of the parameter's spec (for interpretations that change the base). */
  spec?: ThresholdSpec;
  /** Base count for `permanent-commission-excluded` and other bases the engine cannot derive. */
  baseCount?: number;
}

export interface RuleVersion {
  /** `kind@validFrom`, e.g. `vacancy.vote@2004-06-04`; unique. */
  id: string;
  kinds: readonly ActionKind[];
  validFrom: IsoDate;
  /** Exclusive: the version no longer applies on this day. */
  validTo?: IsoDate;
  title: Localized;
  /** Never empty. */
  cites: Citation[];
  /** Where the sources are thin or contested, say so here. */
  notes?: string;
  confidence?: 'high' | 'medium' | 'low';
  /** Whether the action is a vote that needs a tally. */
  vote: boolean | ((action: Action) => boolean);
  /** Chambers in which the action may take place on these dates; the first is the default. */
  chambers: readonly Chamber[];
  guard?(ctx: Context): Finding[];
  threshold?(ctx: Context): ThresholdRef | null;
  effects?(ctx: Context, passed: boolean | null): Effect[];
}

export function isVote(rule: RuleVersion, action: Action): boolean {
  return typeof rule.vote === 'function' ? rule.vote(action) : rule.vote;
}
