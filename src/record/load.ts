/**
 * The record loader: reads a data folder (data/peru layout), validates every file and every cross-file
 * fact, and reports EVERY problem at once with file, line, field and code (es/en). A user's folder
 * (`--data DIR`) is read the same way and merged over the embedded record: an item with the id of an
 * embedded one replaces it (and the result lists the override); a repeated id within one folder is an error.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { InputError, issue, type Issue, type IssueCode } from '../lib/issues.js';
import { parseYamlSource } from '../lib/yaml-source.js';
import type { ParameterSet } from '../law/parameters/parameters.js';
import { defaultParameters } from '../law/parameters/default.js';
import {
  compositionSchema,
  eventSchema,
  membershipSchema,
  organizationSchema,
  personSchema,
} from './schema.js';
import type { Override, PeruRecord } from './types.js';
import { crossCheck, urlIssues, type Located } from './validate.js';
import { sortEvents, coverageOf } from './order.js';

export type Collection = 'persons' | 'organizations' | 'memberships' | 'compositions' | 'events';

const SCHEMAS: Record<Collection, z.ZodType> = {
  persons: personSchema,
  organizations: organizationSchema,
  memberships: membershipSchema,
  compositions: compositionSchema,
  events: eventSchema,
};

/** One data file's text and its path (relative, as shown in messages). */
export interface SourceFile {
  path: string;
  text: string;
}

/** Which collection a file of the data folder holds, from its path; null for files the loader ignores. */
export function collectionOf(rel: string): Collection | null {
  const r = rel.replace(/\\/g, '/');
  if (/^events\/\d{4}\.ya?ml$/.test(r)) return 'events';
  const m = /^(persons|organizations|memberships|compositions)\.ya?ml$/.exec(r);
  return m ? (m[1] as Collection) : null;
}

/** The record's files in a folder (parameters and README are not part of it). */
export function readDataFolder(dir: string, label = dir): SourceFile[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new InputError([
      issue('missing_field', `data folder not found: ${dir}`, `carpeta de datos no encontrada: ${dir}`, {
        file: label,
      }),
    ]);
  }
  const files: SourceFile[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (collectionOf(name))
      files.push({ path: join(label, name), text: readFileSync(join(dir, name), 'utf8') });
  }
  const events = join(dir, 'events');
  if (existsSync(events)) {
    for (const name of readdirSync(events).sort()) {
      if (/\.ya?ml$/.test(name))
        files.push({ path: join(label, 'events', name), text: readFileSync(join(events, name), 'utf8') });
    }
  }
  return files;
}

function relOf(path: string, label: string): string {
  const p = path.replace(/\\/g, '/');
  const l = label.replace(/\\/g, '/').replace(/\/$/, '');
  return p.startsWith(l + '/') ? p.slice(l.length + 1) : p;
}

/** zod issue → record issue with the line of the offending key. */
function fromZod(
  i: z.core.$ZodIssue,
  base: (string | number)[],
  loc: Located,
  label: string,
  raw: unknown,
): Issue[] {
  const path = [...base, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
  const fieldOf = (p: (string | number)[]) => fieldName(loc, p);
  if (i.code === 'unrecognized_keys') {
    return i.keys.map((k) =>
      issue(
        'unknown_field',
        `unknown field "${k}"${label ? ` in ${label}` : ''}; see data/peru/README.md for the fields of this file`,
        `campo desconocido "${k}"${label ? ` en ${label}` : ''}; ver data/peru/README.md para los campos de este archivo`,
        { file: loc.file, line: loc.lineOf([...path, k]), field: fieldOf([...path, k]) },
      ),
    );
  }
  const key = path[path.length - 1];
  let value: unknown = raw;
  for (const p of i.path)
    value = (value as Record<PropertyKey, unknown> | null | undefined)?.[p as PropertyKey];
  let code: IssueCode = 'invalid_value';
  if (value === undefined && i.code !== 'custom')
    code = key === 'sources' ? 'missing_source' : 'missing_field';
  else if (/whole number/.test(i.message)) code = 'invalid_value';
  else if (i.code === 'invalid_type') code = 'invalid_type';
  else if (/date/.test(i.message)) code = 'invalid_date';
  else if (/negative/.test(i.message)) code = 'negative_count';
  else if (key === 'kind' && path.length === 2) code = 'unknown_kind';
  else if (key === 'sources' && i.code === 'too_small') code = 'missing_source';
  const field = fieldOf(path);
  return [
    issue(code, `${field}: ${i.message}`, `${field}: ${spanish(i.message)}`, {
      file: loc.file,
      line: loc.lineOf(path),
      field,
    }),
  ];
}

/** The few messages the schemas write themselves, in Spanish; zod's own stay as they are, after a label. */
function spanish(msg: string): string {
  const known: Record<string, string> = {
    'must be a real calendar date, YYYY-MM-DD': 'debe ser una fecha real, AAAA-MM-DD',
    'must be a date, YYYY-MM-DD': 'debe ser una fecha, AAAA-MM-DD',
    'must be a whole number': 'debe ser un número entero',
    'must not be negative': 'no debe ser negativo',
    'at least one source URL is required': 'se requiere al menos una URL de fuente',
    'must be a lowercase slug (letters, digits, hyphens)':
      'debe ser un identificador en minúsculas (letras, dígitos, guiones)',
    'must be a time HH:MM': 'debe ser una hora HH:MM',
  };
  return known[msg] ?? `valor no válido (${msg})`;
}

export function fieldName(loc: Located, path: (string | number)[]): string {
  const [index, ...rest] = path;
  if (typeof index !== 'number') return path.join('.');
  const item = loc.items[index] as { id?: unknown; person_id?: unknown; role?: unknown } | undefined;
  const name =
    typeof item?.id === 'string'
      ? item.id
      : typeof item?.person_id === 'string'
        ? `${item.person_id}/${String(item.role)}`
        : `#${index + 1}`;
  return [name, ...rest].join('.');
}

interface Layer {
  label: string;
  files: SourceFile[];
}

export interface LoadResult {
  record: PeruRecord;
  issues: Issue[];
}

export interface LoadOptions {
  params?: ParameterSet;
}

/**
 * Validates and merges layers of data files (the embedded record first, then a user's folder). Returns
 * the record built from the valid items and every issue found; callers that need a clean record use
 * `loadRecordOrThrow`.
 */
export function loadLayers(layers: Layer[], opts: LoadOptions = {}): LoadResult {
  const issues: Issue[] = [];
  const merged: Record<Collection, { item: Record<string, unknown>; loc: Located; index: number }[]> = {
    persons: [],
    organizations: [],
    memberships: [],
    compositions: [],
    events: [],
  };
  const overrides: Override[] = [];
  for (const layer of layers) {
    const seenInLayer = new Map<string, { file: string; line?: number }>();
    for (const f of layer.files) {
      const rel = relOf(f.path, layer.label);
      const collection = collectionOf(rel);
      if (!collection) {
        issues.push(
          issue(
            'invalid_value',
            `unexpected file ${rel}: events go in events/YYYY.yaml; other files are persons, organizations, memberships, compositions (.yaml)`,
            `archivo inesperado ${rel}: los eventos van en events/AAAA.yaml; los demás archivos son persons, organizations, memberships, compositions (.yaml)`,
            { file: f.path },
          ),
        );
        continue;
      }
      let src: ReturnType<typeof parseYamlSource>;
      try {
        src = parseYamlSource(f.text, f.path);
      } catch (e) {
        // The yaml library throws (rather than reports) on some documents, e.g. an alias with no anchor.
        const msg = (e as Error).message;
        issues.push(issue('yaml_syntax', msg, `YAML mal formado: ${msg}`, { file: f.path }));
        continue;
      }
      if (src.errors.length) {
        issues.push(...src.errors);
        continue;
      }
      if (src.data === null || src.data === undefined) continue; // an empty file holds nothing
      const loc: Located = { file: f.path, lineOf: src.lineOf, items: [], collection };
      if (!Array.isArray(src.data)) {
        issues.push(
          issue(
            'invalid_type',
            `${rel} must be a YAML list (each item starting with "- ")`,
            `${rel} debe ser una lista YAML (cada elemento empieza con "- ")`,
            { file: f.path, line: 1 },
          ),
        );
        continue;
      }
      loc.items = src.data as unknown[];
      const fileYear = collection === 'events' ? /(\d{4})\.ya?ml$/.exec(rel)?.[1] : undefined;
      src.data.forEach((raw, index) => {
        if (raw && typeof raw === 'object')
          issues.push(...urlIssues(raw as Record<string, unknown>, { loc, index }));
        const parsed = SCHEMAS[collection].safeParse(raw);
        if (!parsed.success) {
          for (const zi of parsed.error.issues) issues.push(...fromZod(zi, [index], loc, rel, raw));
          return;
        }
        const item = parsed.data as Record<string, unknown>;
        if (fileYear && typeof item.date === 'string' && item.date.slice(0, 4) !== fileYear) {
          issues.push(
            issue(
              'invalid_date',
              `event dated ${item.date} is in ${rel}; it belongs in events/${item.date.slice(0, 4)}.yaml`,
              `evento con fecha ${item.date} está en ${rel}; corresponde a events/${item.date.slice(0, 4)}.yaml`,
              { file: f.path, line: src.lineOf([index, 'date']), field: fieldName(loc, [index, 'date']) },
            ),
          );
        }
        const id = typeof item.id === 'string' ? item.id : undefined;
        const list = merged[collection];
        if (id !== undefined) {
          const key = `${collection}:${id}`;
          const line = src.lineOf([index, 'id']);
          const first = seenInLayer.get(key);
          if (first) {
            issues.push(
              issue(
                'duplicate_id',
                `${collection} id "${id}" is used twice: ${first.file}:${first.line ?? '?'} and here`,
                `el id "${id}" de ${collection} se usa dos veces: ${first.file}:${first.line ?? '?'} y aquí`,
                { file: f.path, line, field: `${id}.id` },
              ),
            );
            return;
          }
          seenInLayer.set(key, { file: f.path, line });
          const existing = list.findIndex((e) => e.item.id === id);
          if (existing >= 0) {
            list[existing] = { item, loc, index };
            overrides.push({ collection, id, file: f.path, line });
            return;
          }
        }
        list.push({ item, loc, index });
      });
    }
  }
  const params = opts.params ?? defaultParameters();
  issues.push(...crossCheck(merged, params));
  const events = sortEvents(merged.events.map((e) => e.item) as unknown as PeruRecord['events']);
  const record: PeruRecord = {
    persons: merged.persons.map((e) => e.item) as unknown as PeruRecord['persons'],
    organizations: merged.organizations.map((e) => e.item) as unknown as PeruRecord['organizations'],
    memberships: merged.memberships.map((e) => e.item) as unknown as PeruRecord['memberships'],
    compositions: merged.compositions.map((e) => e.item) as unknown as PeruRecord['compositions'],
    events,
    coverage: coverageOf(events),
    overrides,
  };
  return { record, issues };
}

/** Loads the folders (embedded first), throwing an InputError that lists every problem. */
export function loadRecordOrThrow(layers: Layer[], opts: LoadOptions = {}): PeruRecord {
  const { record, issues } = loadLayers(layers, opts);
  if (issues.length) throw new InputError(issues);
  return record;
}

export function layerFromFolder(dir: string, label = dir): Layer {
  return { label, files: readDataFolder(dir, label) };
}
