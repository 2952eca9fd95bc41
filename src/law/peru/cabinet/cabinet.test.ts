/**
 * The cabinet procedures at every threshold and validity edge, in the 120- and 130-seat Congress and the
 * 130-seat Chamber of Deputies (Const. arts. 130–133; Reglamento arts. 82–86; Ley 31355; Ley 31988).
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../engine/evaluate.js';
import type { Action, Tally } from '../../types.js';
import type { State } from '../../state.js';

const ev = (date: string, action: Action, state?: State, interpretations?: Record<string, string>) =>
  evaluate({ date, action, ...(state ? { state } : {}), ...(interpretations ? { interpretations } : {}) });
const t = (f: number, a = 0, ab = 0): Tally => ({ for: f, against: a, abstain: ab });
const cites = (v: { citations: { cite: string }[] }) => v.citations.map((c) => c.cite).join(' | ');
const effects = (v: ReturnType<typeof evaluate>) => v.effects.map((e) => e.code);
const findings = (v: ReturnType<typeof evaluate>) =>
  (v.explanation.children ?? [])
    .filter((c) => c.code === 'findings')
    .flatMap((c) => c.children ?? [])
    .map((c) => c.code);

// 120 seats (1995-07-27 → 2011-07-26), 130 seats (2011-07-27 → 2026-07-27), Deputies 130 (2026-07-28 →).
const D120 = '2005-03-01';
const D130 = '2019-06-01';
const DBI = '2026-09-01';

describe('cabinet.investiture (Art. 130)', () => {
  it('needs a majority of members present by default: 64-58-2 (124 present) needs 63', () => {
    const v = ev('2022-03-09', { kind: 'cabinet.investiture', tally: t(64, 58, 2) });
    expect(v).toMatchObject({ permitted: true, passed: true, required: 63, base: 'present', margin: 1 });
    expect(v.interpretations.map((i) => `${i.key}=${i.option}`)).toEqual(['investiture.majority=present']);
  });
  it.each([
    [D120, 120, 61],
    [D130, 130, 66],
  ])('under investiture.majority = legal on %s (%i seats) needs %i', (date, seats, required) => {
    const v = ev(date, { kind: 'cabinet.investiture', tally: t(required - 1, 0, 0) }, undefined, {
      'investiture.majority': 'legal',
    });
    expect(v).toMatchObject({ passed: false, required, baseCount: seats, margin: -1 });
    const ok = ev(date, { kind: 'cabinet.investiture', tally: t(required, 0, 0) }, undefined, {
      'investiture.majority': 'legal',
    });
    expect(ok.passed).toBe(true);
  });
  it('before the 2021 Congress the default counts only votes for and against: Del Solar, 2019-04-05, 46-27-21', () => {
    const v = ev('2019-04-05', { kind: 'cabinet.investiture', tally: t(46, 27, 21) });
    expect(v).toMatchObject({ passed: true, required: 37, base: 'cast' });
    expect(v.interpretations[0]).toMatchObject({
      key: 'investiture.majority',
      option: 'cast',
      chosen: 'default',
    });
    const present = ev('2019-04-05', { kind: 'cabinet.investiture', tally: t(46, 27, 21) }, undefined, {
      'investiture.majority': 'present',
    });
    expect(present).toMatchObject({ passed: false, required: 48 });
  });
  it.each([
    ['2021-07-26', 'cast'],
    ['2021-07-27', 'present'],
  ])('the default on %s is %s', (date, option) => {
    const v = ev(date, { kind: 'cabinet.investiture', tally: t(60, 50, 10) });
    expect(v.interpretations[0]!.option).toBe(option);
  });
  it('a refusal is a total crisis that counts toward Art. 134 (Cateriano, 2020-08-04, 37-54-34)', () => {
    const v = ev('2020-08-04', { kind: 'cabinet.investiture', tally: t(37, 54, 34) });
    expect(v).toMatchObject({ permitted: true, passed: false, required: 46, base: 'cast' });
    expect(effects(v)).toEqual(['cabinet.crisis-total', 'council.counts-toward-dissolution']);
  });
  it('presenting after the 30 days is noted but does not block the vote', () => {
    const v = ev(
      '2022-03-09',
      { kind: 'cabinet.investiture', tally: t(64, 58, 2) },
      { councilAppointedOn: '2022-02-06' },
    );
    expect(v.permitted).toBe(true);
    expect(findings(v)).toContain('investiture.deadline.late');
    const inTime = ev(
      '2022-03-09',
      { kind: 'cabinet.investiture', tally: t(64, 58, 2) },
      { councilAppointedOn: '2022-02-07' },
    );
    expect(findings(inTime)).toContain('investiture.deadline.ok');
  });
  it('exists on 2026-07-27 and is abolished from 2026-07-28 (Ley 31988), with the reason', () => {
    expect(ev('2026-07-27', { kind: 'cabinet.investiture', tally: t(66) }).permitted).toBe(true);
    const v = ev('2026-07-28', { kind: 'cabinet.investiture', chamber: 'deputies', tally: t(100) });
    expect(v.permitted).toBe(false);
    expect(v.reasons.join(' ')).toMatch(/no investiture vote/);
    expect(cites(v)).toMatch(/Ley 31988/);
  });
  it('cabinet.appoint sets the 30-day deadline; from 2026 a presentation without vote', () => {
    const v = ev('2022-02-08', { kind: 'cabinet.appoint', target: 'anibal-torres' });
    expect(v.effects[1]).toMatchObject({ code: 'investiture.due', params: { by: '2022-03-10', days: 30 } });
    expect(ev(DBI, { kind: 'cabinet.appoint' }).effects[1]!.code).toBe('investiture.presentation-due');
  });
});

describe('interpellation (Art. 131)', () => {
  it.each([
    [D120, 18],
    [D130, 20],
    [DBI, 20],
  ])('filing on %s needs %i signatures (15 %)', (date, required) => {
    expect(ev(date, { kind: 'interpellation.file', signatures: required }).permitted).toBe(true);
    const short = ev(date, { kind: 'interpellation.file', signatures: required - 1 });
    expect(short.permitted).toBe(false);
    expect(findings(short)).toEqual(['signatures.short']);
  });
  it.each([
    [D120, undefined, 40],
    [D130, undefined, 44],
    [D130, 100, 34],
    [DBI, undefined, 44],
  ])('admission on %s with %s hábiles needs %i (one third)', (date, habiles, required) => {
    const a: Action = { kind: 'interpellation.admit', tally: t(required), ...(habiles ? { habiles } : {}) };
    expect(ev(date, a)).toMatchObject({ passed: true, required, base: 'habiles' });
    expect(ev(date, { ...a, tally: t(required - 1) }).passed).toBe(false);
  });
  it('an admitted interpellation is scheduled between the 3rd and 10th day', () => {
    const v = ev('2022-03-03', { kind: 'interpellation.admit', tally: t(60) });
    expect(v.effects.find((e) => e.code === 'interpellation.scheduled')?.params).toMatchObject({
      from: '2022-03-06',
      to: '2022-03-13',
    });
  });
  it('moves to the Chamber of Deputies on 2026-07-28', () => {
    expect(ev('2026-07-27', { kind: 'interpellation.file', signatures: 20 }).chamber).toBe('congress');
    expect(ev('2026-07-28', { kind: 'interpellation.file', signatures: 20 }).chamber).toBe('deputies');
    expect(
      ev('2026-07-28', { kind: 'interpellation.file', chamber: 'senate', signatures: 20 }).permitted,
    ).toBe(false);
  });
});

describe('censure (Art. 132)', () => {
  it('the issue example: 2019-06-01, 65 for → fails, 66 needed', () => {
    expect(ev('2019-06-01', { kind: 'censure.vote', tally: t(65, 10, 5) })).toMatchObject({
      permitted: true,
      passed: false,
      required: 66,
      margin: -1,
      base: 'legal',
    });
  });
  it.each([
    [D120, 30, 61],
    [D130, 33, 66],
    [DBI, 33, 66],
  ])('on %s: %i signatures to file, %i votes to approve', (date, signatures, votes) => {
    expect(ev(date, { kind: 'censure.file', signatures }).permitted).toBe(true);
    expect(ev(date, { kind: 'censure.file', signatures: signatures - 1 }).permitted).toBe(false);
    expect(ev(date, { kind: 'censure.vote', tally: t(votes) }).passed).toBe(true);
    expect(ev(date, { kind: 'censure.vote', tally: t(votes - 1) }).passed).toBe(false);
  });
  it.each([
    ['2022-03-25', false, 'censure.window.early-no-expedite'],
    ['2022-03-26', true, 'censure.window.ok'],
    ['2022-04-01', true, 'censure.window.ok'],
    ['2022-04-02', false, 'censure.window.late'],
    ['2022-03-21', false, 'censure.window.before-admission'],
  ])('filed 2022-03-22, voted %s: permitted %s (%s)', (date, permitted, code) => {
    const v = ev(date, { kind: 'censure.vote', filedOn: '2022-03-22', tally: t(71, 32, 13) });
    expect(v.permitted).toBe(permitted);
    expect(findings(v)).toEqual([code]);
  });
  it('reads the filing date from a pending motion in the state', () => {
    const v = ev(
      '2022-03-24',
      { kind: 'censure.vote', tally: t(80) },
      {
        pendingMotions: [{ kind: 'censure', filedOn: '2022-03-22' }],
      },
    );
    expect(v.permitted).toBe(false);
  });
  it('censure of a minister: resign within 72 hours; of the Council: total crisis counting toward Art. 134', () => {
    const m = ev(D130, { kind: 'censure.vote', scope: 'minister', tally: t(70) });
    expect(effects(m)).toEqual(['censure.must-resign', 'censure.minister-only']);
    expect(m.effects[0]!.params).toMatchObject({ hours: 72, by: '2019-06-04' });
    const c = ev(D130, { kind: 'censure.vote', scope: 'council', tally: t(70) });
    expect(effects(c)).toEqual([
      'censure.must-resign',
      'cabinet.crisis-total',
      'council.counts-toward-dissolution',
    ]);
    const pm = ev(
      D130,
      { kind: 'censure.vote', target: 'pm', tally: t(70) },
      { offices: { primeMinister: 'pm' } },
    );
    expect(effects(pm)).toContain('cabinet.crisis-total');
  });
  it('the Chamber of Deputies from 2026-07-28, citing Ley 31988; not the Senate', () => {
    const v = ev('2026-07-28', { kind: 'censure.vote', tally: t(66) });
    expect(v).toMatchObject({ chamber: 'deputies', passed: true, required: 66 });
    expect(cites(v)).toMatch(/Ley 31988/);
    expect(ev('2026-07-28', { kind: 'censure.vote', chamber: 'senate', tally: t(40) }).permitted).toBe(false);
    expect(ev('2026-07-27', { kind: 'censure.vote', tally: t(66) }).chamber).toBe('congress');
  });
});

describe('question of confidence (Arts. 132–133, Reglamento 86, Ley 31355)', () => {
  const raise = (date: string, matter: Action['matter']) =>
    ev(date, { kind: 'confidence.raise', scope: 'council', ...(matter ? { matter } : {}) });
  it('the issue example: 2022-11-17, a bill about the constitutional-reform referendum → not permitted (Ley 31355)', () => {
    const v = raise('2022-11-17', 'constitutional-reform');
    expect(v.permitted).toBe(false);
    expect(cites(v)).toMatch(/Ley 31355/);
    expect(findings(v)).toEqual(['confidence.matter.rejected-de-plano']);
    expect(raise('2022-11-17', 'congress-exclusive-power').permitted).toBe(false);
  });
  it.each([
    ['2018-03-09', 'bill', true],
    ['2018-03-10', 'bill', false],
    ['2018-11-19', 'bill', false],
    ['2018-11-20', 'bill', true],
    ['2019-09-30', 'congress-exclusive-power', true],
    ['2021-10-21', 'constitutional-reform', true],
    ['2021-10-22', 'constitutional-reform', false],
    ['2021-10-22', 'autonomous-body', false],
    ['2021-10-22', 'bill', true],
    ['2021-10-22', 'government-policy', true],
    ['2026-07-27', 'constitutional-reform', false],
    ['2026-07-28', 'constitutional-reform', false],
    ['2026-07-28', 'government-policy', true],
  ] as const)('on %s a question on %s: permitted %s', (date, matter, permitted) => {
    expect(raise(date, matter).permitted).toBe(permitted);
  });
  it('versions change on the day each instrument took effect', () => {
    expect(raise('2018-03-10', 'bill').rule).toBe('confidence.raise@2018-03-10');
    expect(raise('2018-11-20', 'bill').rule).toBe('confidence.raise@2018-11-20');
    expect(findings(raise('2021-11-15', 'constitutional-reform'))).toEqual(['confidence.matter.excluded']);
    expect(findings(raise('2021-11-16', 'constitutional-reform'))).toEqual([
      'confidence.matter.rejected-de-plano',
    ]);
    expect(raise('2026-07-28', 'bill').chamber).toBe('deputies');
  });
  it('a bill under Ley 31355 is conditional, not blocked; no matter lists the exclusions', () => {
    expect(findings(raise('2022-06-01', 'bill'))).toEqual(['confidence.matter.conditional']);
    expect(findings(raise('2022-06-01', undefined))).toEqual(['confidence.matter-unstated']);
  });
  it('refusing a Council question is a total crisis (Zavala, 2017-09-15, 22-77-16)', () => {
    const v = ev('2017-09-15', { kind: 'confidence.vote', scope: 'council', tally: t(22, 77, 16) });
    expect(v).toMatchObject({ passed: false, required: 58, base: 'present' });
    expect(effects(v)).toEqual(['cabinet.crisis-total', 'council.counts-toward-dissolution']);
  });
  it('refusing a minister’s question forces that minister out; from Ley 31355 only the express vote refuses', () => {
    expect(
      effects(ev('2017-01-10', { kind: 'confidence.vote', scope: 'minister', tally: t(10, 50) })),
    ).toEqual(['confidence.minister-must-resign']);
    expect(
      effects(ev('2022-01-10', { kind: 'confidence.vote', scope: 'minister', tally: t(10, 50) })),
    ).toEqual(['confidence.minister-must-resign', 'confidence.refusal-express']);
  });
  it('an excluded question is declared improcedente, not refused, from 2021-11-16', () => {
    const v = ev('2022-11-24', {
      kind: 'confidence.vote',
      matter: 'constitutional-reform',
      scope: 'council',
      tally: t(10, 80),
    });
    expect(v.permitted).toBe(false);
    expect(findings(v)).toEqual(['confidence.matter.improcedente']);
    expect(effects(v)).toEqual([]);
  });
});

describe('confidence.vote threshold: a majority of those present, in every chamber size', () => {
  it.each([
    ['1994-06-01', 80, 41],
    [D120, 120, 61],
    [D130, 130, 66],
    [DBI, 130, 66],
  ] as const)('on %s with all %i present: %i needed', (date, seats, required) => {
    const ok = ev(date, { kind: 'confidence.vote', tally: t(required, seats - required, 0) });
    expect(ok).toMatchObject({ passed: true, required, base: 'present' });
    const short = ev(date, { kind: 'confidence.vote', tally: t(required - 1, seats - required + 1, 0) });
    expect(short.passed).toBe(false);
  });
  it('the vote moves to the Chamber of Deputies on 2026-07-28', () => {
    expect(ev('2026-07-27', { kind: 'confidence.vote', tally: t(66) }).chamber).toBe('congress');
    expect(ev('2026-07-28', { kind: 'confidence.vote', tally: t(66) }).chamber).toBe('deputies');
    expect(ev('2026-07-28', { kind: 'confidence.vote', chamber: 'senate', tally: t(40) }).permitted).toBe(
      false,
    );
  });
});

describe('minister.resign (Art. 133)', () => {
  it('the Prime Minister’s resignation is a total crisis that does not count toward Art. 134', () => {
    const v = ev('2022-11-24', { kind: 'minister.resign', scope: 'council', target: 'anibal-torres' });
    expect(effects(v)).toEqual(['cabinet.crisis-total', 'council.does-not-count']);
    expect(effects(ev('2022-11-24', { kind: 'minister.resign', target: 'x' }))).toEqual(['minister.leaves']);
  });
});
