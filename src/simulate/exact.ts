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

/** Padding in front of a distribution so that reads of counts below zero see zeros. */
const OFF = 4;

/**
 * The distribution of votes for over members `ps[from..to)`, capped at R (slot R holds "R or more"),
 * dropping counts that cannot reach R even if every later member here and `others` more vote for.
 * Members enter four at a time: their joint distribution (five coefficients) is applied in one
 * descending pass that keeps the last four counts in registers, so each pass reads and writes each count
 * once for four members (the plain program reads twice and writes once per member).
 * Index f of the result is count f − OFF.
 */
function halfDistribution(
  dist: Float64Array,
  ps: Float64Array,
  from: number,
  to: number,
  R: number,
  others: number,
): { lo: number; hi: number } {
  dist.fill(0, 0, R + 1 + OFF);
  dist[OFF] = 1;
  let lo = 0;
  let hi = 0;
  for (let i = from; i < to; i += 4) {
    // Joint distribution of up to four members: (q1 + p1 x)(q2 + p2 x)(q3 + p3 x)(q4 + p4 x).
    let c0 = 1;
    let c1 = 0;
    let c2 = 0;
    let c3 = 0;
    let c4 = 0;
    const m = Math.min(4, to - i);
    for (let j = 0; j < m; j++) {
      const p = ps[i + j]!;
      const q = 1 - p;
      c4 = c4 * q + c3 * p;
      c3 = c3 * q + c2 * p;
      c2 = c2 * q + c1 * p;
      c1 = c1 * q + c0 * p;
      c0 = c0 * q;
    }
    // Mass that reaches R with these members stays at R whatever comes next.
    const t4 = c4;
    const t3 = c3 + t4;
    const t2 = c2 + t3;
    const t1 = c1 + t2;
    const r = R + OFF;
    dist[r]! += dist[r - 1]! * t1 + dist[r - 2]! * t2 + dist[r - 3]! * t3 + dist[r - 4]! * t4;
    const newHi = hi + m < R ? hi + m : R - 1;
    const top = newHi + OFF;
    const bottom = lo + OFF;
    let x1 = dist[top - 1]!;
    let x2 = dist[top - 2]!;
    let x3 = dist[top - 3]!;
    let x4 = dist[top - 4]!;
    let x0 = dist[top]!;
    for (let f = top; f >= bottom; f--) {
      dist[f] = c0 * x0 + c1 * x1 + c2 * x2 + c3 * x3 + c4 * x4;
      x0 = x1;
      x1 = x2;
      x2 = x3;
      x3 = x4;
      x4 = f - 5 >= 0 ? dist[f - 5]! : 0;
    }
    hi = newHi;
    const floor = R - others - (to - i - m);
    if (floor > lo) {
      const newLo = floor < hi + 1 ? floor : hi + 1;
      for (let f = lo; f < newLo; f++) dist[f + OFF] = 0;
      lo = newLo;
    }
  }
  return { lo, hi };
}

/**
 * Scratch buffers reused across calls (allocating small typed arrays costs more than the arithmetic here);
 * the functions that use them are synchronous and never re-entered.
 */
let scratch = { ps: new Float64Array(256), a: new Float64Array(256 + OFF), b: new Float64Array(256 + OFF) };
function scratchFor(n: number): typeof scratch {
  if (scratch.ps.length < n + 1)
    scratch = {
      ps: new Float64Array(2 * n + 2),
      a: new Float64Array(2 * n + 2 + OFF),
      b: new Float64Array(2 * n + 2 + OFF),
    };
  return scratch;
}

/**
 * P(votes for ≥ required): the fast program. Certain votes only shift the count and members who never
 * vote for drop out; the rest are split into two halves whose capped, pruned distributions are combined
 * by one pass over a tail sum (meet in the middle): about half the work of one chain over all members.
 */
export function passFixed(groups: readonly Group[], required: number): number {
  if (required <= 0) return 1;
  let shift = 0;
  let n = 0;
  for (const g of groups) {
    if (g.pFor >= 1) shift += g.seats;
    else if (g.pFor > 0) n += g.seats;
  }
  const R = required - shift;
  if (R <= 0) return 1;
  if (R > n) return 0;
  const { ps, a, b } = scratchFor(n);
  let k = 0;
  for (const g of groups) if (g.pFor > 0 && g.pFor < 1) for (let i = 0; i < g.seats; i++) ps[k++] = g.pFor;
  const mid = n >> 1;
  const A = halfDistribution(a, ps, 0, mid, R, n - mid);
  const B = halfDistribution(b, ps, mid, n, R, mid);
  // Σ over A's counts x of P(A = x)·P(B ≥ R − x), with P(B ≥ y) summed from the top down; counts below
  // B.lo cannot combine with any count of A to reach R.
  let p = a[R + OFF]!;
  let tail = b[R + OFF]!;
  for (let y = R; y >= 1; y--) {
    if (y < R && y >= B.lo && y <= B.hi) tail += b[y + OFF]!;
    const x = R - y;
    if (x >= A.lo && x <= A.hi) p += a[x + OFF]! * tail;
  }
  return p;
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
