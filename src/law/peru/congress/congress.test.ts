/**
 * Dissolution, installation, reform, referendum and the TC election at every threshold and validity edge
 * (Const. arts. 134–136, 201, 206; Ley 31399; Ley 31988).
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../engine/evaluate.js';
import { INTERPRETATIONS } from '../../interpretations.js';
import type { Action, Tally } from '../../types.js';
import type { FallenCouncil, State } from '../../state.js';
import { congressTerm, lastYearStarts, presidentialTerm } from './terms.js';

const ev = (date: string, action: Action, state?: State, interpretations?: Record<string, string>) =>
  evaluate({ date, action, ...(state ? { state } : {}), ...(interpretations ? { interpretations } : {}) });
const t = (f: number, a = 0, ab = 0): Tally => ({ for: f, against: a, abstain: ab });
const cites = (v: { citations: { cite: string }[] }) => v.citations.map((c) => c.cite).join(' | ');
const findings = (v: ReturnType<typeof evaluate>) =>
  (v.explanation.children ?? [])
    .filter((c) => c.code === 'findings')
    .flatMap((c) => c.children ?? [])
    .map((c) => c.code);

const ZAVALA: FallenCouncil = {
  date: '2017-09-15',
  how: 'confidence-denied',
  primeMinister: 'fernando-zavala',
  president: 'pedro-pablo-kuczynski',
  term: '2016-2021',
  congress: '2016-2021',
};
const DEL_SOLAR: FallenCouncil = {
  date: '2019-09-30',
  how: 'factual-denial',
  primeMinister: 'salvador-del-solar',
  president: 'martin-vizcarra',
  term: '2016-2021',
  congress: '2016-2021',
};
const STATE_2019: State = {
  offices: { president: 'martin-vizcarra' },
  fallenCouncils: [ZAVALA, DEL_SOLAR],
  statesOfException: [],
};
/** The record on 2022-12-07: Castillo's Councils never fell by censure or an express refusal; the 2016-2021 falls belong to another term and Congress. */
const STATE_2022: State = {
  offices: { president: 'pedro-castillo' },
  fallenCouncils: [
    ZAVALA,
    DEL_SOLAR,
    {
      date: '2020-08-04',
      how: 'investiture-denied',
      primeMinister: 'pedro-cateriano',
      president: 'martin-vizcarra',
      term: '2016-2021',
      congress: '2020-2021',
    },
    // The Mesa rejected Torres's question de plano on 2022-11-24; the government called it a refusal.
    {
      date: '2022-11-24',
      how: 'factual-denial',
      primeMinister: 'anibal-torres',
      president: 'pedro-castillo',
      term: '2021-2026',
      congress: '2021-2026',
    },
  ],
  statesOfException: [],
};

describe('terms computed from the calendar', () => {
  it.each([
    ['1994-06-01', 'CCD-1993-1995', '1990-1995'],
    ['1995-07-27', '1995-2000', '1990-1995'],
    ['1995-07-28', '1995-2000', '1995-2000'],
    ['2000-11-21', '2000-2001', '2000-2001'],
    ['2019-09-30', '2016-2021', '2016-2021'],
    ['2021-07-26', '2016-2021', '2016-2021'],
    ['2021-07-27', '2021-2026', '2016-2021'],
    ['2021-07-28', '2021-2026', '2021-2026'],
    ['2026-09-01', '2026-2031', '2026-2031'],
  ])('%s: Congress %s, President %s', (date, congress, president) => {
    expect(congressTerm({}, date).id).toBe(congress);
    expect(presidentialTerm({}, date).id).toBe(president);
  });
  it('the last year of the 2016-2021 Congress starts on 2020-07-27', () => {
    expect(lastYearStarts('2021-07-26')).toBe('2020-07-27');
  });
});

describe('congress.dissolve (Art. 134)', () => {
  it('2019-09-30 with the 2017 refusal and the factual denial: permitted under the defaults', () => {
    const v = ev('2019-09-30', { kind: 'congress.dissolve' }, STATE_2019);
    expect(v.permitted).toBe(true);
    expect(v.interpretations.map((i) => `${i.key}=${i.option}`).sort()).toEqual([
      'confidence.factual-denial=accepted',
      'dissolution.count-scope=term',
    ]);
    expect(v.effects.map((e) => e.code)).toEqual([
      'congress.dissolved',
      'elections.within',
      'permanent-commission.stays',
      'interregnum.decrees',
      'elections.failed-restores',
    ]);
    expect(v.effects[1]!.params).toMatchObject({ months: 4, by: '2020-01-30' });
  });
  it('… not permitted under confidence.factual-denial = rejected', () => {
    const v = ev('2019-09-30', { kind: 'congress.dissolve' }, STATE_2019, {
      'confidence.factual-denial': 'rejected',
    });
    expect(v.permitted).toBe(false);
    expect(findings(v)).toContain('dissolution.factual-not-counted');
    expect(findings(v)).toContain('dissolution.art-117');
  });
  it('… not permitted when only the current President’s falls count; permitted when the Congress’s count', () => {
    expect(
      ev('2019-09-30', { kind: 'congress.dissolve' }, STATE_2019, { 'dissolution.count-scope': 'president' })
        .permitted,
    ).toBe(false);
    expect(
      ev('2019-09-30', { kind: 'congress.dissolve' }, STATE_2019, { 'dissolution.count-scope': 'congress' })
        .permitted,
    ).toBe(true);
  });
  it('2022-12-07 with the real state: not permitted under every interpretation', () => {
    const scope = INTERPRETATIONS.find((i) => i.key === 'dissolution.count-scope')!.options.map((o) => o.id);
    const factual = INTERPRETATIONS.find((i) => i.key === 'confidence.factual-denial')!.options.map(
      (o) => o.id,
    );
    for (const s of scope)
      for (const f of factual) {
        const v = ev('2022-12-07', { kind: 'congress.dissolve' }, STATE_2022, {
          'dissolution.count-scope': s,
          'confidence.factual-denial': f,
        });
        expect(v.permitted, `${s}/${f}`).toBe(false);
        expect(findings(v)).toContain('dissolution.councils.short');
      }
  });
  it('never without a state that shows two fallen Councils', () => {
    const v = ev('2019-09-30', { kind: 'congress.dissolve' });
    expect(v.permitted).toBe(false);
    expect(findings(v)).toContain('dissolution.count-unknown');
  });
  const two: State = {
    fallenCouncils: [
      { date: '2017-09-15', how: 'censure' },
      { date: '2018-01-10', how: 'confidence-denied' },
    ],
    statesOfException: [],
  };
  it.each([
    ['2020-07-26', true],
    ['2020-07-27', false],
    ['2021-07-26', false],
  ])('in the last year of Congress’s term: on %s permitted %s', (date, permitted) => {
    expect(ev(date, { kind: 'congress.dissolve' }, two).permitted).toBe(permitted);
  });
  it.each([
    ['1999-07-26', true],
    ['1999-07-27', false],
    ['2010-07-26', true],
    ['2010-07-27', false],
  ])(
    'in the 120-seat Congress: on %s permitted %s (last year of the 1995-2000 and 2006-2011 periods)',
    (date, permitted) => {
      const y = date.slice(0, 4);
      const s: State = {
        fallenCouncils: [
          { date: `${y}-01-10`, how: 'censure' },
          { date: `${y}-02-10`, how: 'confidence-denied' },
        ],
        statesOfException: [],
      };
      expect(ev(date, { kind: 'congress.dissolve' }, s).permitted).toBe(permitted);
    },
  );
  it('the last year comes from state.congressTerm when given', () => {
    const s = { ...two, congressTerm: { from: '2016-07-27', to: '2019-12-31' } };
    expect(ev('2019-01-01', { kind: 'congress.dissolve' }, s).permitted).toBe(false);
    expect(ev('2018-12-31', { kind: 'congress.dissolve' }, s).permitted).toBe(true);
  });
  it('never under a state of siege, but an emergency does not bar it', () => {
    const siege = {
      ...two,
      statesOfException: [{ kind: 'siege' as const, from: '2019-01-01', to: '2019-02-14' }],
    };
    expect(findings(ev('2019-02-14', { kind: 'congress.dissolve' }, siege))).toContain(
      'dissolution.under-siege',
    );
    expect(ev('2019-02-15', { kind: 'congress.dissolve' }, siege).permitted).toBe(true);
    const emergency = {
      ...two,
      statesOfException: [{ kind: 'emergency' as const, from: '2019-01-01', to: '2019-03-01' }],
    };
    expect(ev('2019-02-01', { kind: 'congress.dissolve' }, emergency).permitted).toBe(true);
  });
  it('not again while Congress is dissolved', () => {
    expect(
      ev('2019-10-30', { kind: 'congress.dissolve' }, { ...STATE_2019, congressDissolved: true }).permitted,
    ).toBe(false);
  });
  it('the issue example: 2026-09-01, the Senate → not permitted, citing Ley 31988', () => {
    const v = ev('2026-09-01', { kind: 'congress.dissolve', chamber: 'senate' }, two);
    expect(v.permitted).toBe(false);
    expect(v.reasons.join(' ')).toMatch(/Senate cannot be dissolved/);
    expect(cites(v)).toMatch(/Ley 31988/);
  });
  it('from 2026-07-28 only the Chamber of Deputies, on the same trigger; the Senate stays', () => {
    const s: State = {
      fallenCouncils: [
        { date: '2026-10-01', how: 'censure' },
        { date: '2027-03-01', how: 'confidence-denied' },
      ],
      statesOfException: [],
    };
    const v = ev('2027-06-01', { kind: 'congress.dissolve' }, s);
    expect(v).toMatchObject({ chamber: 'deputies', permitted: true, rule: 'congress.dissolve@2026-07-28' });
    expect(v.effects.map((e) => e.code)).toContain('senate.stays');
    expect(ev('2027-06-01', { kind: 'congress.dissolve', chamber: 'congress' }, s).permitted).toBe(false);
    expect(ev('2026-07-27', { kind: 'congress.dissolve' }, s).rule).toBe('congress.dissolve@1993-12-31');
  });
});

describe('congress.install (Arts. 135–136)', () => {
  it('a Congress elected after a dissolution completes the term and may censure after the interregnum report', () => {
    expect(ev('2020-03-16', { kind: 'congress.install' }, { congressDissolved: true }).effects[0]!.code).toBe(
      'congress.installed-after-dissolution',
    );
    expect(ev('2021-07-27', { kind: 'congress.install' }).effects[0]!.params).toMatchObject({
      term: '2021-2026',
    });
    expect(ev('2026-07-28', { kind: 'congress.install', chamber: 'senate' }).permitted).toBe(true);
  });
});

describe('reform.vote (Art. 206)', () => {
  it.each([
    ['2005-03-01', 'congress', 'referendum', 61],
    ['2005-03-01', 'congress', 'two-legislatures', 81],
    ['2022-12-20', 'congress', 'referendum', 66],
    ['2022-12-20', 'congress', 'two-legislatures', 87],
    ['2026-09-01', 'deputies', 'referendum', 66],
    ['2026-09-01', 'deputies', 'two-legislatures', 87],
    ['2026-09-01', 'senate', 'referendum', 31],
    ['2026-09-01', 'senate', 'two-legislatures', 41],
  ] as const)('on %s in %s by the %s route needs %i', (date, chamber, route, required) => {
    const a: Action = { kind: 'reform.vote', chamber, route, tally: t(required) };
    expect(ev(date, a)).toMatchObject({ permitted: true, passed: true, required });
    expect(ev(date, { ...a, tally: t(required - 1) }).passed).toBe(false);
  });
  it('the 2022-12-16 early-election vote (49-33-25) failed; 2022-12-20 (93-30-1) passed a first vote', () => {
    expect(
      ev('2022-12-16', { kind: 'reform.vote', route: 'two-legislatures', tally: t(49, 33, 25) }).passed,
    ).toBe(false);
    const v = ev('2022-12-20', { kind: 'reform.vote', route: 'two-legislatures', tally: t(93, 30, 1) });
    expect(v.passed).toBe(true);
    expect(v.effects.map((e) => e.code)).toContain('reform.second-legislature');
  });
  it('versions: genuine legislatures from 2021-11-27, per chamber from 2026-07-28', () => {
    expect(ev('2021-11-26', { kind: 'reform.vote', tally: t(1) }).rule).toBe('reform.vote@1993-12-31');
    expect(ev('2021-11-27', { kind: 'reform.vote', tally: t(1) }).rule).toBe('reform.vote@2021-11-27');
    expect(ev('2026-07-28', { kind: 'reform.vote', tally: t(1) }).rule).toBe('reform.vote@2026-07-28');
  });
  it('a constituent assembly has no procedure; the engine names the Art. 206 route', () => {
    for (const date of ['1995-01-01', '2022-12-07', '2027-01-01']) {
      const v = ev(date, { kind: 'reform.vote', proposal: 'constituent-assembly', tally: t(60) });
      expect(v.permitted).toBe(false);
      expect(v.reasons.join(' ')).toMatch(/no procedure in the 1993 Constitution.*Art\. 206/);
    }
    expect(ev('2022-12-07', { kind: 'reform.vote', proposal: 'total-reform', tally: t(66) }).passed).toBe(
      true,
    );
  });
});

describe('referendum.hold (Art. 206, Ley 26300, Ley 31399)', () => {
  it.each([
    ['2022-01-30', 'citizen-initiative', true],
    ['2022-01-31', 'citizen-initiative', false],
    ['2022-01-31', 'congress-approved', true],
    ['2018-12-09', 'congress-approved', true],
    ['2010-01-01', 'executive', false],
  ] as const)('on %s a referendum of origin %s: permitted %s', (date, origin, permitted) => {
    expect(ev(date, { kind: 'referendum.hold', origin }).permitted).toBe(permitted);
  });
  it('cites Ley 31399 once it applies, and refuses a constituent-assembly referendum', () => {
    expect(cites(ev('2022-11-17', { kind: 'referendum.hold', origin: 'citizen-initiative' }))).toMatch(
      /Ley 31399/,
    );
    expect(
      ev('2022-11-17', {
        kind: 'referendum.hold',
        origin: 'congress-approved',
        proposal: 'constituent-assembly',
      }).permitted,
    ).toBe(false);
  });
});

describe('tc.elect (Art. 201)', () => {
  it('the issue example: 2022-05-10, 86 → fails, 87 needed', () => {
    expect(ev('2022-05-10', { kind: 'tc.elect', tally: t(86, 30, 5) })).toMatchObject({
      passed: false,
      required: 87,
      margin: -1,
    });
    expect(ev('2022-05-10', { kind: 'tc.elect', tally: t(98, 21, 6) }).passed).toBe(true);
  });
  it.each([
    ['1996-06-01', 'congress', 80],
    ['2011-07-26', 'congress', 80],
    ['2011-07-27', 'congress', 87],
    ['2026-07-27', 'congress', 87],
    ['2026-07-28', 'senate', 40],
  ] as const)('on %s in %s needs %i', (date, chamber, required) => {
    expect(ev(date, { kind: 'tc.elect', chamber, tally: t(required) }).passed).toBe(true);
    expect(ev(date, { kind: 'tc.elect', chamber, tally: t(required - 1) }).passed).toBe(false);
  });
  it('from 2026-07-28 the Senate elects, not the Deputies', () => {
    expect(ev('2026-07-28', { kind: 'tc.elect', chamber: 'deputies', tally: t(100) }).permitted).toBe(false);
    expect(ev('2026-07-28', { kind: 'tc.elect', tally: t(40) }).chamber).toBe('senate');
  });
});
