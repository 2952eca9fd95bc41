/**
 * How the API answers when something goes wrong. Bad input (InputError, from the same zod schemas and
 * checks the CLI uses) is the caller's fault: 400 when the body is not JSON at all, 422 when it is JSON
 * that does not make sense, with every issue in the requested language. Anything else is our fault: it is
 * logged with its stack and answered with a 500 that says nothing about internals.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { InputError, issue, type Issue, type IssueCode } from '../lib/issues.js';
import type { Lang } from '../law/types.js';

export interface ErrorBody {
  error: { status: number; code: string; message: string; issues: (Issue & { text: string })[] };
}

/** An error with an HTTP status and a message in both languages (404, 405, 413, 415…). */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 404 | 405 | 409 | 413 | 415 | 422 | 503,
    readonly code: string,
    readonly en: string,
    readonly es: string,
  ) {
    super(en);
  }
}

export function inputError(code: IssueCode, field: string, en: string, es: string): InputError {
  return new InputError([issue(code, en, es, { field })]);
}

export function errorBody(
  status: number,
  code: string,
  message: string,
  issues: Issue[],
  lang: Lang,
): ErrorBody {
  return {
    error: {
      status,
      code,
      message,
      issues: issues.map((i) => ({ ...i, text: i.message[lang] })),
    },
  };
}

export function statusOfInputError(e: InputError): 400 | 422 {
  return e.issues.length > 0 && e.issues.every((i) => i.code === 'invalid_json') ? 400 : 422;
}

export type Logger = (message: string) => void;

export function handleError(err: unknown, c: Context, log: Logger): Response {
  const lang = (c.get('lang' as never) as Lang | undefined) ?? 'en';
  if (err instanceof InputError) {
    const status = statusOfInputError(err);
    const message = err.issues.map((i) => i.message[lang]).join('; ');
    return c.json(
      errorBody(status, err.issues[0]?.code ?? 'invalid_value', message, err.issues, lang),
      status,
    );
  }
  if (err instanceof ApiError) {
    return c.json(errorBody(err.status, err.code, lang === 'es' ? err.es : err.en, [], lang), err.status);
  }
  if (err instanceof HTTPException && err.status < 500) {
    const msg =
      err.status === 413
        ? lang === 'es'
          ? 'el cuerpo de la petición es demasiado grande'
          : 'the request body is too large'
        : err.message || (lang === 'es' ? 'petición no válida' : 'bad request');
    return c.json(errorBody(err.status, 'http_' + err.status, msg, [], lang), err.status);
  }
  log(`internal error on ${c.req.method} ${c.req.path}: ${(err as Error)?.stack ?? String(err)}`);
  const msg = lang === 'es' ? 'error interno del servidor' : 'internal server error';
  return c.json(errorBody(500, 'internal', msg, [], lang), 500);
}
