/**
 * The slice of the record the claim checker needs: people, organizations, memberships and events.
 * Read straight from `data/peru/*.yaml` (format in data/peru/README.md) through this small adapter, so
 * the checker can switch to the src/record API once it lands without touching extraction or judgement.
 * Missing files give an empty record (every claim then comes out `unverifiable`), never a crash.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { IsoDate } from '../lib/dates.js';
import { embeddedDataDir } from '../lib/paths.js';

export interface RecordPerson {
  id: string;
  name: string;
  other_names?: string[];
  sources?: string[];
}
export interface RecordOrganization {
  id: string;
  name: string;
  classification?: string;
  other_names?: string[];
  sources?: string[];
}
export interface RecordMembership {
  person_id: string;
  role: string;
  organization_id?: string;
  label?: string;
  start_date: IsoDate;
  end_date?: IsoDate | null;
  sources?: string[];
}
export interface RecordTally {
  for: number;
  against: number;
  abstain?: number | null;
  absent?: number | null;
}
/** An event as the checker reads it: the README's fields, plus a few optional ones it understands. */
export interface RecordEvent {
  id: string;
  date: IsoDate;
  kind: string;
  type?: string;
  chamber?: string;
  target?: string;
  /** Persons or organizations involved, by id (optional). */
  actors?: string[];
  tally?: RecordTally | null;
  tally_alternatives?: { tally: RecordTally; source: string }[];
  outcome?: string;
  role?: string;
  /** For emergencies: the areas covered (departments, provinces, …). */
  regions?: string[];
  areas?: string[];
  /** For death-toll and similar counts (kind `other`, type `death-toll`). */
  deaths?: number | null;
  injured?: number | null;
  counts?: Record<string, number | null>;
  /** For `election.round`. */
  results?: { candidates: { name: string; votes: number; person_id?: string }[] };
  description?: string;
  sources: string[];
  notes?: string;
}
export interface ClaimsRecord {
  persons: RecordPerson[];
  organizations: RecordOrganization[];
  memberships: RecordMembership[];
  events: RecordEvent[];
}

function readList<T>(file: string): T[] {
  if (!existsSync(file)) return [];
  try {
    const v = parse(readFileSync(file, 'utf8')) as unknown;
    return Array.isArray(v) ? (v as T[]) : [];
  } catch {
    return [];
  }
}

function normDate(d: unknown): IsoDate {
  if (d instanceof Date) return d.toISOString().slice(0, 10);
  return String(d ?? '');
}

/** Loads the record from a directory laid out as data/peru/ is. */
export function loadClaimsRecord(dir: string): ClaimsRecord {
  const events: RecordEvent[] = [];
  const evDir = join(dir, 'events');
  if (existsSync(evDir)) {
    for (const f of readdirSync(evDir).sort()) {
      if (!/\.ya?ml$/.test(f)) continue;
      for (const e of readList<RecordEvent>(join(evDir, f))) {
        if (!e || typeof e !== 'object' || !e.id) continue;
        events.push({ ...e, date: normDate(e.date), sources: Array.isArray(e.sources) ? e.sources : [] });
      }
    }
  }
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const memberships = readList<RecordMembership>(join(dir, 'memberships.yaml')).map((m) => ({
    ...m,
    start_date: normDate(m.start_date),
    end_date: m.end_date ? normDate(m.end_date) : null,
  }));
  return {
    persons: readList<RecordPerson>(join(dir, 'persons.yaml')),
    organizations: readList<RecordOrganization>(join(dir, 'organizations.yaml')),
    memberships,
    events,
  };
}

let cached: ClaimsRecord | undefined;
/** The project's own record (data/peru), loaded once. */
export function defaultClaimsRecord(): ClaimsRecord {
  cached ??= loadClaimsRecord(embeddedDataDir());
  return cached;
}
