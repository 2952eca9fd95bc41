import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { embeddedRecord } from '../record/default.js';
import { layerFromFolder, loadRecordOrThrow } from '../record/load.js';
import { RecordIndex, stateBeforeEvent } from '../record/state.js';
import { INTERPRETATIONS } from '../law/interpretations.js';
import { evaluate } from './evaluate.js';
import { actionOf, diffReplays, replay, type ReplayEntry } from './replay.js';

const record = embeddedRecord();
const ix = new RecordIndex(record);
const describeEntry = (e: ReplayEntry) => `${e.id}: ${e.reason}`;

function entryOn(entries: ReplayEntry[], date: string, kind: string): ReplayEntry {
  const found = entries.filter((e) => e.date === date && e.kind === kind);
  expect(found.length, `one ${kind} on ${date}`).toBe(1);
  return found[0]!;
}

/** Every combination of every interpretation option. */
function combinations(): Record<string, string>[] {
  let out: Record<string, string>[] = [{}];
  for (const i of INTERPRETATIONS) out = out.flatMap((c) => i.options.map((o) => ({ ...c, [i.key]: o.id })));
  return out;
}

describe('replay of the embedded record', () => {
  const result = replay(record, { index: ix });

  it('has no unexplained disagreement under the default interpretations', () => {
    const unexplained = result.entries.filter((e) => e.agrees === false && !e.explained);
    expect(unexplained.map(describeEntry)).toEqual([]);
    expect(result.summary.evaluated).toBeGreaterThan(0);
  });

  it('explains each disagreement with one of the three kinds', () => {
    for (const e of result.entries.filter((x) => x.agrees === false))
      expect(['contested-act', 'source-conflict', 'rule-gap']).toContain(e.disagreement?.kind);
  });

  it('replays in date order and reports how far the record reaches', () => {
    const dates = result.entries.map((e) => e.date);
    expect([...dates].sort()).toEqual(dates);
    expect(result.coverage.latestEvent).toBe(record.events.at(-1)!.date);
  });

  it('2000-11-21: the vacancy of Fujimori passed by a majority of those present', () => {
    const e = entryOn(result.entries, '2000-11-21', 'vacancy.vote');
    expect(e).toMatchObject({ outcome: 'passed', passed: true, agrees: true });
    expect(e.reason).toMatch(/present|1\/2/);
  });

  it('2017-12-21: the vacancy of Kuczynski failed, 79 of the 87 needed', () => {
    const e = entryOn(result.entries, '2017-12-21', 'vacancy.vote');
    expect(e).toMatchObject({ outcome: 'failed', passed: false, required: 87, margin: -8, agrees: true });
  });

  it('2020-11-09: the vacancy of Vizcarra passed with 105', () => {
    const e = entryOn(result.entries, '2020-11-09', 'vacancy.vote');
    expect(e).toMatchObject({ outcome: 'passed', passed: true, required: 87, margin: 18, agrees: true });
  });

  it('2019-09-30: the dissolution is permitted under the defaults, not with confidence.factual-denial=rejected', () => {
    const e = entryOn(result.entries, '2019-09-30', 'congress.dissolve');
    expect(e).toMatchObject({ permitted: true, agrees: true });
    const rejected = replay(record, {
      index: ix,
      interpretations: { 'confidence.factual-denial': 'rejected' },
      from: '2019-09-30',
      to: '2019-09-30',
    });
    expect(entryOn(rejected.entries, '2019-09-30', 'congress.dissolve').permitted).toBe(false);
  });

  it('evaluates congress.dissolve on 2019-09-30 with the record state directly through evaluate', () => {
    const ev = record.events.find((e) => e.date === '2019-09-30' && e.kind === 'congress.dissolve')!;
    const state = stateBeforeEvent(record, ev.id, ix)!;
    const { action } = actionOf(ev);
    expect(evaluate({ date: ev.date, action, state }).permitted).toBe(true);
    const v = evaluate({
      date: ev.date,
      action,
      state,
      interpretations: { 'confidence.factual-denial': 'rejected' },
    });
    expect(v.permitted).toBe(false);
  });

  it('2022-12-07: the dissolution is not permitted under any combination of interpretations', () => {
    for (const interpretations of combinations()) {
      const r = replay(record, { index: ix, interpretations, from: '2022-12-07', to: '2022-12-07' });
      const e = entryOn(r.entries, '2022-12-07', 'congress.dissolve');
      expect(e.permitted, JSON.stringify(interpretations)).toBe(false);
      expect(e.explained).toBe(true);
    }
  });

  it('on 2022-12-07 the announced dissolution precedes the vacancy vote, and the vacancy passes', () => {
    const day = result.entries.filter((e) => e.date === '2022-12-07');
    const kinds = day.map((e) => e.kind);
    expect(kinds.indexOf('congress.dissolve')).toBeLessThan(kinds.indexOf('vacancy.vote'));
    expect(entryOn(result.entries, '2022-12-07', 'vacancy.vote')).toMatchObject({
      passed: true,
      agrees: true,
    });
  });

  it('--diff lists the 2019 dissolution under confidence.factual-denial=rejected', () => {
    const changes = diffReplays(record, { index: ix }, { 'confidence.factual-denial': 'rejected' });
    const d = changes.find((c) => c.date === '2019-09-30' && c.kind === 'congress.dissolve');
    expect(d).toMatchObject({ before: { permitted: true }, after: { permitted: false } });
  });
});

describe('replay against a record with an unexplained disagreement', () => {
  it('flags it as unexplained (so the conformance test above can fail)', () => {
    const fixture = loadRecordOrThrow([
      layerFromFolder(join(import.meta.dirname, '../../test/record/fixtures/basic'), 'basic'),
    ]);
    const castillo = fixture.events.find((e) => e.kind === 'congress.dissolve' && e.date === '2022-12-07')!;
    const stripped = {
      ...fixture,
      events: fixture.events.map((e) => (e === castillo ? { ...e, disagreement: undefined } : e)),
    };
    const r = replay(stripped);
    // Unmarked, the dissolution takes effect in the state, so the vacancy vote that follows is held by a
    // dissolved Congress and disagrees too: two unexplained disagreements.
    expect(r.summary.unexplained).toBe(2);
    expect(r.entries.find((e) => e.id === castillo.id)).toMatchObject({ agrees: false, explained: false });
  });
});
