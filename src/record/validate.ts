/**
 * Cross-file checks of the record, after each item passed its schema: references (every person and
 * organization exists), sources (http(s) URLs), tallies (never above the chamber's legal number on the
 * date, from the dated parameters `chamber.<c>.seats`), dates (memberships end after they start, events
 * in order within each file, never in the future, and within the target's term where memberships say so).
 */
import { issue, type Issue } from '../lib/issues.js';
import { today, type IsoDate } from '../lib/dates.js';
import type { ParameterSet } from '../law/parameters/parameters.js';
import type { Chamber } from '../law/types.js';
import type { EventRecord, MembershipRecord, RecordTally } from './schema.js';
import { inOrder } from './order.js';
import { defaultChamber } from './chamber.js';

/** Where the items of one file came from, so a problem names its file and line. */
export interface Located {
  file: string;
  lineOf(path: readonly (string | number)[]): number | undefined;
  items: unknown[];
  collection: string;
}

type Entry = { item: Record<string, unknown>; loc: Located; index: number };
type Merged = Record<'persons' | 'organizations' | 'memberships' | 'compositions' | 'events', Entry[]>;

const URL_RE = /^https?:\/\/[^\s/$.?#][^\s]*$/i;

export function isHttpUrl(s: unknown): boolean {
  if (typeof s !== 'string' || !URL_RE.test(s)) return false;
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.includes('.');
  } catch {
    return false;
  }
}

/** Which office a kind's target must hold on the event's date, when memberships record it. */
const TARGET_OFFICE: Partial<Record<string, readonly string[]>> = {
  'vacancy.file': ['president'],
  'vacancy.admit': ['president'],
  'vacancy.vote': ['president'],
  'president.resign': ['president'],
  'president.suspend': ['president'],
  'mesa.censure': ['president-of-congress', 'president-of-senate', 'president-of-deputies'],
  'censure.file': ['prime-minister', 'minister'],
  'censure.vote': ['prime-minister', 'minister'],
  'interpellation.file': ['prime-minister', 'minister'],
  'interpellation.admit': ['prime-minister', 'minister'],
  'cabinet.investiture': ['prime-minister'],
  'confidence.raise': ['prime-minister', 'minister'],
  'confidence.vote': ['prime-minister', 'minister'],
};

export function crossCheck(merged: Merged, params: ParameterSet): Issue[] {
  const issues: Issue[] = [];
  const persons = new Set(merged.persons.map((e) => e.item.id as string));
  const orgs = new Set(merged.organizations.map((e) => e.item.id as string));
  const at = (e: Entry, path: (string | number)[], field: string) => ({
    file: e.loc.file,
    line: e.loc.lineOf([e.index, ...path]),
    field: `${nameOf(e)}.${field}`,
  });

  const refIssue = (
    e: Entry,
    path: (string | number)[],
    id: unknown,
    what: 'person' | 'organization' | 'person or organization',
  ) =>
    issue(
      'unknown_reference',
      `${path.join('.')} refers to ${JSON.stringify(id)}, which is not a ${what} in the record`,
      `${path.join('.')} remite a ${JSON.stringify(id)}, que no es ${what === 'person' ? 'una persona' : what === 'organization' ? 'una organización' : 'una persona ni una organización'} del registro`,
      at(e, path, path.join('.')),
    );
  const checkPerson = (e: Entry, path: (string | number)[], id: unknown) => {
    if (typeof id === 'string' && !persons.has(id)) issues.push(refIssue(e, path, id, 'person'));
  };
  const checkOrg = (e: Entry, path: (string | number)[], id: unknown) => {
    if (typeof id === 'string' && !orgs.has(id)) issues.push(refIssue(e, path, id, 'organization'));
  };
  const checkEither = (e: Entry, path: (string | number)[], id: unknown) => {
    if (typeof id === 'string' && !persons.has(id) && !orgs.has(id))
      issues.push(refIssue(e, path, id, 'person or organization'));
  };

  for (const e of merged.organizations) checkOrg(e, ['parent_id'], e.item.parent_id);

  // Memberships: references and dates.
  const byPerson = new Map<string, MembershipRecord[]>();
  for (const e of merged.memberships) {
    const m = e.item as unknown as MembershipRecord;
    checkPerson(e, ['person_id'], m.person_id);
    checkOrg(e, ['organization_id'], m.organization_id);
    checkOrg(e, ['on_behalf_of_id'], m.on_behalf_of_id);
    if (m.end_date && m.end_date < m.start_date)
      issues.push(
        issue(
          'dates_out_of_order',
          `end_date ${m.end_date} is before start_date ${m.start_date}`,
          `end_date ${m.end_date} es anterior a start_date ${m.start_date}`,
          at(e, ['end_date'], 'end_date'),
        ),
      );
    const list = byPerson.get(m.person_id) ?? [];
    list.push(m);
    byPerson.set(m.person_id, list);
  }

  // Compositions: references, and seats within the total and the chamber.
  for (const e of merged.compositions) {
    const c = e.item as {
      chamber: Chamber;
      date: IsoDate;
      total: number;
      groups: { organization_id: string; seats: number }[];
    };
    c.groups.forEach((g, k) => checkOrg(e, ['groups', k, 'organization_id'], g.organization_id));
    const seats = seatsOn(params, c.chamber, c.date);
    if (seats !== null && c.total > seats)
      issues.push(
        exceeds(
          `total is ${c.total}`,
          `total es ${c.total}`,
          seats,
          c.chamber,
          c.date,
          at(e, ['total'], 'total'),
        ),
      );
    const sum = c.groups.reduce((s, g) => s + g.seats, 0);
    if (sum > c.total)
      issues.push(
        issue(
          'tally_exceeds_chamber',
          `the groups' seats add up to ${sum}, more than the total of ${c.total}`,
          `los escaños de los grupos suman ${sum}, más que el total de ${c.total}`,
          at(e, ['groups'], 'groups'),
        ),
      );
  }

  // Events.
  const now = today();
  const eventDates = new Map(merged.events.map((e) => [e.item.id as string, e.item.date as string]));
  const prevInFile = new Map<string, Entry>();
  for (const e of merged.events) {
    const ev = e.item as unknown as EventRecord;
    checkEither(e, ['target'], ev.target);
    (ev.actors ?? []).forEach((a, k) => checkEither(e, ['actors', k], a));
    (ev.group_votes ?? []).forEach((g, k) =>
      checkOrg(e, ['group_votes', k, 'organization_id'], g.organization_id),
    );
    (ev.results?.candidates ?? []).forEach((c, k) => {
      checkPerson(e, ['results', 'candidates', k, 'person_id'], c.person_id);
      checkOrg(e, ['results', 'candidates', k, 'organization_id'], c.organization_id);
    });
    if (ev.concerns !== undefined) {
      const d = eventDates.get(ev.concerns);
      if (d === undefined || d > ev.date)
        issues.push(
          issue(
            'unknown_reference',
            `concerns refers to ${JSON.stringify(ev.concerns)}, which is not an earlier event of the record`,
            `concerns remite a ${JSON.stringify(ev.concerns)}, que no es un evento anterior del registro`,
            at(e, ['concerns'], 'concerns'),
          ),
        );
    }
    if (ev.kind === 'other' && !ev.type)
      issues.push(
        issue(
          'missing_field',
          'an event of kind other needs a type (self-coup, ruling, …)',
          'un evento de tipo other necesita un type (self-coup, ruling, …)',
          at(e, ['kind'], 'type'),
        ),
      );
    if (ev.kind !== 'other' && ev.type !== undefined)
      issues.push(
        issue(
          'invalid_value',
          `type is only for events of kind other (this one is ${ev.kind})`,
          `type solo corresponde a eventos de tipo other (este es ${ev.kind})`,
          at(e, ['type'], 'type'),
        ),
      );
    if (ev.date > now)
      issues.push(
        issue(
          'date_out_of_range',
          `${ev.date} is in the future: the record holds what happened`,
          `${ev.date} está en el futuro: el registro guarda lo que ocurrió`,
          at(e, ['date'], 'date'),
        ),
      );
    for (const f of ['admitted_on', 'filed_on'] as const) {
      const d = ev[f];
      if (d && d > ev.date)
        issues.push(
          issue(
            'dates_out_of_order',
            `${f} ${d} is after the event's date ${ev.date}`,
            `${f} ${d} es posterior a la fecha del evento ${ev.date}`,
            at(e, [f], f),
          ),
        );
    }
    // Order within the file.
    const prev = prevInFile.get(e.loc.file);
    if (prev && !inOrder(prev.item as unknown as EventRecord, ev)) {
      const p = prev.item as unknown as EventRecord;
      issues.push(
        issue(
          'dates_out_of_order',
          `event ${ev.id} (${ev.date}${ev.seq !== undefined ? ` seq ${ev.seq}` : ''}${ev.time ? ` ${ev.time}` : ''}) comes after ${p.id} (${p.date}${p.seq !== undefined ? ` seq ${p.seq}` : ''}${p.time ? ` ${p.time}` : ''}) in the file; events go in real order`,
          `el evento ${ev.id} (${ev.date}) viene después de ${p.id} (${p.date}) en el archivo; los eventos van en su orden real`,
          at(e, ['date'], 'date'),
        ),
      );
    }
    prevInFile.set(e.loc.file, e);
    // Tallies within the chamber.
    const chamber = ev.chamber ?? defaultChamber(ev.date);
    const seats = seatsOn(params, chamber, ev.date);
    if (seats !== null) {
      const tallies: [string, RecordTally | null | undefined][] = [
        ['tally', ev.tally],
        ['expedite', ev.expedite],
        ...(ev.tally_alternatives ?? []).map(
          (a, k) => [`tally_alternatives.${k}.tally`, a.tally] as [string, RecordTally],
        ),
      ];
      for (const [field, t] of tallies) {
        if (!t) continue;
        const total = (t.for ?? 0) + (t.against ?? 0) + (t.abstain ?? 0) + (t.absent ?? 0);
        if (total > seats)
          issues.push(
            exceeds(
              `the tally adds up to ${total}`,
              `la votación suma ${total}`,
              seats,
              chamber,
              ev.date,
              at(
                e,
                field.split('.').map((x) => (/^\d+$/.test(x) ? Number(x) : x)),
                field,
              ),
            ),
          );
      }
      for (const f of ['signatures', 'habiles'] as const) {
        const n = ev[f];
        if (typeof n === 'number' && n > seats)
          issues.push(exceeds(`${f} is ${n}`, `${f} es ${n}`, seats, chamber, ev.date, at(e, [f], f)));
      }
      const gv = (ev.group_votes ?? []).reduce(
        (s, g) => s + (g.for ?? 0) + (g.against ?? 0) + (g.abstain ?? 0) + (g.absent ?? 0),
        0,
      );
      if (gv > seats)
        issues.push(
          exceeds(
            `group_votes add up to ${gv}`,
            `group_votes suman ${gv}`,
            seats,
            chamber,
            ev.date,
            at(e, ['group_votes'], 'group_votes'),
          ),
        );
    }
    // Within the target's term, where memberships record the office.
    const offices = TARGET_OFFICE[ev.kind];
    if (offices && typeof ev.target === 'string' && persons.has(ev.target)) {
      const held = (byPerson.get(ev.target) ?? []).filter((m) => offices.includes(m.role));
      // A censured or interpellated member of the Council may be any minister: the check needs the
      // record to hold the person's minister posts, not only a later premiership.
      const known = offices.includes('minister') ? held.some((m) => m.role === 'minister') : held.length > 0;
      if (known && !held.some((m) => m.start_date <= ev.date && (!m.end_date || ev.date <= m.end_date))) {
        const terms = held.map((m) => `${m.role} ${m.start_date} → ${m.end_date ?? '…'}`).join('; ');
        issues.push(
          issue(
            'outside_term',
            `${ev.kind} on ${ev.date} targets ${ev.target}, who did not hold ${offices.join(' or ')} that day (memberships: ${terms})`,
            `${ev.kind} del ${ev.date} se dirige a ${ev.target}, que no ocupaba el cargo (${offices.join(' o ')}) ese día (membresías: ${terms})`,
            at(e, ['target'], 'target'),
          ),
        );
      }
    }
  }
  return issues;
}

function nameOf(e: Entry): string {
  const it = e.item as { id?: unknown; person_id?: unknown; role?: unknown };
  if (typeof it.id === 'string') return it.id;
  if (typeof it.person_id === 'string') return `${it.person_id}/${String(it.role)}`;
  return `#${e.index + 1}`;
}

export function seatsOn(params: ParameterSet, chamber: Chamber, date: IsoDate): number | null {
  const v = params.lookup(`chamber.${chamber}.seats`, date);
  return typeof v?.value === 'number' ? v.value : null;
}

const CHAMBER_EN: Record<Chamber, string> = {
  congress: 'Congress',
  deputies: 'the Chamber of Deputies',
  senate: 'the Senate',
};
const CHAMBER_ES: Record<Chamber, string> = {
  congress: 'el Congreso',
  deputies: 'la Cámara de Diputados',
  senate: 'el Senado',
};

function exceeds(
  en: string,
  es: string,
  seats: number,
  chamber: Chamber,
  date: IsoDate,
  where: Partial<Issue>,
): Issue {
  return issue(
    'tally_exceeds_chamber',
    `${en}, more than the ${seats} members of ${CHAMBER_EN[chamber]} on ${date}`,
    `${es}, más que los ${seats} miembros de ${CHAMBER_ES[chamber]} el ${date}`,
    where,
  );
}

/** Every source URL of one item (checked on the raw item, so an item failing its schema still gets them). */
export function urlIssues(item: Record<string, unknown>, e: { loc: Located; index: number }): Issue[] {
  const issues: Issue[] = [];
  const at = (path: (string | number)[], field: string) => ({
    file: e.loc.file,
    line: e.loc.lineOf([e.index, ...path]),
    field: `${nameOfItem(item, e.index)}.${field}`,
  });
  const srcs = Array.isArray(item.sources) ? (item.sources as unknown[]) : [];
  srcs.forEach((s, k) => {
    if (!isHttpUrl(s))
      issues.push(
        issue(
          'invalid_url',
          `source ${JSON.stringify(s)} is not an http(s) URL`,
          `la fuente ${JSON.stringify(s)} no es una URL http(s)`,
          at(['sources', k], `sources.${k}`),
        ),
      );
  });
  const alts = Array.isArray(item.tally_alternatives)
    ? (item.tally_alternatives as { source?: unknown }[])
    : [];
  alts.forEach((a, k) => {
    if (a && typeof a === 'object' && a.source !== undefined && !isHttpUrl(a.source))
      issues.push(
        issue(
          'invalid_url',
          `tally_alternatives source ${JSON.stringify(a.source)} is not an http(s) URL`,
          `la fuente ${JSON.stringify(a.source)} de tally_alternatives no es una URL http(s)`,
          at(['tally_alternatives', k, 'source'], `tally_alternatives.${k}.source`),
        ),
      );
  });
  const dis = (item.disagreement as { sources?: unknown } | undefined)?.sources;
  (Array.isArray(dis) ? dis : []).forEach((s: unknown, k: number) => {
    if (!isHttpUrl(s))
      issues.push(
        issue(
          'invalid_url',
          `disagreement source ${JSON.stringify(s)} is not an http(s) URL`,
          `la fuente ${JSON.stringify(s)} del desacuerdo no es una URL http(s)`,
          at(['disagreement', 'sources', k], `disagreement.sources.${k}`),
        ),
      );
  });
  return issues;
}

function nameOfItem(it: Record<string, unknown>, index: number): string {
  if (typeof it.id === 'string') return it.id;
  if (typeof it.person_id === 'string') return `${it.person_id}/${String(it.role)}`;
  return `#${index + 1}`;
}
