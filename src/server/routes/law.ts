/**
 * The law as data: evaluate one action, the rules in force on a date and what changed between two dates,
 * the action kinds and the named interpretations. Every answer comes from the engine and the rulebook the
 * CLI uses.
 */
import type { Hono } from 'hono';
import { evaluateRaw } from '../../engine/evaluate.js';
import { ACTION_KINDS } from '../../law/kinds.js';
import { defaultOption, INTERPRETATIONS } from '../../law/interpretations.js';
import { peruRulebook } from '../../law/peru/index.js';
import type { RuleVersion } from '../../law/rule.js';
import type { IsoDate } from '../../lib/dates.js';
import { today } from '../../lib/dates.js';
import { dateQuery, readJsonBody } from '../body.js';
import type { AppEnv } from '../context.js';
import { evaluateInputSchema } from '../../engine/input.js';
import { dateParam, type Operation } from '../openapi.js';

export function ruleSummary(v: RuleVersion) {
  return {
    id: v.id,
    kinds: v.kinds,
    title: v.title,
    validFrom: v.validFrom,
    validTo: v.validTo ?? null,
    chambers: v.chambers,
    vote: typeof v.vote === 'function' ? 'depends' : v.vote,
    confidence: v.confidence ?? null,
    notes: v.notes ?? null,
    cites: v.cites,
  };
}

export function rulesInForce(date: IsoDate) {
  return peruRulebook()
    .inForce(date)
    .map(ruleSummary)
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** Versions in force on `to` but not on `from` (added), and the reverse (removed). */
export function rulesDiff(from: IsoDate, to: IsoDate) {
  const a = rulesInForce(from);
  const b = rulesInForce(to);
  const aIds = new Set(a.map((r) => r.id));
  const bIds = new Set(b.map((r) => r.id));
  return {
    from,
    to,
    added: b.filter((r) => !aIds.has(r.id)),
    removed: a.filter((r) => !bIds.has(r.id)),
    unchanged: b.filter((r) => aIds.has(r.id)).map((r) => r.id),
  };
}

export function registerLaw(app: Hono<AppEnv>): void {
  app.post('/api/evaluate', async (c) => {
    const raw = await readJsonBody(c, c.get('maxBody'));
    return c.json(evaluateRaw(raw, { lang: c.get('lang') }));
  });

  app.get('/api/rules', (c) => {
    const date = dateQuery(c, 'date') ?? today();
    return c.json({ date, rules: rulesInForce(date) });
  });

  app.get('/api/rules/diff', (c) => {
    const from = dateQuery(c, 'from', true);
    const to = dateQuery(c, 'to', true);
    return c.json(rulesDiff(from, to));
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
    summary: 'The rule versions in force on a date (default today)',
    params: [dateParam('date', false, 'YYYY-MM-DD')],
  },
  {
    method: 'get',
    path: '/api/rules/diff',
    tag: 'law',
    summary: 'The rule versions added and removed between two dates',
    params: [dateParam('from', true, 'YYYY-MM-DD'), dateParam('to', true, 'YYYY-MM-DD')],
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
