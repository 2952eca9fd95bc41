/**
 * The record as Popolo JSON (https://www.popoloproject.com/specs/): persons, organizations, posts,
 * memberships, motions, vote_events and counts. Each voted event is a vote_event on a motion (grouped by
 * its motion number where the record has one); motions filed without a recorded vote are motions only.
 * Every object keeps its sources as Popolo `sources: [{url}]`.
 */
import type { EventRecord } from './schema.js';
import type { Coverage, PeruRecord } from './types.js';
import { defaultChamber } from './chamber.js';

type Src = { url: string }[];
const src = (urls: readonly string[] | undefined): Src => (urls ?? []).map((url) => ({ url }));

export interface PopoloCount {
  vote_event_id: string;
  option: 'yes' | 'no' | 'abstain' | 'absent';
  value: number | null;
  group_id?: string;
}

export interface PopoloExport {
  meta: { generator: string; coverage: Coverage; spec: string };
  persons: Record<string, unknown>[];
  organizations: Record<string, unknown>[];
  posts: Record<string, unknown>[];
  memberships: Record<string, unknown>[];
  motions: Record<string, unknown>[];
  vote_events: Record<string, unknown>[];
  counts: PopoloCount[];
}

const POST_LABELS: Record<string, string> = {
  president: 'President of the Republic',
  'first-vice-president': 'First Vice President of the Republic',
  'second-vice-president': 'Second Vice President of the Republic',
  'president-of-congress': 'President of Congress',
  'president-of-senate': 'President of the Senate',
  'president-of-deputies': 'President of the Chamber of Deputies',
  'prime-minister': 'President of the Council of Ministers',
};

const MOTION_KINDS =
  /^(vacancy|censure|interpellation|confidence|mesa\.censure|cabinet\.investiture|accusation|reform|tc\.elect|mesa\.elect)/;

function isVoted(e: EventRecord): boolean {
  return (
    !!e.tally || e.kind.endsWith('.vote') || e.kind === 'cabinet.investiture' || e.kind === 'mesa.censure'
  );
}

function resultOf(e: EventRecord): string {
  return e.outcome === 'passed' ? 'pass' : e.outcome === 'failed' ? 'fail' : e.outcome;
}

export function toPopolo(record: PeruRecord): PopoloExport {
  const persons = record.persons.map((p) => ({
    id: p.id,
    name: p.name,
    ...(p.other_names ? { other_names: p.other_names.map((name) => ({ name })) } : {}),
    ...(p.birth_date ? { birth_date: p.birth_date } : {}),
    sources: src(p.sources),
    ...(p.notes ? { notes: p.notes } : {}),
  }));
  const organizations = record.organizations.map((o) => ({
    id: o.id,
    name: o.name,
    classification: o.classification,
    ...(o.parent_id ? { parent_id: o.parent_id } : {}),
    ...(o.other_names ? { other_names: o.other_names.map((name) => ({ name })) } : {}),
    ...(o.founding_date ? { founding_date: o.founding_date } : {}),
    ...(o.dissolution_date ? { dissolution_date: o.dissolution_date } : {}),
    sources: src(o.sources),
  }));
  const roles = new Set(record.memberships.map((m) => m.role));
  const posts = [...roles]
    .filter((r) => POST_LABELS[r])
    .map((r) => ({ id: r, label: POST_LABELS[r], role: r }));
  const memberships = record.memberships.map((m, i) => ({
    id: m.id ?? `${m.person_id}-${m.role}-${m.start_date}-${i}`,
    person_id: m.person_id,
    role: m.role,
    ...(POST_LABELS[m.role] ? { post_id: m.post_id ?? m.role } : m.post_id ? { post_id: m.post_id } : {}),
    ...(m.organization_id ? { organization_id: m.organization_id } : {}),
    ...(m.on_behalf_of_id ? { on_behalf_of_id: m.on_behalf_of_id } : {}),
    ...(m.label ? { label: m.label } : {}),
    start_date: m.start_date,
    ...(m.end_date ? { end_date: m.end_date } : {}),
    sources: src(m.sources),
  }));

  const motions = new Map<string, Record<string, unknown>>();
  const voteEvents: Record<string, unknown>[] = [];
  const counts: PopoloCount[] = [];
  for (const e of record.events) {
    if (!MOTION_KINDS.test(e.kind)) continue;
    const chamber = e.chamber ?? defaultChamber(e.date);
    const motionId =
      e.motion !== undefined && e.motion !== null ? `motion-${chamber}-${e.motion}` : `motion-${e.id}`;
    if (!motions.has(motionId)) {
      motions.set(motionId, {
        id: motionId,
        organization_id: chamber,
        classification: e.kind.split('.')[0],
        text: e.title ?? e.description ?? `${e.kind}${typeof e.target === 'string' ? ` ${e.target}` : ''}`,
        date: e.filed_on ?? e.date,
        ...(typeof e.target === 'string' ? { subject_id: e.target } : {}),
        ...(e.motion !== undefined && e.motion !== null ? { identifier: String(e.motion) } : {}),
        sources: src(e.sources),
      });
    }
    const motion = motions.get(motionId)!;
    if (!isVoted(e)) continue;
    motion.result = resultOf(e);
    const counted: PopoloCount[] = [];
    if (e.tally) {
      counted.push(
        { vote_event_id: e.id, option: 'yes', value: e.tally.for },
        { vote_event_id: e.id, option: 'no', value: e.tally.against },
        { vote_event_id: e.id, option: 'abstain', value: e.tally.abstain },
      );
      if (e.tally.absent !== undefined)
        counted.push({ vote_event_id: e.id, option: 'absent', value: e.tally.absent });
    }
    const groupResults = (e.group_votes ?? []).map((g) => ({
      group_id: g.organization_id,
      counts: [
        { option: 'yes', value: g.for },
        { option: 'no', value: g.against },
        { option: 'abstain', value: g.abstain },
        ...(g.absent !== undefined ? [{ option: 'absent', value: g.absent }] : []),
      ],
    }));
    for (const g of e.group_votes ?? []) {
      counts.push(
        { vote_event_id: e.id, group_id: g.organization_id, option: 'yes', value: g.for },
        { vote_event_id: e.id, group_id: g.organization_id, option: 'no', value: g.against },
        { vote_event_id: e.id, group_id: g.organization_id, option: 'abstain', value: g.abstain },
      );
    }
    counts.push(...counted);
    voteEvents.push({
      id: e.id,
      motion_id: motionId,
      organization_id: chamber,
      identifier: e.id,
      start_date: e.time ? `${e.date}T${e.time}:00-05:00` : e.date,
      classification: e.kind,
      result: resultOf(e),
      counts: counted.map(({ option, value }) => ({ option, value })),
      ...(groupResults.length ? { group_results: groupResults } : {}),
      sources: src(e.sources),
      ...(e.notes ? { notes: e.notes } : {}),
    });
  }
  return {
    meta: {
      generator: 'contrapeso',
      spec: 'https://www.popoloproject.com/specs/',
      coverage: record.coverage,
    },
    persons,
    organizations,
    posts,
    memberships,
    motions: [...motions.values()],
    vote_events: voteEvents,
    counts,
  };
}
