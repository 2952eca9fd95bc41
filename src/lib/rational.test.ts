import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ceilTimes, floorTimes, parseRational, rational } from './rational.js';

describe('parseRational', () => {
  it.each([
    ['2/3', 2, 3],
    ['0.40', 2, 5],
    ['40%', 2, 5],
    ['15 %', 3, 20],
    ['1', 1, 1],
    [0.2, 1, 5],
    ['4/5', 4, 5],
  ] as const)('%s → %i/%i', (s, num, den) => expect(parseRational(s)).toEqual({ num, den }));
  it.each(['two thirds', '1/0', '', '2/3/4', '.5'])('rejects %s', (s) =>
    expect(() => parseRational(s)).toThrow(RangeError),
  );
});

describe('exact products', () => {
  it('never suffers the float error that makes 7 % of 100 round up to 8', () => {
    expect(Math.ceil(0.07 * 100)).toBe(8); // the trap this module exists for: 0.07 × 100 = 7.000000000000001
    expect(ceilTimes(parseRational('0.07'), 100)).toBe(7);
    expect(ceilTimes(parseRational('0.4'), 130)).toBe(52);
    expect(ceilTimes(parseRational('2/3'), 130)).toBe(87);
    expect(floorTimes(parseRational('2/3'), 60)).toBe(40);
  });
  it('ceil and floor bracket the real product (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 0, max: 500 }),
        (a, b, n) => {
          const r = rational(a, b);
          const c = ceilTimes(r, n);
          const f = floorTimes(r, n);
          expect(c * b).toBeGreaterThanOrEqual(a * n);
          expect((c - 1) * b).toBeLessThan(a * n);
          expect(f * b).toBeLessThanOrEqual(a * n);
          expect((f + 1) * b).toBeGreaterThan(a * n);
        },
      ),
    );
  });
});
