/**
 * Reading request input: JSON bodies with a size limit (checked on the bytes actually read, not only on
 * Content-Length), and query parameters checked with the same rules as the CLI's options.
 */
import type { Context } from 'hono';
import { parseJsonText } from '../cli/io.js';
import { isIsoDate, type IsoDate } from '../lib/dates.js';
import { ApiError, inputError } from './errors.js';

export const DEFAULT_MAX_BODY_BYTES = 1_000_000;

function tooLarge(max: number): ApiError {
  return new ApiError(
    413,
    'body_too_large',
    `the request body is larger than ${max} bytes`,
    `el cuerpo de la petición supera ${max} bytes`,
  );
}

/** The body as text, refusing more than `max` bytes (declared or read). */
export async function readBodyText(c: Context, max: number): Promise<string> {
  const declared = Number(c.req.header('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > max) throw tooLarge(max);
  // With a declared length within the limit, read the body in one go (the fast path of the Node adapter);
  // the length is checked again on what actually arrived.
  if (Number.isFinite(declared)) {
    const text = await c.req.text();
    if (Buffer.byteLength(text) > max) throw tooLarge(max);
    return text;
  }
  const body = c.req.raw.body;
  if (!body) return '';
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(max);
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let off = 0;
  for (const ch of chunks) {
    all.set(ch, off);
    off += ch.byteLength;
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(all);
}

/** The body parsed as JSON; an empty or broken body is a 400 naming the position. */
export async function readJsonBody(c: Context, max: number): Promise<unknown> {
  const text = await readBodyText(c, max);
  if (!text.trim()) {
    throw inputError(
      'invalid_json',
      'body',
      'the request body is empty: send JSON',
      'el cuerpo de la petición está vacío: envíe JSON',
    );
  }
  return parseJsonText(text, 'body');
}

/** A required or optional ISO date query parameter. */
export function dateQuery(c: Context, name: string, required: true): IsoDate;
export function dateQuery(c: Context, name: string, required?: false): IsoDate | undefined;
export function dateQuery(c: Context, name: string, required = false): IsoDate | undefined {
  const v = c.req.query(name);
  if (v === undefined || v === '') {
    if (!required) return undefined;
    throw inputError(
      'missing_field',
      name,
      `the query parameter ${name} (YYYY-MM-DD) is required`,
      `falta el parámetro ${name} (AAAA-MM-DD)`,
    );
  }
  if (!isIsoDate(v)) {
    throw inputError(
      'invalid_date',
      name,
      `${name} must be a real calendar date, YYYY-MM-DD (got ${JSON.stringify(v.slice(0, 40))})`,
      `${name} debe ser una fecha real, AAAA-MM-DD (se recibió ${JSON.stringify(v.slice(0, 40))})`,
    );
  }
  return v;
}

/** A bounded whole-number query parameter. */
export function intQuery(c: Context, name: string, def: number, min: number, max: number): number {
  const v = c.req.query(name);
  if (v === undefined || v === '') return def;
  const n = Number(v);
  if (!/^-?\d+$/.test(v) || n < min || n > max) {
    throw inputError(
      'invalid_value',
      name,
      `${name} must be a whole number from ${min} to ${max}`,
      `${name} debe ser un número entero de ${min} a ${max}`,
    );
  }
  return n;
}
