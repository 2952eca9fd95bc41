/**
 * Simulator benchmarks (issue 5), every figure a ratio measured in the same run:
 * 1. exact pass probability for a 130-member chamber, individual and group models, fixed threshold (2/3
 *    and half of the legal number) and a threshold on those present: the fast programs against a plain
 *    member-by-member dynamic program (full distribution, typed arrays, updated in place);
 * 2. a seeded 10⁶-sample Monte Carlo: its time and its error against the exact value, for contrast;
 * 3. paths: states explored per second and wall time at depth 6 from three dates.
 * Run: `npm run bench -- simulate`.
 */
import { performance } from 'node:perf_hooks';
import { parseThresholdSpec } from '../src/law/parameters/threshold-spec.js';
import { requiredVotes } from '../src/law/threshold.js';
import { passMonteCarlo, passProbability, type Counting } from '../src/simulate/exact.js';
import type { Group } from '../src/simulate/model.js';
import { findPaths, type Goal } from '../src/simulate/paths.js';
import { recordStateOn } from '../src/simulate/record-state.js';
import { median, ratio, rng } from './harness.js';

/** The baseline: every member in turn, over the full count of votes for (no cap, no pruning, no blocs). */
function plainFixed(members: readonly Group[], required: number): number {
  const n = members.length;
  const dist = new Float64Array(n + 1);
  dist[0] = 1;
  for (let i = 0; i < n; i++) {
    const p = members[i]!.pFor;
    const q = 1 - p;
    for (let f = i + 1; f >= 1; f--) dist[f] = dist[f]! * q + dist[f - 1]! * p;
    dist[0] = dist[0]! * q;
  }
  let s = 0;
  for (let f = Math.max(0, required); f <= n; f++) s += dist[f]!;
  return s;
}

/** The baseline for a base of those present: (for, counted) over every member, threshold per outcome. */
function plainPresent(members: readonly Group[], spec: ReturnType<typeof parseThresholdSpec>): number {
  const n = members.length;
  const w = n + 1;
  let cur = new Float64Array(w * w);
  let nxt = new Float64Array(w * w);
  cur[0] = 1;
  for (let i = 0; i < n; i++) {
    const g = members[i]!;
    const pc = g.pAgainst + g.pAbstain;
    const pn = 1 - g.pFor - pc;
    nxt.fill(0);
    for (let f = 0; f <= i; f++)
      for (let c = 0; c + f <= i; c++) {
        const m = cur[f * w + c]!;
        nxt[(f + 1) * w + c]! += m * g.pFor;
        nxt[f * w + c + 1]! += m * pc;
        nxt[f * w + c]! += m * pn;
      }
    [cur, nxt] = [nxt, cur];
  }
  let p = 0;
  for (let f = 0; f <= n; f++)
    for (let c = 0; c + f <= n; c++) if (f >= requiredVotes(spec, f + c)) p += cur[f * w + c]!;
  return p;
}

function expand(groups: readonly Group[]): Group[] {
  return groups.flatMap((g) => Array.from({ length: g.seats }, () => ({ ...g, seats: 1 })));
}

/** Evaluations per second of `fn`, over repeated timed batches (median). */
function rate(fn: () => number, minMs = 300): { perSec: number; value: number } {
  let value = fn();
  let batch = 1;
  for (;;) {
    const t = performance.now();
    for (let i = 0; i < batch; i++) value = fn();
    const ms = performance.now() - t;
    if (ms > 30) break;
    batch *= 2;
  }
  const samples: number[] = [];
  const end = performance.now() + minMs;
  while (performance.now() < end || samples.length < 5) {
    const t = performance.now();
    for (let i = 0; i < batch; i++) value = fn();
    samples.push((batch * 1000) / (performance.now() - t));
  }
  return { perSec: median(samples), value };
}

const fmt = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(1)}k` : x.toFixed(1));

export default async function run(): Promise<string[]> {
  const rand = rng(5);
  const individual: Group[] = Array.from({ length: 130 }, (_, i) => {
    const pFor = rand();
    const pAbsent = rand() * (1 - pFor) * 0.3;
    const pAbstain = rand() * (1 - pFor - pAbsent) * 0.3;
    return { name: `m${i}`, seats: 1, pFor, pAbstain, pAbsent, pAgainst: 1 - pFor - pAbstain - pAbsent };
  });
  const groupSeats = [37, 24, 15, 10, 9, 9, 7, 7, 6, 6];
  const grouped: Group[] = groupSeats.map((seats, i) => ({
    name: `g${i}`,
    seats,
    pFor: [0.2, 0.95, 0.7, 0.6, 0.85, 0.5, 0.9, 0.4, 0.75, 0.65][i]!,
    pAgainst: 0,
    pAbstain: 0.04,
    pAbsent: 0.03,
  }));
  for (const g of grouped) g.pAgainst = 1 - g.pFor - g.pAbstain - g.pAbsent;
  const present = parseThresholdSpec('> 1/2 of present');
  const lines: string[] = [
    '| model | threshold | fast evals/s | plain evals/s | fast ÷ plain | |fast − plain| |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  const cases: [string, Group[], string, Counting][] = [
    ['individual (130)', individual, '≥ 87 of 130 (2/3 legal)', { kind: 'fixed', required: 87 }],
    ['individual (130)', individual, '≥ 66 of 130 (half legal)', { kind: 'fixed', required: 66 }],
    ['groups (10 blocs)', grouped, '≥ 87 of 130 (2/3 legal)', { kind: 'fixed', required: 87 }],
    ['groups (10 blocs)', grouped, '≥ 66 of 130 (half legal)', { kind: 'fixed', required: 66 }],
    [
      'individual (130)',
      individual,
      '> 1/2 of present',
      { kind: 'attendance', base: 'present', spec: present },
    ],
    [
      'groups (10 blocs)',
      grouped,
      '> 1/2 of present',
      { kind: 'attendance', base: 'present', spec: present },
    ],
  ];
  for (const [label, model, thr, counting] of cases) {
    const members = expand(model);
    const fast = rate(() => passProbability(model, counting));
    const plain = rate(() =>
      counting.kind === 'fixed'
        ? plainFixed(members, counting.required)
        : plainPresent(members, counting.spec),
    );
    lines.push(
      `| ${label} | ${thr} | ${fmt(fast.perSec)} | ${fmt(plain.perSec)} | ${ratio(fast.perSec, plain.perSec)} | ${Math.abs(fast.value - plain.value).toExponential(1)} |`,
    );
  }

  lines.push(
    '',
    '| Monte Carlo 10⁶ samples (seed 1) | exact | sampled | error | 99.9 % half-width | time | exact time |',
  );
  lines.push('| --- | --- | --- | --- | --- | --- | --- |');
  for (const [label, model, counting] of [
    ['groups, ≥ 87', grouped, { kind: 'fixed', required: 87 }],
    ['individual, > 1/2 present', individual, { kind: 'attendance', base: 'present', spec: present }],
  ] as [string, Group[], Counting][]) {
    const t0 = performance.now();
    const exact = passProbability(model, counting);
    const exactMs = performance.now() - t0;
    const t1 = performance.now();
    const mc = passMonteCarlo(model, counting, 1_000_000, 1);
    const mcMs = performance.now() - t1;
    lines.push(
      `| ${label} | ${exact.toFixed(6)} | ${mc.p.toFixed(6)} | ${Math.abs(mc.p - exact).toExponential(2)} | ${mc.halfWidth.toExponential(2)} | ${mcMs.toFixed(0)} ms | ${exactMs.toFixed(3)} ms (exact ${ratio(mcMs, exactMs)} faster) |`,
    );
  }

  lines.push('', '| paths, depth 6 | goal | paths | states | evaluations | wall time | states/s |');
  lines.push('| --- | --- | --- | --- | --- | --- | --- |');
  const runs: [string, Goal][] = [
    ['2019-09-01', 'congress-dissolved'],
    ['2022-06-01', 'early-elections'],
    ['2026-09-01', 'president-removed'],
  ];
  for (const [date, goal] of runs) {
    const state = recordStateOn(date)?.state;
    const t = performance.now();
    const r = findPaths(date, goal, { depth: 6, ...(state ? { state } : {}) });
    const ms = performance.now() - t;
    lines.push(
      `| from ${date} | ${goal} | ${r.paths.length} | ${r.stats.statesExplored} | ${r.stats.evaluations} | ${ms.toFixed(0)} ms | ${fmt((r.stats.statesExplored * 1000) / ms)} |`,
    );
  }
  return lines;
}
