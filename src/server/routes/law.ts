/**
 * The law as data: evaluate one action, the rules in force on a date and what changed between two dates,
 * the action kinds and the named interpretations. Every answer comes from the engine and the rulebook the
 * CLI uses.
 */
import type { Context, Hono } from 'hono';
import { evaluateRawOnRecord } from '../../engine/with-record.js';
import { ACTION_KINDS, isActionKind, type ActionKind } from '../../law/kinds.js';
import { rulesDiff, rulesOn } from '../../cli/rules-listing.js';
import { inputError } from '../errors.js';
import { defaultOption, INTERPRETATIONS } from '../../law/interpretations.js';
import { peruRulebook } from '../../law/peru/index.js';
import { today } from '../../lib/dates.js';
import { dateQuery, readJsonBody } from '../body.js';
import type { AppEnv } from '../context.js';
import { evaluateInputSchema } from '../../engine/input.js';
import { dateParam, type Operation } from '../openapi.js';

/** An optional `kind` query parameter, checked against the known action kinds. */
function kindQuery(c: Context<AppEnv>): ActionKind | undefined {
  const k = c.req.query('kind');
  if (k === undefined || k === '') return undefined;
  if (!isActionKind(k))
    throw inputError(
      'unknown_kind',
      'kind',
      `unknown action kind ${JSON.stringify(k.slice(0, 60))}; known kinds: ${ACTION_KINDS.join(', ')}`,
      `tipo de acción desconocido ${JSON.stringify(k.slice(0, 60))}; tipos conocidos: ${ACTION_KINDS.join(', ')}`,
    );
  return k;
}

export function registerLaw(app: Hono<AppEnv>): void {
  app.post('/api/evaluate', async (c) => {
    const raw = await readJsonBody(c, c.get('maxBody'));
    return c.json(evaluateRawOnRecord(raw, { lang: c.get('lang') })); // same as the CLI: on the record's state
  });

  app.get('/api/rules', (c) => {
    const date = dateQuery(c, 'date') ?? today();
    return c.json(rulesOn(peruRulebook(), date, c.get('lang'), kindQuery(c)));
  });

  app.get('/api/rules/diff', (c) => {
    const from = dateQuery(c, 'from', true);
    const to = dateQuery(c, 'to', true);
    return c.json(rulesDiff(peruRulebook(), from, to, c.get('lang'), kindQuery(c)));
  });

  app.get('/api/kinds', (c) => c.json({ kinds: ACTION_KINDS }));

  app.get('/api/interpretations', (c) => {
    const date = dateQuery(c, 'date') ?? today();
    return c.json({
      date,
      interpretations: INTERPRETATIONS.map((i) => ({
        key: i.key,
        question: i.question,
        options: i.options,
        default: defaultOption(i.key, date),
      })),
    });
  });
}

const kindParam = {
  name: 'kind',
  in: 'query' as const,
  required: false,
  description: 'only the versions governing this action kind',
  schema: { type: 'string', enum: [...ACTION_KINDS] },
};

export const lawOps: Operation[] = [
  {
    method: 'post',
    path: '/api/evaluate',
    tag: 'law',
    summary:
      'Evaluate one action on a date: the verdict with its threshold, margin, citations and explanation',
    body: evaluateInputSchema,
    responses: { '200': 'the verdict (DESIGN §4 evaluate output)' },
  },
  {
    method: 'get',
    path: '/api/rules',
    tag: 'law',
    summary:
      'The rule versions in force on a date (default today), the dated parameters and the default readings (as `contrapeso rules --json`)',
    params: [dateParam('date', false, 'YYYY-MM-DD'), kindParam],
  },
  {
    method: 'get',
    path: '/api/rules/diff',
    tag: 'law',
    summary:
      'What changed between two dates: versions added and removed, parameters and default readings (as `contrapeso rules --diff`)',
    params: [dateParam('from', true, 'YYYY-MM-DD'), dateParam('to', true, 'YYYY-MM-DD'), kindParam],
  },
  { method: 'get', path: '/api/kinds', tag: 'law', summary: 'The action kinds (DESIGN §3)' },
  {
    method: 'get',
    path: '/api/interpretations',
    tag: 'law',
    summary: 'The named interpretations, their options with authorities, and the default on a date',
    params: [dateParam('date', false, 'YYYY-MM-DD')],
  },
];
