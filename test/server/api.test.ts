import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, CSP } from '../../src/server/app.js';
import { Workspace } from '../../src/server/workspace.js';
import { evaluateRawOnRecord as evaluateRaw } from '../../src/engine/with-record.js';
import { peruRulebook } from '../../src/law/peru/index.js';
import { rulesDiff, rulesOn } from '../../src/cli/rules-listing.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test assertions walk the JSON freely
const json = (r: Response): Promise<any> => r.json();
const fail = (m: string) => {
  throw new Error(`unexpected internal error: ${m}`);
};
const app = createApp({ webDir: null, workspace: new Workspace(':memory:'), log: fail });
const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

const castillo = {
  date: '2022-12-07',
  action: { kind: 'vacancy.vote', tally: { for: 101, against: 6, abstain: 10 } },
};

describe('POST /api/evaluate', () => {
  it('answers with the same verdict as the engine the CLI calls', async () => {
    const res = await post('/api/evaluate', castillo);
    expect(res.status).toBe(200);
    expect(await json(res)).toEqual(JSON.parse(JSON.stringify(evaluateRaw(castillo, { lang: 'en' }))));
  });

  it('renders the explanation in the language asked for, by ?lang= or Accept-Language', async () => {
    const es = await json(await post('/api/evaluate?lang=es', castillo));
    expect(es).toEqual(JSON.parse(JSON.stringify(evaluateRaw(castillo, { lang: 'es' }))));
    const es2 = await json(
      await post('/api/evaluate', castillo, { 'accept-language': 'fr-FR, es-PE;q=0.8, en;q=0.5' }),
    );
    expect(es2.explanation.text).toBe(es.explanation.text);
  });

  it('answers bad JSON with 400 and invalid input with 422, in the requested language', async () => {
    const bad = await post('/api/evaluate?lang=es', '{"date":');
    expect(bad.status).toBe(400);
    const body = await json(bad);
    expect(body.error.code).toBe('invalid_json');
    expect(body.error.message).toMatch(/JSON no válido/);

    const unknown = await post('/api/evaluate?lang=es', { date: '2022-12-07', action: { kind: 'nope' } });
    expect(unknown.status).toBe(422);
    const u = await json(unknown);
    expect(u.error.issues[0].code).toBe('unknown_kind');
    expect(u.error.message).toMatch(/tipo de acción desconocido/);

    const en = await post('/api/evaluate', { date: '2022-12-07', action: { kind: 'nope' } });
    expect((await json(en)).error.message).toMatch(/unknown action kind/);
  });

  it('refuses a tally larger than the chamber, as the CLI does', async () => {
    const res = await post('/api/evaluate', {
      date: '2022-12-07',
      action: { kind: 'vacancy.vote', tally: { for: 200, against: 0, abstain: 0 } },
    });
    expect(res.status).toBe(422);
    expect((await json(res)).error.issues[0].code).toBe('tally_exceeds_chamber');
  });

  it('refuses a body over the size limit with 413, whether declared or not', async () => {
    const small = createApp({ webDir: null, maxBodyBytes: 100, log: fail });
    const big = JSON.stringify({ ...castillo, pad: 'x'.repeat(500) });
    const declared = await small.request('/api/evaluate', {
      method: 'POST',
      body: big,
      headers: { 'content-length': String(big.length) },
    });
    expect(declared.status).toBe(413);
    const stream = new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode(big));
        c.close();
      },
    });
    const undeclared = await small.request('/api/evaluate', {
      method: 'POST',
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(undeclared.status).toBe(413);
    expect((await json(undeclared)).error.code).toBe('body_too_large');
  });
});

describe('rules', () => {
  it('answers exactly what `contrapeso rules --json` computes, in the requested language', async () => {
    expect(await json(await app.request('/api/rules?date=2022-12-07&lang=es'))).toEqual(
      JSON.parse(JSON.stringify(rulesOn(peruRulebook(), '2022-12-07', 'es'))),
    );
    expect(
      await json(await app.request('/api/rules/diff?from=2000-01-01&to=2024-01-01&kind=vacancy.vote')),
    ).toEqual(
      JSON.parse(JSON.stringify(rulesDiff(peruRulebook(), '2000-01-01', '2024-01-01', 'en', 'vacancy.vote'))),
    );
    expect((await app.request('/api/rules?kind=vacancy.nope')).status).toBe(422);
  });

  it('lists the versions in force from the rulebook', async () => {
    const res = await app.request('/api/rules?date=2022-12-07');
    const body = await json(res);
    const expected = peruRulebook()
      .inForce('2022-12-07')
      .map((v) => v.id)
      .sort();
    expect(body.rules.map((r: { id: string }) => r.id).sort()).toEqual(expected);
    expect(body.rules.every((r: { cites: unknown[] }) => r.cites.length > 0)).toBe(true);
  });

  it('diffs two dates: added are in force on `to` only, removed on `from` only', async () => {
    const body = await json(await app.request('/api/rules/diff?from=1995-01-01&to=2022-12-07'));
    const a = new Set(
      peruRulebook()
        .inForce('1995-01-01')
        .map((v) => v.id),
    );
    const b = new Set(
      peruRulebook()
        .inForce('2022-12-07')
        .map((v) => v.id),
    );
    expect(body.added.map((r: { id: string }) => r.id).sort()).toEqual(
      [...b].filter((x) => !a.has(x)).sort(),
    );
    expect(body.removed.map((r: { id: string }) => r.id).sort()).toEqual(
      [...a].filter((x) => !b.has(x)).sort(),
    );
  });

  it('refuses an impossible date with 422 naming the parameter', async () => {
    const res = await app.request('/api/rules?date=2023-02-30&lang=es');
    expect(res.status).toBe(422);
    const body = await json(res);
    expect(body.error.issues[0].field).toBe('date');
    expect(body.error.message).toMatch(/fecha real/);
  });
});

describe('the API surface', () => {
  it('describes every /api route it serves in its OpenAPI document', async () => {
    const doc = await json(await app.request('/api/openapi.json'));
    expect(doc.openapi).toBe('3.1.0');
    const served = app.routes
      .filter((r) => r.path.startsWith('/api/') && r.path !== '/api/*' && r.method !== 'ALL')
      .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:([A-Za-z]+)/g, '{$1}')}`);
    const described = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(
      ([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`),
    );
    expect(new Set(described)).toEqual(new Set(served));
    expect(
      doc.paths['/api/evaluate'].post.requestBody.content['application/json'].schema.properties.action,
    ).toBeTruthy();
  });

  it('answers unknown endpoints 404 and wrong methods 405, as JSON', async () => {
    const nf = await app.request('/api/nothing-here?lang=es');
    expect(nf.status).toBe(404);
    expect((await json(nf)).error.message).toMatch(/no existe/);
    const m = await app.request('/api/evaluate', { method: 'GET' });
    expect(m.status).toBe(405);
    expect((await json(m)).error.message).toMatch(/POST/);
  });

  it('sends security headers, a CSP without inline code, and no caching of API answers', async () => {
    const res = await app.request('/api/health');
    expect(res.headers.get('content-security-policy')).toBe(CSP);
    expect(CSP).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});

describe('pages', () => {
  it('serves the built app from its directory and nothing outside it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-web-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(join(dir, 'assets', 'app-1.js'), 'export {}');
    const web = createApp({ webDir: dir, log: fail });
    const index = await web.request('/');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toMatch(/text\/html/);
    expect(index.headers.get('content-security-policy')).toBe(CSP);
    const js = await web.request('/assets/app-1.js');
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect(js.headers.get('cache-control')).toMatch(/immutable/);
    expect((await web.request('/../package.json')).status).toBe(404);
    expect((await web.request('/assets/%2e%2e/%2e%2e/package.json')).status).toBe(404);
  });

  it('says how to build the app when it has not been built', async () => {
    const web = createApp({ webDir: join(tmpdir(), 'cp-no-such-dir'), log: fail });
    const res = await web.request('/');
    expect(res.status).toBe(503);
    expect(await res.text()).toMatch(/npm run build/);
  });
});
