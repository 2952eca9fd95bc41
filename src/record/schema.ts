/**
 * The record's file formats (data/peru/README.md) as zod schemas. Every object is strict: an unknown
 * field is a mistake (a typo, or a fact with nowhere to go) and the loader reports it with its line.
 * Field names follow Popolo where Popolo has one (persons, organizations, memberships); event fields are
 * the action fields of DESIGN §3, with `admitted_on` / `filed_on` in the record's snake_case.
 */
import { z } from 'zod';
import { isIsoDate, type IsoDate } from '../lib/dates.js';
import { ACTION_KINDS } from '../law/kinds.js';
import {
  CHARGES,
  EXCEPTIONS,
  GROUNDS,
  IMPEDIMENTS,
  MATTERS,
  ORIGINS,
  PROPOSALS,
  ROUTES,
  SCOPES,
  STAGES,
  SUCCESSION_ROLES,
  type Charge,
  type Proposal,
} from '../law/types.js';

const count = z.number().int('must be a whole number').nonnegative('must not be negative');
/** A count that may be unknown (`null` with a note). */
const maybeCount = count.nullable();
export const isoDate = z
  .string('must be a date, YYYY-MM-DD')
  .refine(isIsoDate, { message: 'must be a real calendar date, YYYY-MM-DD' })
  .transform((s) => s as IsoDate);
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a lowercase slug (letters, digits, hyphens)');
const ref = z.string().min(1);
/** `sources` are checked as URLs by the loader (code invalid_url), so the line of the bad one is named. */
const sources = z.array(z.string()).min(1, 'at least one source URL is required');
const notes = z.string().optional();

export const personSchema = z.strictObject({
  id: slug,
  name: z.string().min(1),
  other_names: z.array(z.string().min(1)).optional(),
  birth_date: isoDate.nullable().optional(),
  sources,
  notes,
});

export const ORGANIZATION_CLASSES = [
  'party',
  'parliamentary-group',
  'chamber',
  'body',
  'government',
] as const;
export const organizationSchema = z.strictObject({
  id: slug,
  name: z.string().min(1),
  classification: z.enum(ORGANIZATION_CLASSES),
  other_names: z.array(z.string().min(1)).optional(),
  parent_id: ref.optional(),
  founding_date: isoDate.nullable().optional(),
  dissolution_date: isoDate.nullable().optional(),
  sources,
  notes,
});

export const ROLES = [
  'president',
  'first-vice-president',
  'second-vice-president',
  'president-of-congress',
  'president-of-senate',
  'president-of-deputies',
  'prime-minister',
  'minister',
  'member',
] as const;
export type Role = (typeof ROLES)[number];

export const membershipSchema = z.strictObject({
  id: slug.optional(),
  person_id: ref,
  role: z.enum(ROLES),
  organization_id: ref.optional(),
  post_id: z.string().optional(),
  label: z.string().optional(),
  start_date: isoDate,
  /** The first day the post is no longer held; null while in office. */
  end_date: isoDate.nullable().optional(),
  on_behalf_of_id: ref.optional(),
  sources,
  notes,
});

export const CHAMBER_IDS = ['congress', 'deputies', 'senate'] as const;
export const compositionSchema = z.strictObject({
  id: slug,
  chamber: z.enum(CHAMBER_IDS),
  date: isoDate,
  total: count,
  groups: z
    .array(
      z.strictObject({
        organization_id: ref,
        seats: count,
        notes,
      }),
    )
    .min(1),
  sources,
  notes,
});

const tallySchema = z.strictObject({
  for: maybeCount,
  against: maybeCount,
  abstain: maybeCount,
  absent: maybeCount.optional(),
});

export const OUTCOMES = ['passed', 'failed', 'done', 'not-done'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const DISAGREEMENT_KINDS = ['contested-act', 'source-conflict', 'rule-gap'] as const;

export const eventSchema = z.strictObject({
  id: slug,
  date: isoDate,
  seq: z.number().int().positive().optional(),
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time HH:MM')
    .optional(),
  kind: z.enum([...ACTION_KINDS, 'other'] as [string, ...string[]], {
    message: `must be one of the action kinds (${ACTION_KINDS.join(', ')}) or other`,
  }),
  type: z.string().min(1).optional(),
  title: z.string().optional(),
  // The action's fields (DESIGN §3).
  chamber: z.enum(CHAMBER_IDS).optional(),
  tally: tallySchema.nullable().optional(),
  signatures: maybeCount.optional(),
  habiles: maybeCount.optional(),
  target: ref.nullable().optional(),
  matter: z.enum(MATTERS).optional(),
  days: maybeCount.optional(),
  route: z.enum(ROUTES).optional(),
  stage: z.enum(STAGES).optional(),
  results: z
    .strictObject({
      candidates: z
        .array(
          z.strictObject({
            name: z.string().min(1),
            person_id: ref.optional(),
            organization_id: ref.optional(),
            votes: count,
            incumbent: z.boolean().optional(),
          }),
        )
        .min(1),
      blank: maybeCount,
      null: maybeCount,
    })
    .optional(),
  admitted_on: isoDate.nullable().optional(),
  filed_on: isoDate.nullable().optional(),
  expedite: tallySchema.optional(),
  role: z.enum(SUCCESSION_ROLES).optional(),
  scope: z.enum(SCOPES).optional(),
  round: z.union([z.literal(1), z.literal(2)]).optional(),
  impediment: z.enum(IMPEDIMENTS).optional(),
  proposal: z.enum(PROPOSALS as [Proposal, ...Proposal[]]).optional(),
  origin: z.enum(ORIGINS).optional(),
  rights: z.array(z.string().min(1)).optional(),
  exception: z.enum(EXCEPTIONS).optional(),
  charge: z.enum(CHARGES as [Charge, ...Charge[]]).optional(),
  ground: z.enum(GROUNDS).optional(),
  description: z.string().optional(),
  // Record-only fields.
  /** Persons or organizations involved besides the target, by id. */
  actors: z.array(ref).optional(),
  /** For states of exception: the territory covered, in words, and its regions. */
  territory: z.string().optional(),
  regions: z.array(z.string().min(1)).optional(),
  motion: z.union([z.string(), z.number()]).nullable().optional(),
  /** An earlier event this one acts on: a reconsideration, a ratifying vote, a referendum. */
  concerns: slug.optional(),
  group_votes: z
    .array(
      z.strictObject({
        organization_id: ref,
        for: maybeCount,
        against: maybeCount,
        abstain: maybeCount,
        absent: maybeCount.optional(),
      }),
    )
    .optional(),
  outcome: z.enum(OUTCOMES),
  outcome_note: z.string().optional(),
  tally_alternatives: z.array(z.strictObject({ tally: tallySchema, source: z.string(), notes })).optional(),
  disagreement: z
    .strictObject({
      kind: z.enum(DISAGREEMENT_KINDS),
      note: z.string().min(1),
      sources: z.array(z.string()).optional(),
    })
    .optional(),
  deaths: maybeCount.optional(),
  injured: maybeCount.optional(),
  sources,
  notes,
});

export type PersonRecord = z.infer<typeof personSchema>;
export type OrganizationRecord = z.infer<typeof organizationSchema>;
export type MembershipRecord = z.infer<typeof membershipSchema>;
export type CompositionRecord = z.infer<typeof compositionSchema>;
export type EventRecord = z.infer<typeof eventSchema>;
export type RecordTally = z.infer<typeof tallySchema>;
