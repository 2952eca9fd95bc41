import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { embeddedRecord } from '../../src/record/default.js';
import { layerFromFolder, loadRecordOrThrow } from '../../src/record/load.js';
import { RecordIndex, StateWalker, stateBeforeEvent, stateOn } from '../../src/record/state.js';
import { toPopolo } from '../../src/record/popolo.js';

const fixture = loadRecordOrThrow([layerFromFolder(join(import.meta.dirname, 'fixtures', 'basic'), 'basic')]);

describe('state on a date (fixture slice)', () => {
  it('names Manuel Merino President on 2020-11-12, holding it as President of Congress', () => {
    const s = stateOn(fixture, '2020-11-12');
    expect(s.offices?.president).toBe('manuel-merino');
    expect(s.presidentIsPresidentOfCongress).toBe(true);
    expect(s.basis?.presidentIsPresidentOfCongress).toEqual(['2020-11-10-succession-merino']);
  });

  it('the state just before an event includes the same day’s earlier events only', () => {
    const before = stateBeforeEvent(fixture, '2022-12-07-vacancy-vote-castillo')!;
    expect(before.offices?.president).toBe('pedro-castillo');
    // The contested dissolution earlier that day had no legal effect.
    expect(before.congressDissolved).toBe(false);
    const after = stateBeforeEvent(fixture, '2022-12-07-succession-boluarte')!;
    expect(after.offices?.president).toBeNull();
    expect(stateOn(fixture, '2022-12-07').offices?.president).toBe('dina-boluarte');
  });

  it('folds fallen Councils with their term, congress and president for the count-scope interpretation', () => {
    const s = stateOn(fixture, '2019-10-01');
    expect(s.fallenCouncils).toEqual([
      expect.objectContaining({
        how: 'confidence-denied',
        president: 'pedro-pablo-kuczynski',
        term: '2016-2021',
      }),
      expect.objectContaining({ how: 'factual-denial', president: 'martin-vizcarra', congress: '2016-2021' }),
    ]);
    expect(s.congressDissolved).toBe(true);
    expect(s.basis?.congressDissolved).toEqual(['2019-09-30-dissolution-vizcarra']);
    expect(stateOn(fixture, '2020-03-16').congressDissolved).toBe(false);
  });

  it('keeps a filed vacancy motion pending until its vote', () => {
    expect(stateOn(fixture, '2017-12-18').pendingMotions).toEqual([
      expect.objectContaining({ kind: 'vacancy', target: 'pedro-pablo-kuczynski', filedOn: '2017-12-15' }),
    ]);
    expect(stateOn(fixture, '2017-12-21').pendingMotions).toEqual([]);
  });

  it('terms: Congress 27 July → 26 July, the 2020 Congress completing 2016–2021; last year flagged', () => {
    const s = stateOn(fixture, '2020-11-12');
    expect(s.congressTerm).toMatchObject({ from: '2016-07-27', to: '2021-07-26', id: '2016-2021' });
    expect(s.presidentialTerm).toMatchObject({ from: '2016-07-28', to: '2021-07-27' });
    expect(s.congressInLastYear).toBe(true);
    expect(stateOn(fixture, '2019-09-30').congressInLastYear).toBe(false);
  });

  it('gives the composition from the latest sourced composition', () => {
    const s = stateOn(fixture, '2017-01-01');
    expect(s.composition?.congress?.groups.reduce((n, g) => n + g.seats, 0)).toBe(130);
  });

  it('a walker is forward-only and agrees with fresh derivations', () => {
    const ix = new RecordIndex(fixture);
    const w = new StateWalker(ix);
    const a = w.endOf('2017-12-18');
    expect(a).toEqual(stateOn(fixture, '2017-12-18'));
    expect(() => w.endOf('2000-01-01')).toThrow(RangeError);
  });
});

describe('state on a date (embedded record)', () => {
  const record = embeddedRecord();
  it('names Manuel Merino as President on 2020-11-12', () => {
    expect(stateOn(record, '2020-11-12').offices?.president).toBe('manuel-merino');
  });
  it('names Castillo until the vacancy of 2022-12-07 and Boluarte after it', () => {
    expect(stateOn(record, '2022-12-06').offices?.president).toBe('pedro-castillo');
    expect(stateOn(record, '2022-12-07').offices?.president).toBe('dina-boluarte');
  });
  it('every basis entry names an event, a membership or a composition of the record', () => {
    const ids = new Set([...record.events.map((e) => e.id), ...record.compositions.map((c) => c.id)]);
    for (const date of ['2000-11-22', '2019-09-30', '2020-11-12', '2023-01-15']) {
      for (const refs of Object.values(stateOn(record, date).basis ?? {}))
        for (const r of refs) expect(r.startsWith('membership:') || ids.has(r), `${date}: ${r}`).toBe(true);
    }
  });
});

describe('Popolo export', () => {
  it('exports persons, organizations, memberships, motions, vote_events and counts', () => {
    const p = toPopolo(fixture);
    expect(p.persons.length).toBe(fixture.persons.length);
    expect(p.memberships.length).toBe(fixture.memberships.length);
    const ve = p.vote_events.find((v) => v.id === '2017-12-21-vacancy-vote-kuczynski')!;
    expect(ve).toMatchObject({ result: 'fail', organization_id: 'congress' });
    expect(ve.counts).toEqual([
      { option: 'yes', value: 79 },
      { option: 'no', value: 19 },
      { option: 'abstain', value: 21 },
    ]);
    expect(p.motions.some((m) => m.id === ve.motion_id)).toBe(true);
    expect(p.counts.filter((c) => c.vote_event_id === ve.id).length).toBe(3);
    expect(p.meta.coverage.latestEvent).toBe('2022-12-07');
  });
});

describe('reforms under way', () => {
  const base = join(import.meta.dirname, 'fixtures', 'basic');
  const events = [
    '- id: 2023-01-16-reform-vote-a',
    '  date: 2023-01-16',
    '  kind: reform.vote',
    '  route: two-legislatures',
    '  tally: {for: 90, against: 30, abstain: 2}',
    '  outcome: passed',
    '  sources: [https://example.org/a]',
    '- id: 2023-01-27-reconsideration-a',
    '  date: 2023-01-27',
    '  kind: other',
    '  type: reconsideration',
    '  concerns: 2023-01-16-reform-vote-a',
    '  outcome: passed',
    '  sources: [https://example.org/b]',
  ].join('\n');
  const record = loadRecordOrThrow([
    layerFromFolder(base, 'basic'),
    { label: 'user', files: [{ path: 'user/events/2023.yaml', text: events }] },
  ]);
  it('holds a first-stage reform until an event concerning it settles it', () => {
    expect(stateOn(record, '2023-01-20').reformsUnderWay).toEqual([
      expect.objectContaining({ eventId: '2023-01-16-reform-vote-a', awaiting: 'second-vote' }),
    ]);
    expect(stateOn(record, '2023-01-27').reformsUnderWay).toEqual([]);
  });
});
