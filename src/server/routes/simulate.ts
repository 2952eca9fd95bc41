/**
 * The simulator behind HTTP: odds of a vote (POST /api/simulate, the body `contrapeso simulate` reads),
 * counterfactuals on a recorded vote (GET /api/whatif/:id?set=group=option) and paths to a goal
 * (GET or POST /api/paths). The same functions as the CLI, with the record's models.
 */
import type { Hono } from 'hono';
import { recordModelProvider } from '../../simulate/record-model.js';
import { simulateRaw } from '../../simulate/simulate.js';
import { findEvent, loadRecordData } from '../../simulate/record-adapter.js';
import { parseSet, whatIf } from '../../simulate/whatif.js';
import { findPaths, GOALS, type Goal } from '../../simulate/paths.js';
import { recordStateOn } from '../../simulate/record-state.js';
import { parseModel, type Group } from '../../simulate/model.js';
import type { Chamber } from '../../law/types.js';
import { dateQuery, intQuery, readJsonBody } from '../body.js';
import type { AppEnv } from '../context.js';
import { ApiError, inputError } from '../errors.js';
import { dateParam, type Operation } from '../openapi.js';

/** As `contrapeso paths --model`: one model for every chamber, or one per chamber. */
function modelsByChamber(raw: unknown): Partial<Record<Chamber, Group[]>> {
  const r = (raw ?? {}) as Record<string, unknown>;
  if (typeof r !== 'object' || Array.isArray(r)) return { congress: parseModel(r) };
  if ('groups' in r || 'members' in r) {
    const g = parseModel(r);
    return { congress: g, deputies: g, senate: g };
  }
  const out: Partial<Record<Chamber, Group[]>> = {};
  for (const c of ['congress', 'deputies', 'senate'] as const)
    if (r[c] !== undefined) out[c] = parseModel(r[c], undefined, `model.${c}`);
  return out;
}

export function registerSimulate(app: Hono<AppEnv>): void {
  app.post('/api/simulate', async (c) => {
    const raw = await readJsonBody(c, c.get('maxBody'));
    return c.json(simulateRaw(raw, { lang: c.get('lang'), recordModel: recordModelProvider() }));
  });

  app.get('/api/whatif/:id', (c) => {
    const id = c.req.param('id');
    const sets = (c.req.queries('set') ?? []).map((s, i) => parseSet(s, i));
    const data = loadRecordData();
    const event = findEvent(data, id);
    if (!event)
      throw new ApiError(
        404,
        'not_found',
        `no vote event ${id.slice(0, 100)} in the record`,
        `no hay votación ${id.slice(0, 100)} en el registro`,
      );
    return c.json(whatIf(event, { lang: c.get('lang'), sets }));
  });

  const paths = (
    from: string,
    goal: string,
    depth: number,
    max: number,
    lang: 'en' | 'es',
    model?: unknown,
  ) => {
    if (!(GOALS as readonly string[]).includes(goal))
      throw inputError(
        'invalid_value',
        'goal',
        `goal must be one of ${GOALS.join(', ')}`,
        `goal debe ser uno de ${GOALS.join(', ')}`,
      );
    const record = recordStateOn(from);
    const result = findPaths(from, goal as Goal, {
      ...(model !== undefined ? { model: modelsByChamber(model) } : {}),
      depth,
      lang,
      maxPaths: max,
      ...(record ? { state: record.state } : {}),
      recordModel: recordModelProvider(),
    });
    if (record) result.notes.unshift(...record.notes);
    return result;
  };
  // Depth is capped lower than the CLI's 12: the search grows fast and a server must answer promptly.
  app.get('/api/paths', (c) => {
    const from = dateQuery(c, 'from', true);
    const goal = c.req.query('goal') ?? '';
    return c.json(
      paths(from, goal, intQuery(c, 'depth', 4, 1, 6), intQuery(c, 'max', 20, 1, 100), c.get('lang')),
    );
  });
}

export const simulateOps: Operation[] = [
  {
    method: 'post',
    path: '/api/simulate',
    tag: 'simulate',
    summary:
      'Exact probability that a vote passes from a bloc model, or from the record’s model (as `contrapeso simulate --json`)',
    body: {
      type: 'object',
      description:
        '{date, action: {kind, chamber?}, model?: {groups: [{name, seats, for, against?, abstain?, absent?}]}, interpretations?}',
    },
  },
  {
    method: 'get',
    path: '/api/whatif/:id',
    tag: 'simulate',
    summary:
      'Counterfactuals on a recorded vote: the fewest changes that flip it; set= changes a whole group (as `contrapeso whatif`)',
    params: [
      { name: 'id', in: 'path', required: true, description: 'vote event id', schema: { type: 'string' } },
      {
        name: 'set',
        in: 'query',
        required: false,
        description: 'group=for|against|abstain|absent, repeatable',
        schema: { type: 'array', items: { type: 'string' } },
      },
    ],
    responses: { '200': 'the counterfactuals', '404': 'no such vote event' },
  },
  {
    method: 'get',
    path: '/api/paths',
    tag: 'simulate',
    summary:
      'Legal sequences of steps from the state on a date to a goal, each with its probability (as `contrapeso paths --json`)',
    params: [
      dateParam('from', true, 'start date'),
      {
        name: 'goal',
        in: 'query',
        required: true,
        description: 'the goal',
        schema: { type: 'string', enum: [...GOALS] },
      },
      {
        name: 'depth',
        in: 'query',
        required: false,
        description: 'most steps (1–6, default 4)',
        schema: { type: 'integer', minimum: 1, maximum: 6 },
      },
      {
        name: 'max',
        in: 'query',
        required: false,
        description: 'most paths (1–100, default 20)',
        schema: { type: 'integer', minimum: 1, maximum: 100 },
      },
    ],
  },
];
