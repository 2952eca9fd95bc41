/**
 * How a threshold is written in the parameter files: `">= 2/3 of legal"`, `"> 1/2 of present"`,
 * `">= 40% of habiles"`, `">= 39 of legal"` (an absolute count). One line, readable by a lawyer.
 */
import { parseRational, type Rational } from '../../lib/rational.js';

/** What a fraction is taken of (DESIGN §2 `Threshold`). */
export type Base = 'legal' | 'habiles' | 'present' | 'cast' | 'permanent-commission-excluded';
export const BASES: readonly Base[] = [
  'legal',
  'habiles',
  'present',
  'cast',
  'permanent-commission-excluded',
];

export interface ThresholdSpec {
  /** `at-least`: ≥ fraction × base, rounded up; `more-than`: strictly more, ⌊fraction × base⌋ + 1. */
  comparison: 'at-least' | 'more-than';
  /** A fraction of the base, or, with `absolute`, a fixed number of votes. */
  fraction: Rational;
  absolute?: number;
  base: Base;
  /** The fraction as written in the source (`2/3`, `40%`), for explanations. */
  label: string;
}

const SPEC =
  /^\s*(>=|>)\s*([0-9./%\s]+?)\s+of\s+(legal|habiles|present|cast|permanent-commission-excluded)\s*$/;

export function parseThresholdSpec(s: string): ThresholdSpec {
  const m = SPEC.exec(s);
  if (!m) {
    throw new RangeError(
      `threshold must read like ">= 2/3 of legal" or "> 1/2 of present" (bases: ${BASES.join(', ')}); got ${JSON.stringify(s)}`,
    );
  }
  const label = m[2]!.trim();
  const comparison = m[1] === '>=' ? 'at-least' : 'more-than';
  const base = m[3] as Base;
  if (/^\d+$/.test(label)) {
    // A whole number is a count of members (">= 39 of legal"); a fraction is written 2/3, 0.4 or 40%.
    return { comparison, fraction: parseRational(1), absolute: Number(label), base, label };
  }
  return { comparison, fraction: parseRational(label), base, label };
}
