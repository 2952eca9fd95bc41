/**
 * Presidential vacancy in every era, at every threshold and validity edge (Const. art. 113 inc. 2;
 * Reglamento art. 89-A; RL 005/006-2025-2026-CR).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate } from '../../../engine/evaluate.js';
import type { Action, Tally } from '../../types.js';
import type { State } from '../../state.js';

const vote = (date: string, tally: Tally, extra: Partial<Action> = {}, state?: State) =>
  evaluate({ date, action: { kind: 'vacancy.vote', tally, ...extra }, ...(state ? { state } : {}) });
const t = (f: number, a = 0, ab = 0): Tally => ({ for: f, against: a, abstain: ab });

describe('vacancy.vote: the issue examples', () => {
  it('2022-12-07, 101/6/10: permitted, passed, 87 required, margin 14, citing art. 113 and 89-A', () => {
    const v = vote('2022-12-07', t(101, 6, 10));
    expect(v).toMatchObject({
      permitted: true,
      passed: true,
      required: 87,
      base: 'legal',
      baseCount: 130,
      margin: 14,
    });
    const cites = v.citations.map((c) => c.cite).join(' ');
    expect(cites).toMatch(/Const\. art\. 113/);
    expect(cites).toMatch(/art\. 89-A/);
    expect(v.effects.map((e) => e.code)).toContain('office.vacated');
  });
  it('2017-12-21, 79/19/21: failed, 87 required, margin −8', () => {
    expect(vote('2017-12-21', t(79, 19, 21), { admittedOn: '2017-12-15' })).toMatchObject({
      permitted: true,
      passed: false,
      required: 87,
      margin: -8,
    });
  });
  it('2000-11-21, 62/9/9: passed by a majority of the 80 present (41)', () => {
    expect(vote('2000-11-21', t(62, 9, 9))).toMatchObject({
      passed: true,
      required: 41,
      base: 'present',
      baseCount: 80,
      margin: 21,
    });
  });
});

describe('vacancy.vote: threshold edges in every era', () => {
  it.each([
    ['2011-07-27', 130, 87],
    ['2026-07-27', 130, 87],
    ['2004-06-04', 120, 80],
    ['2011-07-26', 120, 80],
  ])('on %s (legal number %i) needs %i: one less fails', (date, seats, need) => {
    expect(vote(date, t(need)).passed).toBe(true);
    expect(vote(date, t(need - 1)).passed).toBe(false);
    expect(vote(date, t(need)).baseCount).toBe(seats);
  });
  it('before 2004-06-04 a majority of those present suffices, abstentions counting in the base', () => {
    expect(vote('2004-06-03', t(41, 40)).passed).toBe(true);
    expect(vote('2004-06-03', t(40, 40)).passed).toBe(false);
    expect(vote('2004-06-03', t(40, 39, 2)).passed).toBe(false); // 81 present → 41 needed
    expect(vote('1994-05-01', t(41, 39)).baseCount).toBe(80); // present, not the CCD's 80 seats by chance
  });
  it('the day art. 89-A took effect the bar jumps from a majority of present to 80 of 120', () => {
    expect(vote('2004-06-03', t(62, 9, 9)).passed).toBe(true);
    expect(vote('2004-06-04', t(62, 9, 9))).toMatchObject({ passed: false, required: 80, margin: -18 });
  });
  it('from 2026-07-28 the Chamber of Deputies needs 87 of 130 and the Senate 40 of 60', () => {
    const d = vote('2026-07-28', t(87), { chamber: 'deputies' });
    expect(d).toMatchObject({ passed: true, required: 87, chamber: 'deputies' });
    expect(vote('2026-07-28', t(86), { chamber: 'deputies' }).passed).toBe(false);
    expect(vote('2026-09-01', t(40), { chamber: 'senate' })).toMatchObject({ passed: true, required: 40 });
    expect(vote('2026-09-01', t(39), { chamber: 'senate' }).passed).toBe(false);
  });
  it('a Deputies vote alone does not vacate; the Senate vote does', () => {
    const d = vote('2026-09-01', t(100), { chamber: 'deputies' });
    expect(d.effects.map((e) => e.code)).toEqual(['vacancy.sent-to-senate']);
    const s = vote('2026-09-05', t(50), { chamber: 'senate' });
    expect(s.effects.map((e) => e.code)).toContain('office.vacated');
  });
  it('the Senate cannot vote a vacancy the Deputies have not approved (when the state says so)', () => {
    const none = vote('2026-09-05', t(50), { chamber: 'senate' }, { pendingMotions: [] });
    expect(none).toMatchObject({ permitted: false, passed: false });
    const approved = vote(
      '2026-09-05',
      t(50),
      { chamber: 'senate' },
      { pendingMotions: [{ kind: 'vacancy', approvedByDeputiesOn: '2026-09-01' }] },
    );
    expect(approved).toMatchObject({ permitted: true, passed: true });
  });
  it('the unicameral Congress no longer votes vacancies from 2026-07-28, and neither chamber did before', () => {
    const v = vote('2026-07-28', t(120), { chamber: 'congress' });
    expect(v.permitted).toBe(false);
    expect(v.reasons.join(' ')).toMatch(/Chamber of Deputies or the Senate/);
    expect(vote('2026-07-27', t(120), { chamber: 'deputies' }).permitted).toBe(false);
  });
});

describe('vacancy.vote: the 3rd–10th day window (art. 89-A c)', () => {
  it.each([
    [2, false],
    [3, true],
    [10, true],
    [11, false],
  ])('on day %i after admission: permitted %s', (day, ok) => {
    const admittedOn = '2020-11-02';
    const date = new Date(Date.UTC(2020, 10, 2 + day)).toISOString().slice(0, 10);
    expect(vote(date, t(105, 19, 4), { admittedOn }).permitted).toBe(ok);
  });
  it('the same day, if 4/5 of the legal number (104) agreed to shorten it (Boluarte, 2025-10-09)', () => {
    const admittedOn = '2025-10-09';
    expect(vote('2025-10-10', t(122), { admittedOn, expedite: t(118) })).toMatchObject({
      permitted: true,
      passed: true,
    });
    expect(vote('2025-10-10', t(122), { admittedOn, expedite: t(104) }).permitted).toBe(true);
    expect(vote('2025-10-10', t(122), { admittedOn, expedite: t(103) }).permitted).toBe(false);
    expect(vote('2025-10-10', t(122), { admittedOn }).permitted).toBe(false);
  });
  it('takes the admission date from the state when the action omits it', () => {
    const state: State = {
      pendingMotions: [{ kind: 'vacancy', target: 'martin-vizcarra', admittedOn: '2020-11-02' }],
    };
    expect(
      vote('2020-11-09', t(105, 19, 4), { target: 'martin-vizcarra' }, state).explanation.children!.some(
        (c) => (c.children ?? []).some((f) => f.code === 'vacancy.window.ok'),
      ),
    ).toBe(true);
    expect(vote('2020-11-03', t(105, 19, 4), { target: 'martin-vizcarra' }, state).permitted).toBe(false);
  });
  it('had no window before art. 89-A', () => {
    expect(vote('2000-11-21', t(62, 9, 9), { admittedOn: '2000-11-21' }).permitted).toBe(true);
  });
});

describe('vacancy.file and vacancy.admit', () => {
  const file = (date: string, signatures: number, chamber?: Action['chamber']) =>
    evaluate({ date, action: { kind: 'vacancy.file', signatures, ...(chamber ? { chamber } : {}) } });
  const admit = (date: string, tally: Tally, habiles?: number) =>
    evaluate({ date, action: { kind: 'vacancy.admit', tally, ...(habiles ? { habiles } : {}) } });

  it('filing needs 20 % of the legal number: 26 of 130, 24 of 120; 39 deputies from 2026', () => {
    expect(file('2017-12-15', 26).permitted).toBe(true);
    expect(file('2017-12-15', 25).permitted).toBe(false);
    expect(file('2005-05-01', 24).permitted).toBe(true);
    expect(file('2005-05-01', 23).permitted).toBe(false);
    expect(file('2026-08-01', 39).permitted).toBe(true);
    expect(file('2026-08-01', 38).permitted).toBe(false);
    expect(file('2026-08-01', 39).chamber).toBe('deputies');
    expect(file('2000-11-20', 1).permitted).toBe(true);
    expect(file('2004-06-03', 1).passed).toBeNull();
  });
  it('admission needs 40 % of members hábiles: 52 of 130, 47 of 117 hábiles', () => {
    expect(admit('2020-11-02', t(52))).toMatchObject({ passed: true, required: 52, base: 'habiles' });
    expect(admit('2020-11-02', t(51)).passed).toBe(false);
    expect(admit('2024-05-17', t(47), 117)).toMatchObject({ passed: true, required: 47, baseCount: 117 });
    expect(admit('2024-05-17', t(46), 117).passed).toBe(false);
    expect(admit('2024-05-17', t(32, 47, 20), 117).margin).toBe(-15);
  });
  it('admission takes members hábiles from the state when not given', () => {
    const v = evaluate({
      date: '2024-05-17',
      action: { kind: 'vacancy.admit', tally: t(47) },
      state: { habiles: { congress: 117 } },
    });
    expect(v).toMatchObject({ required: 47, baseCount: 117 });
  });
});

describe('vacancy.vote properties', () => {
  const dates = fc.constantFrom(
    '1999-01-01',
    '2004-06-03',
    '2004-06-04',
    '2008-01-01',
    '2017-12-21',
    '2026-07-27',
  );
  it('more votes in favour never turn a pass into a fail', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 118 }), fc.integer({ min: 0, max: 1 }), (date, f, ab) => {
        const a = vote(date, t(f, 0, ab));
        const b = vote(date, t(f + 1, 0, ab));
        if (a.passed) expect(b.passed).toBe(true);
      }),
    );
  });
  it('the required number lies within the base', () => {
    fc.assert(
      fc.property(
        dates,
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 30 }),
        (date, f, a, ab) => {
          const v = vote(date, t(f, a, ab));
          if (v.required !== null && v.baseCount !== null && v.baseCount > 0) {
            expect(v.required).toBeGreaterThan(0);
            expect(v.required).toBeLessThanOrEqual(v.baseCount);
          }
        },
      ),
    );
  });
});
