/**
 * Reads and validates `data/peru/parameters/*.yaml`. Every problem is reported with file, line and field,
 * all at once: a value without a citation, dates out of order, an impossible date, a value of the wrong type.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isIsoDate } from '../../lib/dates.js';
import { InputError, issue, type Issue } from '../../lib/issues.js';
import { parseYamlSource } from '../../lib/yaml-source.js';
import type { Citation } from '../types.js';
import { ParameterSet, type Parameter, type ParameterType, type ParameterValue } from './parameters.js';
import { parseThresholdSpec } from './threshold-spec.js';
import { parseRational } from '../../lib/rational.js';

const TYPES: readonly ParameterType[] = ['integer', 'fraction', 'days', 'boolean', 'threshold'];
const CITATION_KINDS: readonly Citation['kind'][] = [
  'constitution',
  'reglamento',
  'law',
  'ruling',
  'press',
  'official',
  'practice',
];
const VALUE_FIELDS = new Set(['value', 'cite', 'url', 'kind', 'published', 'note', 'confidence']);

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Parses one parameter file's text; `file` is the name used in problem reports. */
export function parseParameterFile(text: string, file: string): { params: Parameter[]; issues: Issue[] } {
  const src = parseYamlSource(text, file);
  if (src.errors.length) return { params: [], issues: src.errors };
  const issues: Issue[] = [];
  const params: Parameter[] = [];
  const at = (path: (string | number)[]) => ({ file, line: src.lineOf(path), field: path.join('.') });

  if (!isRecord(src.data)) {
    return {
      params,
      issues: [
        issue(
          'invalid_type',
          'a parameter file is a map of parameter names',
          'un archivo de parámetros es un mapa de nombres',
          at([]),
        ),
      ],
    };
  }
  for (const [key, body] of Object.entries(src.data)) {
    if (!isRecord(body)) {
      issues.push(
        issue(
          'invalid_type',
          `parameter ${key} must be a map`,
          `el parámetro ${key} debe ser un mapa`,
          at([key]),
        ),
      );
      continue;
    }
    const type = body.type as ParameterType;
    if (!TYPES.includes(type)) {
      issues.push(
        issue(
          'invalid_value',
          `type must be one of ${TYPES.join(', ')}`,
          `type debe ser uno de ${TYPES.join(', ')}`,
          at([key, 'type']),
        ),
      );
      continue;
    }
    if (typeof body.description !== 'string' || !body.description.trim()) {
      issues.push(
        issue('missing_field', 'description is required', 'falta description', at([key, 'description'])),
      );
    }
    if (!isRecord(body.values) || Object.keys(body.values).length === 0) {
      issues.push(
        issue(
          'missing_field',
          'values must map effective dates to values',
          'values debe asociar fechas a valores',
          at([key, 'values']),
        ),
      );
      continue;
    }
    const values: ParameterValue[] = [];
    let previous: string | undefined;
    for (const [date, entry] of Object.entries(body.values)) {
      const path = [key, 'values', date];
      if (!isIsoDate(date)) {
        issues.push(
          issue(
            'invalid_date',
            `${date} is not a real calendar date (YYYY-MM-DD)`,
            `${date} no es una fecha real (AAAA-MM-DD)`,
            at(path),
          ),
        );
        continue;
      }
      if (previous !== undefined && date <= previous) {
        issues.push(
          issue(
            'dates_out_of_order',
            `${date} comes after ${previous}: effective dates must increase`,
            `${date} va después de ${previous}: las fechas deben ser crecientes`,
            at(path),
          ),
        );
      }
      previous = date;
      if (!isRecord(entry)) {
        issues.push(
          issue(
            'invalid_type',
            'each dated value is a map with value and cite',
            'cada valor fechado es un mapa con value y cite',
            at(path),
          ),
        );
        continue;
      }
      for (const f of Object.keys(entry)) {
        if (!VALUE_FIELDS.has(f)) {
          issues.push(
            issue('unknown_field', `unknown field ${f}`, `campo desconocido ${f}`, at([...path, f])),
          );
        }
      }
      if (typeof entry.cite !== 'string' || !entry.cite.trim()) {
        issues.push(
          issue(
            'missing_citation',
            `the value from ${date} has no citation (cite)`,
            `el valor desde ${date} no tiene cita (cite)`,
            at([...path, 'cite']),
          ),
        );
        continue;
      }
      if (entry.url !== undefined && (typeof entry.url !== 'string' || !/^https?:\/\/\S+$/.test(entry.url))) {
        issues.push(
          issue(
            'invalid_url',
            'url must be an http(s) address',
            'url debe ser una dirección http(s)',
            at([...path, 'url']),
          ),
        );
      }
      if (entry.published !== undefined && !isIsoDate(String(entry.published))) {
        issues.push(
          issue(
            'invalid_date',
            'published must be a real date',
            'published debe ser una fecha real',
            at([...path, 'published']),
          ),
        );
      }
      const kind = (entry.kind ?? 'constitution') as Citation['kind'];
      if (!CITATION_KINDS.includes(kind)) {
        issues.push(
          issue(
            'invalid_value',
            `kind must be one of ${CITATION_KINDS.join(', ')}`,
            `kind debe ser uno de ${CITATION_KINDS.join(', ')}`,
            at([...path, 'kind']),
          ),
        );
      }
      const converted = convertValue(type, entry.value);
      if (typeof converted === 'string') {
        issues.push(
          issue('invalid_type', converted, `valor de tipo incorrecto: ${converted}`, at([...path, 'value'])),
        );
        continue;
      }
      const citation: Citation = { kind, cite: entry.cite.trim() };
      if (typeof entry.url === 'string') citation.url = entry.url;
      if (entry.published !== undefined) citation.published = String(entry.published);
      const v: ParameterValue = { from: date, value: converted.value, citation };
      if (typeof entry.note === 'string') v.note = entry.note;
      if (entry.confidence === 'high' || entry.confidence === 'medium' || entry.confidence === 'low')
        v.confidence = entry.confidence;
      values.push(v);
    }
    params.push({ key, description: String(body.description ?? ''), type, file, values });
  }
  return { params, issues };
}

/** The value converted to its type, or a message saying why it is not of that type. */
function convertValue(type: ParameterType, raw: unknown): { value: ParameterValue['value'] } | string {
  if (raw === null) return { value: null }; // the parameter does not exist on this date (e.g. a chamber abolished)
  switch (type) {
    case 'integer':
    case 'days':
      return Number.isInteger(raw) && (raw as number) >= 0
        ? { value: raw as number }
        : `expected a whole number ≥ 0, got ${JSON.stringify(raw)}`;
    case 'boolean':
      return typeof raw === 'boolean' ? { value: raw } : `expected true or false, got ${JSON.stringify(raw)}`;
    case 'fraction':
      try {
        const r = parseRational(raw as string);
        return { value: r.num / r.den };
      } catch {
        return `expected a fraction like 2/3 or 0.4, got ${JSON.stringify(raw)}`;
      }
    case 'threshold':
      if (typeof raw !== 'string')
        return `expected a threshold like ">= 2/3 of legal", got ${JSON.stringify(raw)}`;
      try {
        return { value: parseThresholdSpec(raw) };
      } catch (e) {
        return (e as Error).message;
      }
  }
}

/** Loads every `*.yaml` in `dir`; throws an InputError listing every problem in every file. */
export function loadParameters(dir: string): ParameterSet {
  const issues: Issue[] = [];
  const all: Parameter[] = [];
  const seen = new Map<string, string>();
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const path = join(dir, name);
    const file = relative(process.cwd(), path) || path;
    const { params, issues: found } = parseParameterFile(readFileSync(path, 'utf8'), file);
    issues.push(...found);
    for (const p of params) {
      const other = seen.get(p.key);
      if (other) {
        issues.push(
          issue(
            'duplicate_id',
            `parameter ${p.key} is also defined in ${other}`,
            `el parámetro ${p.key} también está definido en ${other}`,
            { file, field: p.key },
          ),
        );
      }
      seen.set(p.key, file);
      all.push(p);
    }
  }
  if (issues.length) throw new InputError(issues);
  return new ParameterSet(all);
}
