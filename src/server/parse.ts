/** Validating JSON with a zod schema into InputError (same issue format as the CLI's inputs). */
import type { z } from 'zod';
import { InputError } from '../lib/issues.js';
import { zodIssues } from '../engine/input.js';

export function parseWith<S extends z.ZodType>(schema: S, raw: unknown, prefix = ''): z.infer<S> {
  const r = schema.safeParse(raw);
  if (!r.success) throw new InputError(zodIssues(r.error, prefix));
  return r.data;
}
