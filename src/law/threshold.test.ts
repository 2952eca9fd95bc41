import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseThresholdSpec } from './parameters/threshold-spec.js';
import { castCount, computeThreshold, meets, presentCount, requiredVotes } from './threshold.js';

const spec = parseThresholdSpec;

describe('threshold arithmetic (rules.md §0.2 table)', () => {
  // Expected counts from the sourced table in rules.md §0.2 (at-least readings round up, more-than adds one).
  it.each([
    ['>= 15% of legal', 18, 20, 9],
    ['>= 20% of legal', 24, 26, 12],
    ['>= 25% of legal', 30, 33, 15],
    ['>= 30% of legal', 36, 39, 18],
    ['>= 1/3 of legal', 40, 44, 20],
    ['>= 40% of legal', 48, 52, 24],
    ['> 1/2 of legal', 61, 66, 31],
    ['>= 2/3 of legal', 80, 87, 40],
    ['> 2/3 of legal', 81, 87, 41],
    ['>= 4/5 of legal', 96, 104, 48],
  ] as const)('%s: 120 → %i, 130 → %i, 60 → %i', (s, n120, n130, n60) => {
    expect(requiredVotes(spec(s), 120)).toBe(n120);
    expect(requiredVotes(spec(s), 130)).toBe(n130);
    expect(requiredVotes(spec(s), 60)).toBe(n60);
  });

  it('shows the rounding', () => {
    expect(computeThreshold(spec('>= 2/3 of legal'), 130).arithmetic).toBe('2/3 × 130 = 86.67 → 87');
    expect(computeThreshold(spec('> 1/2 of present'), 80).arithmetic).toBe('> 1/2 × 80 = 40 → 41');
    expect(computeThreshold(spec('>= 40% of habiles'), 117).arithmetic).toBe('40% × 117 = 46.8 → 47');
    expect(computeThreshold(spec('>= 39 of legal'), 130)).toMatchObject({
      required: 39,
      arithmetic: '39',
    });
  });

  it('distinguishes at-least from more-than exactly at the boundary', () => {
    // Half of 130 is exactly 65: "at least half" needs 65, "more than half" needs 66.
    expect(requiredVotes(spec('>= 1/2 of legal'), 130)).toBe(65);
    expect(requiredVotes(spec('> 1/2 of legal'), 130)).toBe(66);
    // Two thirds of 120 is exactly 80: at least 80, more than 80 → 81.
    expect(requiredVotes(spec('>= 2/3 of legal'), 120)).toBe(80);
    expect(requiredVotes(spec('> 2/3 of legal'), 120)).toBe(81);
  });

  it('counts those present and votes cast from a tally', () => {
    const t = { for: 62, against: 9, abstain: 9 };
    expect(presentCount(t)).toBe(80);
    expect(castCount(t)).toBe(71);
  });

  it('rejects malformed specs and bases', () => {
    expect(() => spec('2/3 of legal')).toThrow(/threshold must read like/);
    expect(() => spec('>= 2/3 of everyone')).toThrow();
    expect(() => requiredVotes(spec('>= 2/3 of legal'), -1)).toThrow(RangeError);
    expect(() => requiredVotes(spec('>= 2/3 of legal'), 1.5)).toThrow(RangeError);
  });

  const fractions = fc
    .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 100 }))
    .filter(([a, b]) => a <= b)
    .map(([a, b]) => `${a}/${b}`);

  it('thresholds of a fraction ≤ 1 lie within the base (at-least) or one above it (more-than)', () => {
    fc.assert(
      fc.property(fractions, fc.integer({ min: 0, max: 500 }), fc.boolean(), (f, n, strict) => {
        const r = requiredVotes(spec(`${strict ? '>' : '>='} ${f} of legal`), n);
        expect(r).toBeGreaterThanOrEqual(strict ? 1 : 0);
        expect(r).toBeLessThanOrEqual(strict ? n + 1 : n);
      }),
    );
  });

  it('more votes never turn a pass into a fail, and larger bases never need fewer votes', () => {
    fc.assert(
      fc.property(
        fractions,
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 0, max: 300 }),
        fc.boolean(),
        (f, n, votes, strict) => {
          const s = spec(`${strict ? '>' : '>='} ${f} of legal`);
          const t = computeThreshold(s, n);
          if (meets(votes, t)) expect(meets(votes + 1, t)).toBe(true);
          expect(requiredVotes(s, n + 1)).toBeGreaterThanOrEqual(t.required);
        },
      ),
    );
  });
});
