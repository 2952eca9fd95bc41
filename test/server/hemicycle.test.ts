import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { boundaryAngle, hemicycle } from '../../web/src/hemicycle.js';

describe('hemicycle seat geometry', () => {
  it('places exactly n seats, in the upper unit half-disc, left to right', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 700 }), (n) => {
        const h = hemicycle(n);
        expect(h.seats.length).toBe(n);
        for (const s of h.seats) {
          expect(s.y).toBeGreaterThanOrEqual(-1e-9);
          expect(Math.hypot(s.x, s.y)).toBeLessThanOrEqual(1 + 1e-9);
          expect(Math.hypot(s.x, s.y)).toBeGreaterThanOrEqual(0.4 - 1e-9);
        }
        for (let i = 1; i < n; i++) expect(h.seats[i]!.angle).toBeLessThanOrEqual(h.seats[i - 1]!.angle);
      }),
      { numRuns: 60 },
    );
  });

  it('never overlaps two seats', () => {
    for (const n of [1, 2, 3, 6, 7, 9, 10, 30, 60, 100, 130, 180, 360]) {
      const h = hemicycle(n);
      for (let i = 0; i < n; i++)
        for (let j = i + 1; j < n; j++) {
          const a = h.seats[i]!;
          const b = h.seats[j]!;
          expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(2 * h.seatRadius);
        }
    }
  });

  it('uses more rows for bigger chambers', () => {
    expect(hemicycle(130).rows).toBeGreaterThan(hemicycle(20).rows);
    expect(hemicycle(60).rows).toBeLessThanOrEqual(hemicycle(130).rows);
  });

  it('draws the threshold line with exactly the first `required` seats on its left', () => {
    const h = hemicycle(130);
    for (let required = 1; required < 130; required++) {
      const a = boundaryAngle(h, required);
      if (a === null) continue;
      // Seats at the same angle in different rows (the middle column) make the split ambiguous: skip.
      if (Math.abs(h.seats[required - 1]!.angle - h.seats[required]!.angle) < 1e-9) continue;
      expect(h.seats.filter((s) => s.angle > a).length).toBe(required);
    }
    expect(boundaryAngle(h, 0)).toBeNull();
    expect(boundaryAngle(h, 130)).toBeNull();
  });

  it('refuses a negative or fractional number of seats', () => {
    expect(() => hemicycle(-1)).toThrow(RangeError);
    expect(() => hemicycle(1.5)).toThrow(RangeError);
  });
});
