/** Succession (Const. art. 115), resignations (art. 113 inc. 3) and the Mesa Directiva as it bears on them. */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../engine/evaluate.js';
import type { Action } from '../../types.js';
import type { State } from '../../state.js';

const run = (date: string, action: Action, state?: State, interpretations?: Record<string, string>) =>
  evaluate({ date, action, ...(state ? { state } : {}), ...(interpretations ? { interpretations } : {}) });
const codes = (v: ReturnType<typeof run>) => v.effects.map((e) => e.code);

describe('succession (art. 115)', () => {
  const castilloDay: State = {
    offices: {
      president: null,
      firstVicePresident: 'dina-boluarte',
      secondVicePresident: null,
      presidentOfCongress: 'jose-williams',
    },
  };
  it('the first Vice President assumes (2022-12-07)', () => {
    const v = run(
      '2022-12-07',
      { kind: 'succession', role: 'first-vice-president', target: 'dina-boluarte' },
      castilloDay,
    );
    expect(v).toMatchObject({ permitted: true, passed: null });
    expect(v.effects[0]).toMatchObject({ code: 'office.assumed', params: { person: 'dina-boluarte' } });
  });
  it('the President of Congress cannot skip a Vice President in office', () => {
    const v = run(
      '2022-12-07',
      { kind: 'succession', role: 'president-of-congress', target: 'jose-williams' },
      castilloDay,
    );
    expect(v.permitted).toBe(false);
    expect(v.reasons[0]).toMatch(/first Vice President \(dina-boluarte\)/);
  });
  it('with no Vice Presidents the President of Congress assumes and must call elections (Merino, 2020-11-10)', () => {
    const state: State = {
      offices: {
        president: null,
        firstVicePresident: null,
        secondVicePresident: null,
        presidentOfCongress: 'manuel-merino',
      },
    };
    const v = run(
      '2020-11-10',
      { kind: 'succession', role: 'president-of-congress', target: 'manuel-merino' },
      state,
    );
    expect(v.permitted).toBe(true);
    expect(codes(v)).toEqual([
      'office.assumed',
      'presidency.held-as-president-of-congress',
      'elections.must-be-called',
    ]);
  });
  it('a temporary impediment only puts the successor in charge, with no elections', () => {
    const v = run('2019-01-10', {
      kind: 'succession',
      role: 'first-vice-president',
      impediment: 'temporary',
    });
    expect(codes(v)).toEqual(['office.in-charge']);
  });
  it('the wrong person for a role is refused', () => {
    const v = run(
      '2022-12-07',
      { kind: 'succession', role: 'first-vice-president', target: 'someone-else' },
      castilloDay,
    );
    expect(v.permitted).toBe(false);
  });
  it('cites Ley 31988 from 2026-07-28 (alternating Presidency of Congress)', () => {
    expect(run('2026-07-27', { kind: 'succession', role: 'first-vice-president' }).rule).toBe(
      'succession@1993-12-31',
    );
    const v = run('2026-07-28', { kind: 'succession', role: 'first-vice-president' });
    expect(v.rule).toBe('succession@2026-07-28');
    expect(v.citations.map((c) => c.cite).join(' ')).toMatch(/Ley 31988/);
  });
});

describe('resignations', () => {
  it('Congress may accept or refuse the President’s resignation by a majority of those present', () => {
    const yes = run('2018-03-23', {
      kind: 'president.resign',
      target: 'pedro-pablo-kuczynski',
      tally: { for: 105, against: 12, abstain: 2 },
    });
    expect(yes).toMatchObject({ passed: true, required: 60, base: 'present' });
    expect(codes(yes)).toContain('office.vacated');
    const no = run('2000-11-21', { kind: 'president.resign', tally: { for: 30, against: 60, abstain: 0 } });
    expect(no.passed).toBe(false);
    expect(codes(no)).toEqual(['resignation.refused']);
  });
  it('a Vice President’s resignation vacates that office', () => {
    const v = run('2020-05-08', {
      kind: 'vice-president.resign',
      role: 'second-vice-president',
      target: 'mercedes-araoz',
      tally: { for: 100, against: 5, abstain: 0 },
    });
    expect(v.effects[0]).toMatchObject({ code: 'office.vacated', params: { office: 'secondVicePresident' } });
  });
});

describe('the Mesa Directiva and the acting President (2026-02-17)', () => {
  const jeri: State = {
    offices: {
      president: 'jose-jeri',
      firstVicePresident: null,
      secondVicePresident: null,
      presidentOfCongress: 'jose-jeri',
    },
    presidentIsPresidentOfCongress: true,
  };
  const censure: Action = {
    kind: 'mesa.censure',
    target: 'jose-jeri',
    tally: { for: 75, against: 24, abstain: 3 },
    signatures: 20,
  };

  it('the censure passes by a majority of those present (52 of 102)', () => {
    expect(run('2026-02-17', censure, jeri)).toMatchObject({
      permitted: true,
      passed: true,
      required: 52,
      base: 'present',
      margin: 23,
    });
  });
  it('under the default reading it also ends his presidency of the Republic', () => {
    const v = run('2026-02-17', censure, jeri);
    expect(codes(v)).toEqual(['office.vacated', 'office.vacated', 'succession.by-new-mesa']);
    expect(v.interpretations).toEqual([
      expect.objectContaining({
        key: 'succession.acting-president-falls-with-mesa',
        option: 'yes',
        chosen: 'default',
      }),
    ]);
  });
  it('under the other reading he remains President of the Republic', () => {
    const v = run('2026-02-17', censure, jeri, { 'succession.acting-president-falls-with-mesa': 'no' });
    expect(codes(v)).toEqual(['office.vacated', 'presidency.continues']);
    expect(v.citations.map((c) => c.cite).join(' ')).toMatch(/art\. 113/);
  });
  it('needs 15 % of the legal number to file from 2022-02-05 (RL 007-2021-2022-CR)', () => {
    expect(run('2026-02-17', { ...censure, signatures: 19 }, jeri).permitted).toBe(false);
    expect(run('2026-02-17', { ...censure, signatures: 20 }, jeri).permitted).toBe(true);
    expect(run('2022-02-04', { ...censure, signatures: 2 }).permitted).toBe(true);
    expect(run('2022-02-05', { ...censure, signatures: 2 }).permitted).toBe(false);
  });
  it('electing a new President of Congress with no President or Vice Presidents makes him President (Balcázar, round 2)', () => {
    const state: State = {
      offices: {
        president: null,
        firstVicePresident: null,
        secondVicePresident: null,
        presidentOfCongress: null,
      },
    };
    const v = run(
      '2026-02-18',
      {
        kind: 'mesa.elect',
        round: 2,
        target: 'jose-maria-balcazar',
        tally: { for: 64, against: 46, abstain: 3 },
      },
      state,
    );
    expect(v).toMatchObject({ passed: true, required: 56, base: 'cast' });
    expect(codes(v)).toEqual(['office.filled', 'office.assumed', 'presidency.held-as-president-of-congress']);
  });
  it('a first round needs an absolute majority of the ballots (59 of 117)', () => {
    const v = run('2026-02-18', {
      kind: 'mesa.elect',
      round: 1,
      tally: { for: 46, against: 63, abstain: 8 },
    });
    expect(v).toMatchObject({ passed: false, required: 59, baseCount: 117 });
  });
});

describe('interpretations', () => {
  it('refuses unknown keys and options with the known ones listed', () => {
    expect(() =>
      run('2026-02-17', { kind: 'mesa.censure', tally: { for: 1, against: 0, abstain: 0 } }, undefined, {
        'no.such': 'x',
      }),
    ).toThrow(/known: confidence\.factual-denial/);
    expect(() =>
      run('2026-02-17', { kind: 'mesa.censure', tally: { for: 1, against: 0, abstain: 0 } }, undefined, {
        'succession.acting-president-falls-with-mesa': 'maybe',
      }),
    ).toThrow(/options: yes, no/);
  });
});
