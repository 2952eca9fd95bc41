import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, addMonths, dayNumber, daysBetween, fromDayNumber, inInterval, isIsoDate } from './dates.js';

describe('isIsoDate', () => {
  it.each(['2022-12-07', '2000-02-29', '2024-02-29', '1993-12-31'])('accepts %s', (d) =>
    expect(isIsoDate(d)).toBe(true),
  );
  it.each([
    '2022-02-30',
    '1900-02-29',
    '2023-02-29',
    '2022-13-01',
    '2022-00-10',
    '2022-1-5',
    '20221207',
    '2022-12-07T00:00',
    '',
    'x',
  ])('rejects %s', (d) => expect(isIsoDate(d)).toBe(false));
  it('rejects non-strings', () => {
    expect(isIsoDate(20221207)).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });
});

describe('day arithmetic', () => {
  it('counts natural days across months and leap years', () => {
    expect(daysBetween('2017-12-15', '2017-12-21')).toBe(6);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(addDays('2026-07-27', 1)).toBe('2026-07-28');
    expect(addDays('2000-03-01', -1)).toBe('2000-02-29');
  });
  it('adds months clamping to the month end', () => {
    expect(addMonths('2019-09-30', 4)).toBe('2020-01-30');
    expect(addMonths('2020-10-31', 4)).toBe('2021-02-28');
    expect(addMonths('2019-11-15', -2)).toBe('2019-09-15');
  });
  it('round-trips day numbers (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: -5000, max: 5000 }), (n, k) => {
        const d = fromDayNumber(n);
        expect(isIsoDate(d)).toBe(true);
        expect(dayNumber(d)).toBe(n);
        expect(daysBetween(d, addDays(d, k))).toBe(k);
      }),
    );
  });
  it('treats validity intervals as half-open', () => {
    expect(inInterval('2004-06-03', '1993-12-31', '2004-06-04')).toBe(true);
    expect(inInterval('2004-06-04', '1993-12-31', '2004-06-04')).toBe(false);
    expect(inInterval('2040-01-01', '2026-07-28')).toBe(true);
  });
});
