import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createApp } from '../../src/server/app.js';
import { Workspace } from '../../src/server/workspace.js';
import { ACTION_KINDS } from '../../src/law/kinds.js';
import { INTERPRETATIONS } from '../../src/law/interpretations.js';

// Any internal error fails the test at once: the API must answer every request below with a status
// under 500 and must never log an internal error.
const internal: string[] = [];
const app = createApp({
  webDir: null,
  workspace: new Workspace(':memory:'),
  log: (m) => internal.push(m),
  maxBodyBytes: 20_000,
});

const PATHS = [
  ...app.operations.map((o) => o.path.replace(':id', 'x')),
  '/api/',
  '/api/evaluate/extra',
  '/api/%ff',
  '/api/workspace/scenarios/../../x',
];
const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'];

const count = fc.oneof(
  fc.integer({ min: 0, max: 200 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom(-1, 1e308, Number.MAX_SAFE_INTEGER, 0.5),
  fc.string(),
  fc.constant(null),
);
const date = fc.oneof(
  fc
    .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2022-12-07', '1993-12-31', '2026-07-28', '2023-02-29', '0000-00-00', '2022-12-7', ''),
  fc.string(),
);
const tally = fc.record({ for: count, against: count, abstain: count, absent: count }, { requiredKeys: [] });
const action = fc.record(
  {
    kind: fc.oneof(fc.constantFrom(...ACTION_KINDS), fc.string()),
    chamber: fc.oneof(fc.constantFrom('congress', 'deputies', 'senate'), fc.string()),
    tally,
    signatures: count,
    habiles: count,
    target: fc.string(),
    matter: fc.constantFrom('government-policy', 'bill', 'other', 'x'),
    days: count,
    round: fc.constantFrom(1, 2, 3),
    expedite: tally,
    results: fc.anything(),
  },
  { requiredKeys: ['kind'] },
);
const interpretations = fc.dictionary(
  fc.oneof(fc.constantFrom(...INTERPRETATIONS.map((i) => i.key)), fc.string()),
  fc.oneof(fc.constantFrom(...INTERPRETATIONS.flatMap((i) => i.options.map((o) => o.id))), fc.string()),
);
const evaluateLike = fc.record(
  {
    date,
    action,
    interpretations,
    state: fc.oneof(fc.object(), fc.anything()),
    lang: fc.constantFrom('es', 'en', 'fr'),
  },
  { requiredKeys: [] },
);
const body = fc.oneof(
  evaluateLike.map((v) => JSON.stringify(v)),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.record({ title: fc.string(), data: fc.jsonValue() }, { requiredKeys: [] }).map((v) => JSON.stringify(v)),
  fc.constantFrom(
    '',
    '{',
    '[',
    'null',
    '{"__proto__":{"x":1}}',
    '{"constructor":{"prototype":{}}}',
    'x'.repeat(30_000),
  ),
);
const query = fc.dictionary(
  fc.constantFrom('date', 'from', 'to', 'kind', 'lang', 'id', 'x'),
  fc.oneof(date, fc.string()),
  { maxKeys: 3 },
);
const acceptLanguage = fc.oneof(
  fc.constantFrom('es', 'en-US,en;q=0.9', 'es-PE;q=0.8, en;q=0.9', 'es;q=abc', '*'),
  fc.string(),
);

describe('API fuzzing', () => {
  it('answers thousands of random and malformed requests without a 500 or a crash', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...METHODS),
        fc.constantFrom(...PATHS),
        query,
        body,
        acceptLanguage,
        async (method, path, q, b, al) => {
          const qs = new URLSearchParams(q).toString();
          const res = await app.request(`${path}${qs ? '?' + qs : ''}`, {
            method,
            headers: { 'accept-language': al, 'content-type': 'application/json' },
            body: method === 'GET' || method === 'HEAD' ? undefined : b,
          });
          expect(internal).toEqual([]);
          expect(res.status).toBeLessThan(500);
          if (res.status >= 400 && method !== 'HEAD') {
            const j = (await res.json()) as { error: { message: string } };
            expect(j.error.message.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 4000 },
    );
  });

  it('evaluates every well-formed evaluate input with a verdict or a clear 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(evaluateLike, fc.constantFrom('es', 'en'), async (input, lang) => {
        const res = await app.request(`/api/evaluate?lang=${lang}`, {
          method: 'POST',
          body: JSON.stringify(input),
        });
        expect(internal).toEqual([]);
        expect([200, 400, 413, 422]).toContain(res.status);
      }),
      { numRuns: 3000 },
    );
  });
});
