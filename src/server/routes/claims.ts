/**
 * The claim checker behind HTTP: an article (text, HTML or Markdown) → its claims with verdicts, offsets
 * and evidence (checkArticle, as `contrapeso claims --json`), or as schema.org ClaimReview JSON-LD.
 */
import type { Hono } from 'hono';
import { z } from 'zod';
import { checkArticle } from '../../claims/index.js';
import { toClaimReview, toJson } from '../../claims/report.js';
import { readJsonBody } from '../body.js';
import type { AppEnv } from '../context.js';
import { parseWith } from '../parse.js';
import type { Operation } from '../openapi.js';

/** Articles may be longer than other requests. */
export const MAX_ARTICLE_BYTES = 5_000_000;

export const claimsInputSchema = z.strictObject({
  text: z.string().min(1, 'must not be empty'),
  lang: z.enum(['es', 'en']).optional(),
  date: z.string().optional(),
  format: z.enum(['text', 'html', 'markdown']).optional(),
  name: z.string().max(300).optional(),
  output: z.enum(['json', 'claimreview']).optional(),
  url: z.string().max(2000).optional(),
});

export function registerClaims(app: Hono<AppEnv>): void {
  app.post('/api/claims', async (c) => {
    const input = parseWith(claimsInputSchema, await readJsonBody(c, MAX_ARTICLE_BYTES));
    const report = checkArticle(input.text, {
      ...(input.lang ? { lang: input.lang } : {}),
      ...(input.date ? { date: input.date } : {}),
      ...(input.format ? { format: input.format } : {}),
      ...(input.name ? { name: input.name } : {}),
    });
    if (input.output === 'claimreview')
      return c.json(toClaimReview(report, { lang: c.get('lang'), ...(input.url ? { url: input.url } : {}) }));
    return c.json(toJson(report));
  });
}

export const claimsOps: Operation[] = [
  {
    method: 'post',
    path: '/api/claims',
    tag: 'claims',
    summary:
      'Check an article: claims with verdicts (accurate, inaccurate, misleading, unverifiable, contested), offsets and evidence',
    body: claimsInputSchema,
  },
];
