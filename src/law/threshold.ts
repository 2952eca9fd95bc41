/**
 * Threshold arithmetic: how many votes a decision needs, with the rounding shown.
 *
 * Rounding follows the wording of the texts (see rules.md §0.2): "no menos de X" / "por lo menos X" /
 * "los dos tercios" are at-least readings (⌈X × N⌉); "más de la mitad" / "superior a" are more-than
 * readings (⌊X × N⌋ + 1). All arithmetic is on exact fractions.
 */
import { ceilTimes, floorTimes, type Rational } from '../lib/rational.js';
import type { Tally } from './types.js';
import type { Base, ThresholdSpec } from './parameters/threshold-spec.js';

export type { Base, ThresholdSpec } from './parameters/threshold-spec.js';

export interface Threshold {
  spec: ThresholdSpec;
  base: Base;
  /** The size of the base: the legal number, the members hábiles, those present, or the votes cast. */
  baseCount: number;
  /** Votes in favour needed. */
  required: number;
  /** The arithmetic, e.g. `2/3 × 130 = 86.67 → 87`. */
  arithmetic: string;
}

/** Members present in the vote: those who voted for, against or abstained (the default reading). */
export function presentCount(t: Tally): number {
  return t.for + t.against + t.abstain;
}

/** Votes cast: for and against (abstentions excluded). */
export function castCount(t: Tally): number {
  return t.for + t.against;
}

function round2(x: number): string {
  const s = (Math.round(x * 100) / 100).toFixed(2);
  return s.replace(/\.?0+$/, '');
}

/** The number of votes needed for `spec` on a base of `baseCount` members or votes. */
export function requiredVotes(spec: ThresholdSpec, baseCount: number): number {
  if (!Number.isInteger(baseCount) || baseCount < 0)
    throw new RangeError(`base must be a whole number ≥ 0: ${baseCount}`);
  if (spec.absolute !== undefined) return spec.comparison === 'at-least' ? spec.absolute : spec.absolute + 1;
  return spec.comparison === 'at-least'
    ? ceilTimes(spec.fraction, baseCount)
    : floorTimes(spec.fraction, baseCount) + 1;
}

export function computeThreshold(spec: ThresholdSpec, baseCount: number): Threshold {
  const required = requiredVotes(spec, baseCount);
  return {
    spec,
    base: spec.base,
    baseCount,
    required,
    arithmetic: describeArithmetic(spec, baseCount, required),
  };
}

/**
 * The arithmetic in symbols only, so one string serves every language: `2/3 × 130 = 86.67 → 87`,
 * `> 1/2 × 80 = 40 → 41` (strictly more than), `39` (a fixed count), `> 39 → 40`.
 */
function describeArithmetic(spec: ThresholdSpec, n: number, required: number): string {
  if (spec.absolute !== undefined) {
    return spec.comparison === 'at-least' ? `${spec.absolute}` : `> ${spec.absolute} → ${required}`;
  }
  const exact = (spec.fraction.num * n) / spec.fraction.den;
  const product = `${spec.label} × ${n} = ${round2(exact)}`;
  return spec.comparison === 'at-least' ? `${product} → ${required}` : `> ${product} → ${required}`;
}

/** Whether `votesFor` meets the threshold. */
export function meets(votesFor: number, threshold: Pick<Threshold, 'required'>): boolean {
  return votesFor >= threshold.required;
}

/** The fraction as a decimal (for display only; never for counting). */
export function fractionValue(r: Rational): number {
  return r.num / r.den;
}
