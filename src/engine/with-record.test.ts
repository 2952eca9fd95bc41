/** evaluate on the record's state (DESIGN §4: `state` overrides what the record gives for the date). */
import { describe, expect, it } from 'vitest';
import { evaluateRawOnRecord, mergeState } from './with-record.js';

const run = (raw: object) => evaluateRawOnRecord(raw);

describe('evaluateOnRecord', () => {
  it('keeps the foundation examples', () => {
    expect(
      run({
        date: '2022-12-07',
        action: { kind: 'vacancy.vote', tally: { for: 101, against: 6, abstain: 10 } },
      }),
    ).toMatchObject({ passed: true, required: 87, margin: 14 });
    expect(
      run({
        date: '2017-12-21',
        action: { kind: 'vacancy.vote', tally: { for: 79, against: 19, abstain: 21 } },
      }),
    ).toMatchObject({ passed: false, margin: -8 });
  });
  it('sees the record on 2019-09-30: dissolution permitted by default, not if factual denials are rejected', () => {
    expect(run({ date: '2019-09-30', action: { kind: 'congress.dissolve' } }).permitted).toBe(true);
    const rejected = run({
      date: '2019-09-30',
      action: { kind: 'congress.dissolve' },
      interpretations: { 'confidence.factual-denial': 'rejected' },
    });
    expect(rejected.permitted).toBe(false);
    expect(rejected.reasons.join(' ')).toMatch(/2017-09-15/);
  });
  it('refuses the 2022-12-07 dissolution under every interpretation', () => {
    for (const scope of ['term', 'president', 'congress']) {
      for (const fd of ['accepted', 'rejected']) {
        const v = run({
          date: '2022-12-07',
          action: { kind: 'congress.dissolve' },
          interpretations: { 'dissolution.count-scope': scope, 'confidence.factual-denial': fd },
        });
        expect(v.permitted, `${scope}/${fd}`).toBe(false);
      }
    }
  });
  it('knows who is in the line of succession on the day', () => {
    expect(
      run({
        date: '2022-12-07',
        action: { kind: 'succession', role: 'first-vice-president', target: 'dina-boluarte' },
      }).permitted,
    ).toBe(true);
    expect(
      run({ date: '2020-11-10', action: { kind: 'succession', role: 'first-vice-president' } }).permitted,
    ).toBe(false);
  });
  it('lets the user override the record, office by office', () => {
    const v = run({
      date: '2020-11-10',
      action: { kind: 'succession', role: 'first-vice-president' },
      state: { offices: { firstVicePresident: 'someone' } },
    });
    expect(v.permitted).toBe(true);
    expect(
      mergeState({ offices: { president: 'a', firstVicePresident: 'b' }, siegeInForce: false } as never, {
        offices: { president: null },
      }),
    ).toEqual({
      offices: { president: null, firstVicePresident: 'b' },
      siegeInForce: false,
    });
  });
});

describe('a dissolved Congress', () => {
  it('cannot vote after the 2019-09-30 dissolution (the suspension vote that evening)', () => {
    const v = run({
      date: '2019-10-01',
      action: { kind: 'president.suspend', tally: { for: 86, against: 0, abstain: 0 } },
    });
    expect(v.permitted).toBe(false);
    expect(v.reasons.join(' ')).toMatch(/dissolved/);
    const es = evaluateRawOnRecord(
      { date: '2019-10-01', action: { kind: 'vacancy.vote', tally: { for: 90, against: 0, abstain: 0 } } },
      { lang: 'es' },
    );
    expect(es.reasons.join(' ')).toMatch(/^El Congreso está disuelto/);
  });
  it('votes again once the new Congress is installed (2020)', () => {
    expect(
      run({
        date: '2020-11-09',
        action: { kind: 'vacancy.vote', tally: { for: 105, against: 19, abstain: 4 } },
      }),
    ).toMatchObject({ permitted: true, passed: true });
  });
});
