/**
 * States of exception at every limit and validity edge (Const. arts. 137, 200; Ley 31988 from 2026-07-28).
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../engine/evaluate.js';
import type { Action, Tally } from '../../types.js';
import { normaliseRight } from './exception.js';

const ev = (date: string, action: Action) => evaluate({ date, action });
const t = (f: number, a = 0, ab = 0): Tally => ({ for: f, against: a, abstain: ab });
const cites = (v: { citations: { cite: string }[] }) => v.citations.map((c) => c.cite).join(' | ');

describe('emergency.declare and siege.declare: 60 and 45 days', () => {
  it.each(['1994-01-10', '2011-07-26', '2011-07-27', '2026-07-27', '2026-07-28', '2030-01-01'])(
    'on %s: emergency 60 days permitted, 61 not (the issue example); siege 45 permitted, 46 not',
    (date) => {
      expect(ev(date, { kind: 'emergency.declare', days: 60 })).toMatchObject({
        permitted: true,
        passed: null,
      });
      const bad = ev(date, { kind: 'emergency.declare', days: 61 });
      expect(bad.permitted).toBe(false);
      expect(bad.reasons.join(' ')).toMatch(/61 days exceeds the 60-day limit/);
      expect(cites(bad)).toMatch(/Const\. art\. 137 inc\. 1/);
      expect(ev(date, { kind: 'siege.declare', days: 45 }).permitted).toBe(true);
      expect(ev(date, { kind: 'siege.declare', days: 46 }).permitted).toBe(false);
    },
  );
  it('a declaration with no duration is permitted and states the limit; zero days is not a term', () => {
    expect(ev('2022-12-14', { kind: 'emergency.declare' }).permitted).toBe(true);
    expect(ev('2022-12-14', { kind: 'emergency.declare', days: 0 }).permitted).toBe(false);
  });
});

describe('rights an emergency may restrict (Art. 137 inc. 1)', () => {
  it.each([
    [['9', '11', '12', '24-f'], true],
    [['2.11', 'art. 2 inc. 12'], true],
    [['4'], false],
    [['banishment'], false],
  ])('%j: permitted %s', (rights, permitted) => {
    expect(ev('2023-01-15', { kind: 'emergency.declare', days: 30, rights }).permitted).toBe(permitted);
  });
  it('a siege declaration states that the decree lists the rights not restricted, and Congress convenes', () => {
    const v = ev('2010-01-01', { kind: 'siege.declare', days: 30 });
    expect(v.effects.map((e) => e.code)).toEqual([
      'exception.in-force',
      'siege.congress-convenes',
      'siege.no-dissolution',
    ]);
    expect(ev('2026-07-28', { kind: 'siege.declare', days: 30 }).effects[1]!.code).toBe(
      'siege.chambers-convene',
    );
  });
});

describe('emergency.extend', () => {
  it('until 2026-07-27 an emergency is extended by a new decree, with no vote', () => {
    const v = ev('2026-07-27', { kind: 'emergency.extend', days: 60 });
    expect(v).toMatchObject({ permitted: true, passed: null, required: null });
    expect(ev('2026-07-27', { kind: 'emergency.extend', days: 61 }).permitted).toBe(false);
  });
  it('from 2026-07-28 the Senate must approve it (ordinary majority assumed), citing Ley 31988', () => {
    const v = ev('2026-07-28', { kind: 'emergency.extend', days: 60, tally: t(31, 29, 0) });
    expect(v).toMatchObject({ chamber: 'senate', passed: true, required: 31, base: 'present' });
    expect(ev('2026-07-28', { kind: 'emergency.extend', days: 60, tally: t(30, 30, 0) }).passed).toBe(false);
    expect(cites(v)).toMatch(/Ley 31988/);
    expect(ev('2026-07-28', { kind: 'emergency.extend', chamber: 'deputies', tally: t(100) }).permitted).toBe(
      false,
    );
  });
  it.each([
    ['2005-01-01', 120, 61],
    ['2020-01-01', 130, 66],
  ])(
    'a siege extension on %s needs Congress’s approval (%i seats, all present: %i)',
    (date, seats, required) => {
      const v = ev(date, {
        kind: 'emergency.extend',
        exception: 'siege',
        days: 45,
        tally: t(required, seats - required, 0),
      });
      expect(v).toMatchObject({ passed: true, required });
      expect(
        ev(date, { kind: 'emergency.extend', exception: 'siege', days: 46, tally: t(seats) }).permitted,
      ).toBe(false);
    },
  );
});

describe('normaliseRight', () => {
  it.each([
    ['9', '9'],
    ['2.9', '9'],
    ['art. 2 inc. 12', '12'],
    ['24f', '24-f'],
    ['2.24.f', '24-f'],
    ['Art. 2 inc. 24-f', '24-f'],
    ['4', '4'],
  ])('%s → %s', (raw, norm) => expect(normaliseRight(raw)).toBe(norm));
});
