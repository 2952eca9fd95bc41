import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { embeddedRecord } from '../../src/record/default.js';
import { replay } from '../../src/engine/replay.js';
import { RecordIndex, stateOn } from '../../src/record/state.js';
import { findEvent, loadRecordData } from '../../src/simulate/record-adapter.js';
import { whatIf } from '../../src/simulate/whatif.js';
import { checkArticle } from '../../src/claims/index.js';
import { toJson } from '../../src/claims/report.js';

const fail = (m: string) => {
  throw new Error(`unexpected internal error: ${m}`);
};
const app = createApp({ webDir: null, log: fail });
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test assertions walk the JSON freely
const json = (r: Response): Promise<any> => r.json();
const plain = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;
const vote = embeddedRecord().events.find((e) => e.tally && e.kind === 'vacancy.vote')!;

describe('record endpoints answer with the functions the CLI calls', () => {
  it('state on a date', async () => {
    const body = await json(await app.request('/api/state?date=2022-12-08'));
    const record = embeddedRecord();
    expect(body.state).toEqual(plain(stateOn(record, '2022-12-08', new RecordIndex(record))));
    for (const id of Object.values(body.state.offices ?? {}))
      if (typeof id === 'string') expect(body.names[id]).toBeTruthy();
  });

  it('replay, in the requested language, and its diff under another reading', async () => {
    const body = await json(await app.request('/api/replay?lang=es'));
    expect(body).toEqual(plain(replay(embeddedRecord(), { lang: 'es' })));
    const diff = await json(await app.request('/api/replay?diff=confidence.factual-denial=rejected'));
    expect(Array.isArray(diff.changes)).toBe(true);
    const bad = await app.request('/api/replay?interpretation=nope=x&lang=es');
    expect(bad.status).toBe(422);
    expect((await json(bad)).error.message).toMatch(/interpretación desconocida/);
  });

  it('events, vote events and one event with its verdict', async () => {
    const all = await json(await app.request('/api/record/events'));
    expect(all.events.length).toBe(embeddedRecord().events.length);
    const votes = await json(await app.request('/api/record/vote-events'));
    expect(votes.events.every((e: { tally: unknown }) => e.tally)).toBe(true);
    const one = await json(await app.request(`/api/record/events/${vote.id}`));
    expect(one.event.id).toBe(vote.id);
    expect(one.replay.id).toBe(vote.id);
    expect((await app.request('/api/record/events/no-such-event')).status).toBe(404);
  });

  it('whatif on a recorded vote', async () => {
    const body = await json(await app.request(`/api/whatif/${vote.id}`));
    const data = loadRecordData();
    expect(body).toEqual(plain(whatIf(findEvent(data, vote.id)!, { lang: 'en' })));
    expect((await app.request('/api/whatif/nope')).status).toBe(404);
  });

  it('paths refuses an unknown goal and too deep a search', async () => {
    expect((await app.request('/api/paths?from=2022-12-01&goal=nope')).status).toBe(422);
    expect((await app.request('/api/paths?from=2022-12-01&goal=president-removed&depth=50')).status).toBe(
      422,
    );
    const ok = await json(await app.request('/api/paths?from=2022-12-01&goal=president-removed&depth=2'));
    expect(Array.isArray(ok.paths)).toBe(true);
  });

  it('claims: the same report as checkArticle, and hostile HTML comes back as inert text', async () => {
    const text =
      '<p>Congress removed Castillo with 101 votes on 7 December 2022.</p><script>window.pwned=1</script>';
    const body = await json(
      await app.request('/api/claims', { method: 'POST', body: JSON.stringify({ text, lang: 'en' }) }),
    );
    expect(body).toEqual(plain(toJson(checkArticle(text, { lang: 'en' }))));
    expect(JSON.stringify(body)).not.toMatch(/pwned/);
    expect(
      (await app.request('/api/claims', { method: 'POST', body: JSON.stringify({ text: '' }) })).status,
    ).toBe(422);
  });
});
