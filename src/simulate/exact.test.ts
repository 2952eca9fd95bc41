import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseThresholdSpec } from '../law/parameters/threshold-spec.js';
import { requiredVotes } from '../law/threshold.js';
import {
  forDistribution,
  passMonteCarlo,
  passProbability,
  passProbabilityPlain,
  type Counting,
} from './exact.js';
import type { Group } from './model.js';

const group = (seats: number, pFor: number, pAgainst = 1 - pFor, pAbstain = 0, pAbsent = 0): Group => ({
  name: `g${seats}-${pFor}`,
  seats,
  pFor,
  pAgainst,
  pAbstain,
  pAbsent,
});

/** Brute force over every joint outcome: 4^members terms, independent of both programs. */
function bruteForce(groups: Group[], counting: Counting): number {
  const members = groups.flatMap((g) => Array.from({ length: g.seats }, () => g));
  let total = 0;
  const walk = (i: number, p: number, f: number, a: number, ab: number) => {
    if (p === 0) return;
    if (i === members.length) {
      const ok =
        counting.kind === 'fixed'
          ? f >= counting.required
          : f >= requiredVotes(counting.spec, counting.base === 'present' ? f + a + ab : f + a);
      if (ok) total += p;
      return;
    }
    const g = members[i]!;
    walk(i + 1, p * g.pFor, f + 1, a, ab);
    walk(i + 1, p * g.pAgainst, f, a + 1, ab);
    walk(i + 1, p * g.pAbstain, f, a, ab + 1);
    walk(i + 1, p * g.pAbsent, f, a, ab);
  };
  walk(0, 1, 0, 0, 0);
  return total;
}

/** A bloc with four probabilities summing to 1, some of them exactly 0 or 1. */
const arbGroup = (maxSeats: number) =>
  fc
    .record({
      seats: fc.integer({ min: 0, max: maxSeats }),
      w: fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1, noNaN: true })), {
        minLength: 4,
        maxLength: 4,
      }),
    })
    .map(({ seats, w }) => {
      const sum = w.reduce((s, x) => s + x, 0);
      const [f, a, ab, abs] = sum === 0 ? [1, 0, 0, 0] : w.map((x) => x / sum);
      return group(seats, f!, a!, ab!, abs!);
    });

const SPECS = [
  '> 1/2 of present',
  '>= 1/2 of present',
  '>= 2/3 of present',
  '> 1/2 of cast',
  '>= 2/3 of cast',
  '>= 40% of present',
];

const arbCounting = (maxRequired: number): fc.Arbitrary<Counting> =>
  fc.oneof(
    fc.integer({ min: -1, max: maxRequired }).map((required) => ({ kind: 'fixed', required }) as Counting),
    fc.constantFrom(...SPECS).map((s) => {
      const spec = parseThresholdSpec(s);
      return { kind: 'attendance', base: spec.base as 'present' | 'cast', spec } as Counting;
    }),
  );

describe('exact pass probability', () => {
  it('equals brute-force enumeration on small generated models (1e-12)', () => {
    fc.assert(
      fc.property(fc.array(arbGroup(3), { maxLength: 4 }), arbCounting(9), (groups, counting) => {
        const n = groups.reduce((s, g) => s + g.seats, 0);
        fc.pre(n <= 9);
        const exact = bruteForce(groups, counting);
        expect(Math.abs(passProbability(groups, counting) - exact)).toBeLessThan(1e-12);
        expect(Math.abs(passProbabilityPlain(groups, counting) - exact)).toBeLessThan(1e-12);
      }),
      { numRuns: 300 },
    );
  });

  it('the fast programs equal the plain member-by-member programs on chamber-sized models (1e-12)', () => {
    fc.assert(
      fc.property(fc.array(arbGroup(40), { maxLength: 8 }), arbCounting(140), (groups, counting) => {
        const fast = passProbability(groups, counting);
        const plain = passProbabilityPlain(groups, counting);
        expect(Math.abs(fast - plain)).toBeLessThan(1e-12);
      }),
      { numRuns: 150 },
    );
  });

  it('edge cases: p = 0 and 1, absences, threshold above the chamber, empty model', () => {
    const fixed = (required: number): Counting => ({ kind: 'fixed', required });
    expect(passProbability([group(50, 1), group(80, 0)], fixed(50))).toBe(1);
    expect(passProbability([group(50, 1), group(80, 0)], fixed(51))).toBe(0);
    expect(passProbability([group(130, 0.99)], fixed(131))).toBe(0);
    expect(passProbability([], fixed(1))).toBe(0);
    expect(passProbability([], fixed(0))).toBe(1);
    // All absent: nobody present; "more than half of 0" needs 1 vote, so it fails.
    const spec = parseThresholdSpec('> 1/2 of present');
    expect(passProbability([group(10, 0, 0, 0, 1)], { kind: 'attendance', base: 'present', spec })).toBe(0);
    // 3 for for sure, 7 absent for sure: 3 of 3 present.
    expect(
      passProbability([group(3, 1), group(7, 0, 0, 0, 1)], { kind: 'attendance', base: 'present', spec }),
    ).toBe(1);
    // Abstentions count toward those present but not toward votes cast.
    const abst = [group(2, 1), group(3, 0, 0, 1, 0)];
    expect(passProbability(abst, { kind: 'attendance', base: 'present', spec })).toBe(0);
    expect(
      passProbability(abst, { kind: 'attendance', base: 'cast', spec: parseThresholdSpec('> 1/2 of cast') }),
    ).toBe(1);
  });

  it('the distribution of votes for sums to 1 and matches the pass probability at every threshold', () => {
    const groups = [group(37, 0.3), group(24, 0.9), group(15, 0.5, 0.3, 0.1, 0.1), group(54, 0.7)];
    const dist = forDistribution(groups);
    expect(dist.length).toBe(131);
    expect(Math.abs(dist.reduce((s, x) => s + x, 0) - 1)).toBeLessThan(1e-12);
    for (const r of [0, 44, 66, 87, 104, 130]) {
      let tail = 0;
      for (let k = r; k < dist.length; k++) tail += dist[k]!;
      expect(Math.abs(tail - passProbability(groups, { kind: 'fixed', required: r }))).toBeLessThan(1e-12);
    }
  });

  it('agrees with a seeded 10^6-sample Monte Carlo within its 99.9 % interval', () => {
    const groups = [
      group(37, 0.55, 0.3, 0.1, 0.05),
      group(24, 0.8),
      group(15, 0.4, 0.4, 0.1, 0.1),
      group(54, 0.6),
    ];
    for (const counting of [
      { kind: 'fixed', required: 80 } as Counting,
      { kind: 'attendance', base: 'present', spec: parseThresholdSpec('> 1/2 of present') } as Counting,
    ]) {
      const exact = passProbability(groups, counting);
      const mc = passMonteCarlo(groups, counting, 1_000_000, 7);
      expect(Math.abs(mc.p - exact)).toBeLessThanOrEqual(mc.halfWidth);
    }
  });
});
