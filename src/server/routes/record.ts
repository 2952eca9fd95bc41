/**
 * The record behind HTTP: the state on a date, the replay of every event (with interpretation options and
 * a diff between readings), and browsing people, events and vote events. The same functions as
 * `contrapeso state`, `replay` and `export popolo`.
 */
import type { Context, Hono } from 'hono';
import { embeddedRecord } from '../../record/default.js';
import { RecordIndex, stateOn } from '../../record/state.js';
import { diffReplays, replay } from '../../engine/replay.js';
import { validateInterpretations } from '../../law/interpretations.js';
import { ACTION_KINDS } from '../../law/kinds.js';
import type { PeruRecord } from '../../record/types.js';
import { today } from '../../lib/dates.js';
import { dateQuery } from '../body.js';
import type { AppEnv } from '../context.js';
import { ApiError, inputError } from '../errors.js';
import { dateParam, type Operation } from '../openapi.js';

let index: { record: PeruRecord; ix: RecordIndex } | undefined;
function recordAndIndex(): { record: PeruRecord; ix: RecordIndex } {
  const record = embeddedRecord();
  if (!index || index.record !== record) index = { record, ix: new RecordIndex(record) };
  return index;
}

/** Repeated `key=option` query parameters (as the CLI's --interpretation), checked. */
function pairs(c: Context<AppEnv>, name: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of c.req.queries(name) ?? []) {
    const eq = p.indexOf('=');
    if (eq <= 0 || eq === p.length - 1)
      throw inputError(
        'invalid_value',
        name,
        `${name} must look like key=option, got ${JSON.stringify(p.slice(0, 80))}`,
        `${name} debe tener la forma clave=opción, se recibió ${JSON.stringify(p.slice(0, 80))}`,
      );
    out[p.slice(0, eq)] = p.slice(eq + 1);
  }
  validateInterpretations(out);
  return out;
}

export function registerRecord(app: Hono<AppEnv>): void {
  app.get('/api/state', (c) => {
    const date = dateQuery(c, 'date') ?? today();
    const { record, ix } = recordAndIndex();
    const state = stateOn(record, date, ix);
    const names: Record<string, string> = {};
    const ids = new Set<string>();
    for (const v of Object.values(state.offices ?? {})) if (typeof v === 'string') ids.add(v);
    for (const f of state.fallenCouncils ?? []) if (f.primeMinister) ids.add(f.primeMinister);
    for (const m of state.pendingMotions ?? []) if (m.target) ids.add(m.target);
    for (const comp of Object.values(state.composition ?? {}))
      for (const g of comp?.groups ?? []) ids.add(g.organizationId);
    for (const id of ids) names[id] = ix.personNames.get(id) ?? ix.orgNames.get(id) ?? id;
    return c.json({
      date,
      coverage: record.coverage,
      beyondCoverage: !!record.coverage.latestEvent && date > record.coverage.latestEvent,
      names,
      state,
    });
  });

  app.get('/api/replay', (c) => {
    const interpretations = pairs(c, 'interpretation');
    const from = dateQuery(c, 'from');
    const to = dateQuery(c, 'to');
    const { record, ix } = recordAndIndex();
    const base = {
      interpretations,
      lang: c.get('lang'),
      index: ix,
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
    };
    const diff = pairs(c, 'diff');
    if (Object.keys(diff).length) {
      return c.json({
        coverage: record.coverage,
        interpretations,
        diff,
        changes: diffReplays(record, base, diff),
      });
    }
    return c.json(replay(record, { ...base, verdicts: c.req.query('verdicts') === 'true' }));
  });

  app.get('/api/record/people', (c) => c.json({ persons: embeddedRecord().persons }));
  app.get('/api/record/organizations', (c) => c.json({ organizations: embeddedRecord().organizations }));
  app.get('/api/record/memberships', (c) => c.json({ memberships: embeddedRecord().memberships }));
  app.get('/api/record/compositions', (c) => c.json({ compositions: embeddedRecord().compositions }));
  app.get('/api/record/events', (c) => {
    const kind = c.req.query('kind');
    const from = dateQuery(c, 'from');
    const to = dateQuery(c, 'to');
    const votes = c.req.query('votes') === 'true';
    const events = embeddedRecord().events.filter(
      (e) =>
        (!kind || e.kind === kind) &&
        (!from || e.date >= from) &&
        (!to || e.date <= to) &&
        (!votes || !!e.tally),
    );
    return c.json({ coverage: embeddedRecord().coverage, events });
  });
  app.get('/api/record/vote-events', (c) =>
    c.json({ events: embeddedRecord().events.filter((e) => !!e.tally) }),
  );
  app.get('/api/record/events/:id', (c) => {
    const id = c.req.param('id');
    const { record, ix } = recordAndIndex();
    const event = record.events.find((e) => e.id === id);
    if (!event)
      throw new ApiError(
        404,
        'not_found',
        `no event ${id.slice(0, 100)} in the record`,
        `no hay evento ${id.slice(0, 100)} en el registro`,
      );
    // The engine's verdict on this event, from the same replay the CLI runs.
    const entry =
      replay(record, {
        lang: c.get('lang'),
        index: ix,
        from: event.date,
        to: event.date,
        verdicts: true,
      }).entries.find((e) => e.id === id) ?? null;
    const names: Record<string, string> = {};
    for (const ref of [
      event.target,
      ...(event.actors ?? []),
      ...(event.group_votes ?? []).map((g) => g.organization_id),
    ])
      if (ref) names[ref] = ix.personNames.get(ref) ?? ix.orgNames.get(ref) ?? ref;
    const composition = stateOn(record, event.date, ix);
    return c.json({ event, replay: entry, names, state: composition });
  });
}

const interpretationParam = (name: string, description: string) => ({
  name,
  in: 'query' as const,
  required: false,
  description,
  schema: { type: 'array', items: { type: 'string', pattern: '^[^=]+=.+$' } },
});

export const recordOps: Operation[] = [
  {
    method: 'get',
    path: '/api/state',
    tag: 'record',
    summary: 'The constitutional state at the end of a date, from the record (as `contrapeso state --json`)',
    params: [dateParam('date', false, 'YYYY-MM-DD; default today')],
  },
  {
    method: 'get',
    path: '/api/replay',
    tag: 'record',
    summary:
      'Every recorded event through the rules in force on its date (as `contrapeso replay --json`); with diff=, the verdicts that change under another reading',
    params: [
      interpretationParam('interpretation', 'key=option, repeatable'),
      interpretationParam('diff', 'key=option, repeatable: list the verdicts that change'),
      dateParam('from', false, 'first day'),
      dateParam('to', false, 'last day'),
      {
        name: 'verdicts',
        in: 'query',
        required: false,
        description: 'true: keep each full verdict',
        schema: { type: 'boolean' },
      },
    ],
  },
  {
    method: 'get',
    path: '/api/record/people',
    tag: 'record',
    summary: 'People in the record (Popolo persons)',
  },
  {
    method: 'get',
    path: '/api/record/organizations',
    tag: 'record',
    summary: 'Parties, groups and bodies (Popolo organizations)',
  },
  {
    method: 'get',
    path: '/api/record/memberships',
    tag: 'record',
    summary: 'Who held which post when (Popolo memberships)',
  },
  {
    method: 'get',
    path: '/api/record/compositions',
    tag: 'record',
    summary: 'Seats per parliamentary group by date',
  },
  {
    method: 'get',
    path: '/api/record/events',
    tag: 'record',
    summary: 'Recorded events in order, filtered by kind and dates',
    params: [
      {
        name: 'kind',
        in: 'query',
        required: false,
        description: 'action kind',
        schema: { type: 'string', enum: [...ACTION_KINDS, 'other'] },
      },
      dateParam('from', false, 'first day'),
      dateParam('to', false, 'last day'),
      {
        name: 'votes',
        in: 'query',
        required: false,
        description: 'true: only events with a tally',
        schema: { type: 'boolean' },
      },
    ],
  },
  {
    method: 'get',
    path: '/api/record/vote-events',
    tag: 'record',
    summary: 'Recorded events with a tally (vote events)',
  },
  {
    method: 'get',
    path: '/api/record/events/:id',
    tag: 'record',
    summary: "One event with the engine's verdict, the names it refers to and the state on its date",
    params: [{ name: 'id', in: 'path', required: true, description: 'event id', schema: { type: 'string' } }],
    responses: { '200': 'the event', '404': 'no such event' },
  },
];
