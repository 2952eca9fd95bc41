/**
 * Exact pass probabilities under the vote model, by dynamic programming (never sampling):
 * - a fixed threshold (base = legal number or members hábiles, or an absolute count): the number of votes
 *   for is a Poisson-binomial; the DP keeps only counts that are still undecided (below the threshold and
 *   still able to reach it), and a bloc with one probability enters at once as a binomial;
 * - a threshold on those present or on votes cast: the threshold moves with attendance, so each member is
 *   multinomial (for / against / abstain / absent). For a fractional threshold a/b the test
 *   `for ≥ a/b × base` is linear, `b·for − a·base ≥ 0` (`> 0` for "more than"), so one score per member
 *   outcome is enough (a one-dimensional DP, pruned the same way); other thresholds use the plain
 *   two-dimensional DP over (for, counted), with `requiredVotes` of the rule's spec per attendance outcome.
 * The plain member-by-member programs below are the reference for tests and the benchmark baseline.
 */
import { requiredVotes } from '../law/threshold.js';
import type { Base, ThresholdSpec } from '../law/parameters/threshold-spec.js';
import type { Group } from './model.js';

/** How a vote is counted: a fixed number of votes for, or a threshold that depends on attendance. */
export type Counting =
  | { kind: 'fixed'; required: number }
  | { kind: 'attendance'; base: Extract<Base, 'present' | 'cast'>; spec: ThresholdSpec };

export function countingFor(spec: ThresholdSpec, fixedBaseCount: number | null): Counting {
  if (spec.absolute !== undefined) return { kind: 'fixed', required: requiredVotes(spec, 0) };
  if (spec.base === 'present' || spec.base === 'cast') return { kind: 'attendance', base: spec.base, spec };
  if (fixedBaseCount === null) throw new RangeError(`the ${spec.base} base needs a count`);
  return { kind: 'fixed', required: requiredVotes(spec, fixedBaseCount) };
}

// ---------- binomial pieces ----------

const logFactTable: number[] = [0];
function logFact(n: number): number {
  for (let i = logFactTable.length; i <= n; i++) logFactTable.push(logFactTable[i - 1]! + Math.log(i));
  return logFactTable[n]!;
}

/** Binomial(n, p) probabilities, computed in logs so that no term underflows early. */
export function binomialPmf(n: number, p: number): Float64Array {
  const out = new Float64Array(n + 1);
  if (p <= 0) {
    out[0] = 1;
    return out;
  }
  if (p >= 1) {
    out[n] = 1;
    return out;
  }
  const lp = Math.log(p);
  const lq = Math.log1p(-p);
  const ln = logFact(n);
  for (let k = 0; k <= n; k++) out[k] = Math.exp(ln - logFact(k) - logFact(n - k) + k * lp + (n - k) * lq);
  return out;
}

/** Merges blocs with the same probability of voting for (the only one a fixed threshold looks at). */
function mergeByPFor(groups: readonly Group[]): { seats: number; p: number }[] {
  const byP = new Map<number, number>();
  for (const g of groups) if (g.seats > 0) byP.set(g.pFor, (byP.get(g.pFor) ?? 0) + g.seats);
  return [...byP.entries()].map(([p, seats]) => ({ p, seats }));
}

// ---------- fixed threshold ----------

/** P(votes for ≥ required): the fast program (capped, pruned, blocs at once). */
export function passFixed(groups: readonly Group[], required: number): number {
  if (required <= 0) return 1;
  // Certain votes only shift the count; blocs that never vote for drop out.
  let shift = 0;
  const uncertain: { seats: number; p: number }[] = [];
  for (const b of mergeByPFor(groups)) {
    if (b.p >= 1) shift += b.seats;
    else if (b.p > 0) uncertain.push(b);
  }
  const R = required - shift;
  if (R <= 0) return 1;
  let remaining = uncertain.reduce((s, b) => s + b.seats, 0);
  if (R > remaining) return 0;
  // arr[f] = P(f votes for so far) for the undecided counts lo ≤ f ≤ hi < R; `passed` holds the mass
  // that reached R.
  let arr = new Float64Array(R);
  let next = new Float64Array(R);
  arr[0] = 1;
  let lo = 0;
  let hi = 0;
  let passed = 0;
  for (const b of uncertain) {
    remaining -= b.seats;
    // Below newLo, even every remaining member voting for cannot reach R: those counts fail.
    const newLo = Math.max(lo, R - remaining);
    const newHi = Math.min(R - 1, hi + b.seats);
    if (b.seats === 1) {
      const p = b.p;
      const q = 1 - p;
      for (let f = newLo; f <= newHi; f++)
        next[f] = (f <= hi ? arr[f]! * q : 0) + (f - 1 >= lo ? arr[f - 1]! * p : 0);
      if (hi === R - 1) passed += arr[hi]! * p;
    } else {
      const s = b.seats;
      const pmf = binomialPmf(s, b.p);
      const tail = new Float64Array(s + 2);
      for (let k = s; k >= 0; k--) tail[k] = tail[k + 1]! + pmf[k]!;
      for (let f = newLo; f <= newHi; f++) next[f] = 0;
      for (let f = lo; f <= hi; f++) {
        const m = arr[f]!;
        if (m === 0) continue;
        const kMax = Math.min(s, R - 1 - f);
        for (let k = Math.max(0, newLo - f); k <= kMax; k++) next[f + k]! += m * pmf[k]!;
        if (R - f <= s) passed += m * tail[R - f]!;
      }
    }
    const swap = arr;
    arr = next;
    next = swap;
    lo = newLo;
    hi = newHi;
    if (lo > hi) break;
  }
  return passed;
}

/** The distribution of the number of votes for (index = votes for), over the model's seats. */
export function forDistribution(groups: readonly Group[]): Float64Array {
  let dist = new Float64Array([1]);
  for (const b of mergeByPFor(groups)) {
    const pmf = binomialPmf(b.seats, b.p);
    const out = new Float64Array(dist.length + b.seats);
    for (let i = 0; i < dist.length; i++) {
      const m = dist[i]!;
      if (m === 0) continue;
      for (let k = 0; k <= b.seats; k++) out[i + k]! += m * pmf[k]!;
    }
    dist = out;
  }
  return dist;
}

// ---------- attendance threshold ----------

/** Per member: probability of voting for, of being counted in the base without voting for, of neither. */
function attendanceProbs(g: Group, base: 'present' | 'cast'): [number, number, number] {
  const counted = base === 'present' ? g.pAgainst + g.pAbstain : g.pAgainst;
  return [g.pFor, counted, Math.max(0, 1 - g.pFor - counted)];
}

function expandMembers(groups: readonly Group[]): Group[] {
  const out: Group[] = [];
  for (const g of groups) for (let i = 0; i < g.seats; i++) out.push(g);
  return out;
}

/** Largest score range the linear program will allocate before falling back to the 2-D program. */
const MAX_SCORE_RANGE = 200_000;

/** P(pass) where the threshold depends on attendance: the fast program where it applies. */
export function passAttendance(
  groups: readonly Group[],
  base: 'present' | 'cast',
  spec: ThresholdSpec,
): number {
  const n = groups.reduce((s, g) => s + g.seats, 0);
  const a = spec.fraction.num;
  const b = spec.fraction.den;
  if (spec.absolute !== undefined || a < 0 || a > b || b * n > MAX_SCORE_RANGE)
    return passAttendancePlain(groups, base, spec);
  // Score: +u for a vote for, −v for a member counted who does not vote for, 0 otherwise; pass iff the
  // final score ≥ 0 ("at least") or > 0 ("more than"). See the module comment for why this is exact.
  const u = b - a;
  const v = a;
  const need = spec.comparison === 'at-least' ? 0 : 1;
  const offset = v * n;
  const size = (u + v) * n + 1;
  let arr = new Float64Array(size);
  let next = new Float64Array(size);
  arr[offset] = 1;
  let lo = offset;
  let hi = offset;
  let passed = 0;
  let remaining = n;
  for (const g of expandMembers(groups)) {
    remaining--;
    const [pf, pc, pn] = attendanceProbs(g, base);
    const nlo = lo - v;
    const nhi = hi + u;
    for (let s = nlo; s <= nhi; s++) next[s] = 0;
    for (let s = lo; s <= hi; s++) {
      const m = arr[s]!;
      if (m === 0) continue;
      if (pf) next[s + u]! += m * pf;
      if (pc) next[s - v]! += m * pc;
      if (pn) next[s]! += m * pn;
    }
    // Prune: scores that pass whatever the rest do, and scores that cannot reach the bar.
    let newLo = nhi + 1;
    let newHi = nlo - 1;
    for (let s = nlo; s <= nhi; s++) {
      const m = next[s]!;
      if (m === 0) continue;
      const score = s - offset;
      if (score - v * remaining >= need) {
        passed += m;
        next[s] = 0;
      } else if (score + u * remaining < need) {
        next[s] = 0;
      } else {
        if (s < newLo) newLo = s;
        if (s > newHi) newHi = s;
      }
    }
    const swap = arr;
    arr = next;
    next = swap;
    if (newLo > newHi) return passed;
    lo = newLo;
    hi = newHi;
  }
  for (let s = lo; s <= hi; s++) if (s - offset >= need) passed += arr[s]!;
  return passed;
}

// ---------- plain reference programs (tests and benchmark baseline) ----------

/** Plain member-by-member DP over the full count of votes for, no pruning. */
export function passFixedPlain(groups: readonly Group[], required: number): number {
  let dist = [1];
  for (const g of expandMembers(groups)) {
    const out = new Array<number>(dist.length + 1).fill(0);
    for (let f = 0; f < dist.length; f++) {
      out[f]! += dist[f]! * (1 - g.pFor);
      out[f + 1]! += dist[f]! * g.pFor;
    }
    dist = out;
  }
  let p = 0;
  for (let f = Math.max(0, required); f < dist.length; f++) p += dist[f]!;
  return p;
}

/** Plain two-dimensional DP over (votes for, counted without voting for), threshold per attendance. */
export function passAttendancePlain(
  groups: readonly Group[],
  base: 'present' | 'cast',
  spec: ThresholdSpec,
): number {
  const n = groups.reduce((s, g) => s + g.seats, 0);
  const w = n + 1;
  let cur = new Float64Array(w * w);
  cur[0] = 1;
  let done = 0;
  for (const g of expandMembers(groups)) {
    const [pf, pc, pn] = attendanceProbs(g, base);
    const nxt = new Float64Array(w * w);
    for (let f = 0; f <= done; f++) {
      for (let c = 0; c + f <= done; c++) {
        const m = cur[f * w + c]!;
        if (m === 0) continue;
        nxt[(f + 1) * w + c]! += m * pf;
        nxt[f * w + c + 1]! += m * pc;
        nxt[f * w + c]! += m * pn;
      }
    }
    cur = nxt;
    done++;
  }
  let p = 0;
  for (let f = 0; f <= n; f++)
    for (let c = 0; c + f <= n; c++) if (f >= requiredVotes(spec, f + c)) p += cur[f * w + c]!;
  return p;
}

/** The pass probability under a counting rule: the fast programs. */
export function passProbability(groups: readonly Group[], counting: Counting): number {
  return counting.kind === 'fixed'
    ? passFixed(groups, counting.required)
    : passAttendance(groups, counting.base, counting.spec);
}

/** The same through the plain programs (reference). */
export function passProbabilityPlain(groups: readonly Group[], counting: Counting): number {
  return counting.kind === 'fixed'
    ? passFixedPlain(groups, counting.required)
    : passAttendancePlain(groups, counting.base, counting.spec);
}

// ---------- seeded Monte Carlo (cross-checks only) ----------

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sampled pass probability with its 99.9 % normal-approximation half-width. For cross-checks only. */
export function passMonteCarlo(
  groups: readonly Group[],
  counting: Counting,
  samples: number,
  seed: number,
): { p: number; halfWidth: number } {
  const rand = mulberry32(seed);
  const members = expandMembers(groups);
  const cf = members.map((g) => g.pFor);
  const ca = members.map((g) => g.pFor + g.pAgainst);
  const cb = members.map((g) => g.pFor + g.pAgainst + g.pAbstain);
  const reqByBase =
    counting.kind === 'attendance'
      ? Array.from({ length: members.length + 1 }, (_, k) => requiredVotes(counting.spec, k))
      : [];
  let hits = 0;
  for (let s = 0; s < samples; s++) {
    let f = 0;
    let against = 0;
    let abstain = 0;
    for (let i = 0; i < members.length; i++) {
      const r = rand();
      if (r < cf[i]!) f++;
      else if (r < ca[i]!) against++;
      else if (r < cb[i]!) abstain++;
    }
    const ok =
      counting.kind === 'fixed'
        ? f >= counting.required
        : f >= reqByBase[counting.base === 'present' ? f + against + abstain : f + against]!;
    if (ok) hits++;
  }
  const p = hits / samples;
  // z for 99.9 % two-sided; a floor of 1/n keeps the interval honest when p is 0 or 1.
  const halfWidth = 3.2905 * Math.sqrt(Math.max(p * (1 - p), 1 / samples) / samples);
  return { p, halfWidth };
}
