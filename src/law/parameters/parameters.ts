/**
 * Dated parameters, OpenFisca style: every number the rules use (seats, fractions, day limits) is a
 * history of values keyed by the date each took effect, each value with the citation that sets it.
 * The formulas live in the rule modules; the numbers live in `data/peru/parameters/*.yaml`.
 */
import type { IsoDate } from '../../lib/dates.js';
import type { Citation } from '../types.js';
import type { ThresholdSpec } from './threshold-spec.js';

export type ParameterType = 'integer' | 'fraction' | 'days' | 'boolean' | 'threshold';

export type ParameterScalar = number | boolean | ThresholdSpec | null;

export interface ParameterValue<T extends ParameterScalar = ParameterScalar> {
  from: IsoDate;
  value: T;
  citation: Citation;
  note?: string;
  confidence?: 'high' | 'medium' | 'low';
}

export interface Parameter {
  key: string;
  description: string;
  type: ParameterType;
  file: string;
  /** Sorted by `from`, strictly increasing. */
  values: ParameterValue[];
}

export class ParameterSet {
  readonly byKey: ReadonlyMap<string, Parameter>;
  constructor(params: Iterable<Parameter>) {
    this.byKey = new Map([...params].map((p) => [p.key, p]));
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  /** The value in force on `date` (the last one whose `from` is on or before it), or undefined. */
  lookup(key: string, date: IsoDate): ParameterValue | undefined {
    const p = this.byKey.get(key);
    if (!p) return undefined;
    let found: ParameterValue | undefined;
    for (const v of p.values) {
      if (v.from <= date) found = v;
      else break;
    }
    return found;
  }

  /** Like `lookup`, but a missing key or date is a programming error in a rule, not bad user input. */
  at<T extends ParameterScalar>(key: string, date: IsoDate): ParameterValue<T> {
    const v = this.lookup(key, date);
    if (!v) throw new Error(`parameter ${key} has no value on ${date}`);
    return v as ParameterValue<T>;
  }

  /** Every date on which some parameter changes. */
  changeDates(): IsoDate[] {
    const s = new Set<IsoDate>();
    for (const p of this.byKey.values()) for (const v of p.values) s.add(v.from);
    return [...s].sort();
  }

  toJSON(): Parameter[] {
    return [...this.byKey.values()];
  }
}
