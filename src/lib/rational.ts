/**
 * Exact fractions for thresholds. Floating point turns 40 % of 130 into 52.00000000000001 and its ceiling
 * into 53; a rule that needs 52 votes must never say 53, so fractions are kept as integer ratios.
 */
export interface Rational {
  readonly num: number;
  readonly den: number;
}

function gcd(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b) [a, b] = [b, a % b];
  return a || 1;
}

export function rational(num: number, den = 1): Rational {
  if (!Number.isInteger(num) || !Number.isInteger(den) || den === 0) {
    throw new RangeError(`not a fraction: ${num}/${den}`);
  }
  const sign = den < 0 ? -1 : 1;
  const g = gcd(num, den);
  return { num: (sign * num) / g, den: (sign * den) / g };
}

/**
 * Parses `2/3`, `0.40`, `40%`, `1` or a number into an exact fraction. Decimals are read digit by digit
 * (0.4 → 4/10), never through a binary float.
 */
export function parseRational(input: string | number): Rational {
  const s = String(input).trim();
  let m = /^(-?\d+)\s*\/\s*(\d+)$/.exec(s);
  if (m) return rational(Number(m[1]), Number(m[2]));
  m = /^(-?)(\d+)(?:\.(\d+))?\s*(%?)$/.exec(s);
  if (m) {
    const frac = m[3] ?? '';
    const den = 10 ** frac.length * (m[4] ? 100 : 1);
    const num = Number(`${m[2]}${frac}`) * (m[1] ? -1 : 1);
    return rational(num, den);
  }
  throw new RangeError(`not a fraction: ${JSON.stringify(input)}`);
}

export function toNumber(r: Rational): number {
  return r.num / r.den;
}

/** ⌈r × n⌉ with integer arithmetic. */
export function ceilTimes(r: Rational, n: number): number {
  const p = r.num * n;
  return Math.floor((p + r.den - 1) / r.den);
}

/** ⌊r × n⌋ with integer arithmetic. */
export function floorTimes(r: Rational, n: number): number {
  return Math.floor((r.num * n) / r.den);
}

export function formatRational(r: Rational): string {
  if (r.den === 1) return String(r.num);
  if (r.den === 100 || r.den === 10 || r.den === 20 || r.den === 5 || r.den === 4 || r.den === 25) {
    const pct = (r.num * 100) / r.den;
    if (Number.isInteger(pct)) return `${pct} %`;
  }
  return `${r.num}/${r.den}`;
}
