/**
 * Constitutional accusation and political trial (Const. arts. 99–100, 117; Reglamento art. 89) and the
 * suspension of the presidency (art. 114), at every threshold and validity edge.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../engine/evaluate.js';
import type { Action, Tally } from '../../types.js';
import type { State } from '../../state.js';

const ev = (date: string, action: Action, state?: State) =>
  evaluate({ date, action, ...(state ? { state } : {}) });
const t = (f: number, a = 0, ab = 0): Tally => ({ for: f, against: a, abstain: ab });
const codes = (v: ReturnType<typeof evaluate>) =>
  (v.explanation.children ?? [])
    .filter((c) => c.code === 'findings')
    .flatMap((c) => c.children ?? [])
    .map((c) => c.code);

describe('accusation.vote: base without the Permanent Commission (2004-06-04 → 2026-07-28)', () => {
  it.each([
    ['2024-03-07', 130, 30, 'accusation', 51],
    ['2024-03-07', 130, 30, 'sanction', 67],
    ['2024-03-07', 130, 29, 'accusation', 51],
    ['2024-03-07', 130, 29, 'sanction', 68],
    ['2004-06-04', 120, 30, 'accusation', 46],
    ['2004-06-04', 120, 30, 'sanction', 60],
  ] as const)(
    'on %s (%i seats, %i in the Commission), %s needs %i',
    (date, seats, members, stage, required) => {
      const s = { permanentCommissionMembers: members };
      const v = ev(date, { kind: 'accusation.vote', stage, tally: t(required) }, s);
      expect(v).toMatchObject({
        passed: true,
        required,
        base: 'permanent-commission-excluded',
        baseCount: seats - members,
      });
      expect(ev(date, { kind: 'accusation.vote', stage, tally: t(required - 1) }, s).passed).toBe(false);
    },
  );
  it('the 2024 JNJ disqualifications passed with exactly 67', () => {
    expect(
      ev(
        '2024-03-07',
        { kind: 'accusation.vote', stage: 'sanction', tally: t(67, 30, 3) },
        { permanentCommissionMembers: 30 },
      ).margin,
    ).toBe(0);
  });
  it('without the Commission’s size the base is unknown: said, not guessed', () => {
    const v = ev('2024-03-07', { kind: 'accusation.vote', stage: 'sanction', tally: t(67) });
    expect(v).toMatchObject({ permitted: true, required: null, passed: null });
    expect(codes(v)).toContain('accusation.base-unknown');
  });
  it('2004-06-03: a simple majority of those present', () => {
    expect(
      ev('2004-06-03', { kind: 'accusation.vote', stage: 'sanction', tally: t(41, 40, 0) }),
    ).toMatchObject({
      passed: true,
      required: 41,
      base: 'present',
    });
  });
});

describe('accusation.vote from 2026-07-28: Deputies accuse, the Senate decides (majorities unknown)', () => {
  it('Deputies accuse with more than half of 130 (66, low confidence); the Senate sanctions with 2/3 of 60 (40)', () => {
    const d = ev('2026-07-28', { kind: 'accusation.vote', stage: 'accusation', tally: t(66) });
    expect(d).toMatchObject({ chamber: 'deputies', passed: true, required: 66 });
    expect(codes(d)).toContain('accusation.threshold-unverified');
    expect(d.effects[0]!.code).toBe('accusation.sent-to-senate');
    const s = ev('2026-07-28', {
      kind: 'accusation.vote',
      chamber: 'senate',
      stage: 'sanction',
      tally: t(40),
    });
    expect(s).toMatchObject({ passed: true, required: 40 });
    expect(
      ev('2026-07-28', { kind: 'accusation.vote', chamber: 'senate', stage: 'sanction', tally: t(39) })
        .passed,
    ).toBe(false);
  });
  it('the Deputies cannot sanction and the Senate cannot accuse', () => {
    expect(ev('2026-09-01', { kind: 'accusation.vote', stage: 'sanction', tally: t(100) }).permitted).toBe(
      false,
    );
    expect(
      ev('2026-09-01', { kind: 'accusation.vote', chamber: 'senate', stage: 'accusation', tally: t(50) })
        .permitted,
    ).toBe(false);
  });
  it('the version changes on 2026-07-28', () => {
    expect(
      ev('2026-07-27', { kind: 'accusation.vote', tally: t(1) }, { permanentCommissionMembers: 30 }).rule,
    ).toBe('accusation.vote@2004-06-04');
    expect(ev('2026-07-28', { kind: 'accusation.vote', tally: t(1) }).rule).toBe(
      'accusation.vote@2026-07-28',
    );
  });
});

describe('Art. 117: what a sitting President may be accused of', () => {
  const s: State = { offices: { president: 'pedro-castillo' }, permanentCommissionMembers: 30 };
  it.each([
    ['treason', true],
    ['dissolving-congress', true],
    ['preventing-elections', true],
    ['preventing-congress', true],
    ['other-crime', false],
    ['constitutional-infraction', false],
  ] as const)('charge %s: permitted %s', (charge, permitted) => {
    expect(
      ev('2022-10-15', { kind: 'accusation.vote', target: 'pedro-castillo', charge, tally: t(60) }, s)
        .permitted,
    ).toBe(permitted);
  });
  it('does not restrict accusations of others', () => {
    expect(
      ev('2022-10-15', { kind: 'accusation.vote', target: 'someone', charge: 'other-crime', tally: t(60) }, s)
        .permitted,
    ).toBe(true);
  });
});

describe('president.suspend (Art. 114)', () => {
  it('temporary incapacity by ordinary majority (low confidence); the first Vice President takes charge', () => {
    const v = ev(
      '2010-01-01',
      { kind: 'president.suspend', ground: 'temporary-incapacity', tally: t(61, 59) },
      {
        offices: {
          president: 'p',
          firstVicePresident: 'vp1',
          secondVicePresident: 'vp2',
          presidentOfCongress: 'pc',
        },
      },
    );
    expect(v).toMatchObject({ passed: true, required: 61 });
    expect(v.effects.map((e) => e.code)).toEqual(['presidency.suspended', 'succession.next']);
    expect(v.effects[1]!.params).toMatchObject({ role: 'first-vice-president', person: 'vp1' });
  });
  it('a judicial process only on an Art. 117 charge', () => {
    const s: State = { offices: { president: 'p' } };
    expect(
      ev(
        '2010-01-01',
        {
          kind: 'president.suspend',
          ground: 'judicial-process',
          target: 'p',
          charge: 'other-crime',
          tally: t(100),
        },
        s,
      ).permitted,
    ).toBe(false);
    expect(
      ev(
        '2010-01-01',
        {
          kind: 'president.suspend',
          ground: 'judicial-process',
          target: 'p',
          charge: 'treason',
          tally: t(100),
        },
        s,
      ).permitted,
    ).toBe(true);
  });
});
