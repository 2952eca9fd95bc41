/**
 * The input of `evaluate` (DESIGN §4), validated with zod and turned into clear issues: an unknown kind
 * lists the known ones, an impossible date says so, a negative count names its field.
 */
import { z } from 'zod';
import { isIsoDate, type IsoDate } from '../lib/dates.js';
import { InputError, issue, type Issue } from '../lib/issues.js';
import { ACTION_KINDS, isActionKind } from '../law/kinds.js';
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
  type Action,
  type Charge,
  type Proposal,
} from '../law/types.js';
import type { State } from '../law/state.js';

/** The earliest date the rulebook covers: the 1993 Constitution took effect on 1993-12-31. */
export const EARLIEST_DATE: IsoDate = '1993-12-31';

const count = z.number().int('must be a whole number').nonnegative('must not be negative');
const isoDate = z.string().refine(isIsoDate, { message: 'must be a real calendar date, YYYY-MM-DD' });

export const tallySchema = z.strictObject({
  for: count,
  against: count,
  abstain: count,
  absent: count.optional(),
});

export const actionSchema = z.strictObject({
  kind: z.string(),
  chamber: z.enum(['congress', 'deputies', 'senate']).optional(),
  tally: tallySchema.optional(),
  signatures: count.optional(),
  habiles: count.optional(),
  target: z.string().min(1).optional(),
  matter: z.enum(MATTERS).optional(),
  days: count.optional(),
  route: z.enum(ROUTES).optional(),
  stage: z.enum(STAGES).optional(),
  results: z
    .strictObject({
      candidates: z
        .array(z.strictObject({ name: z.string().min(1), votes: count, incumbent: z.boolean().optional() }))
        .min(1),
      blank: count,
      null: count,
    })
    .optional(),
  admittedOn: isoDate.optional(),
  filedOn: isoDate.optional(),
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
});

const term = z.looseObject({ from: isoDate, to: isoDate, id: z.string().optional() });

/**
 * The parts of `state` the rules read, checked so that a malformed override is a clear input error, not a
 * crash in a guard. Loose: fields the rules do not read (and extra keys) pass through unchecked.
 */
export const stateSchema = z.looseObject({
  offices: z.record(z.string(), z.string().nullable().optional()).optional(),
  habiles: z.record(z.string(), count).optional(),
  permanentCommissionMembers: count.optional(),
  fallenCouncils: z
    .array(
      z.looseObject({
        date: isoDate,
        how: z.enum(['censure', 'confidence-denied', 'investiture-denied', 'factual-denial']),
        primeMinister: z.string().optional(),
        president: z.string().optional(),
        term: z.string().optional(),
        congress: z.string().optional(),
      }),
    )
    .optional(),
  councilAppointedOn: isoDate.optional(),
  pendingMotions: z
    .array(z.looseObject({ kind: z.string(), filedOn: isoDate.optional(), admittedOn: isoDate.optional() }))
    .optional(),
  statesOfException: z
    .array(z.looseObject({ kind: z.enum(['emergency', 'siege']), from: isoDate, to: isoDate }))
    .optional(),
  congressDissolved: z.boolean().optional(),
  congressTerm: term.optional(),
  presidentialTerm: term.optional(),
});

export const evaluateInputSchema = z.strictObject({
  date: isoDate,
  action: actionSchema,
  interpretations: z.record(z.string(), z.string()).optional(),
  /** Overrides of the state the record gives; validated loosely here and by the rules that read it. */
  state: z.record(z.string(), z.unknown()).pipe(stateSchema).optional(),
  lang: z.enum(['en', 'es']).optional(),
});

export interface EvaluateInput {
  date: IsoDate;
  action: Action;
  interpretations?: Record<string, string>;
  state?: State;
  lang?: 'en' | 'es';
}

/** zod issues → contrapeso issues (field path, code, message in both languages). */
export function zodIssues(error: z.ZodError, prefix = ''): Issue[] {
  return error.issues.map((i) => {
    const field = [prefix, ...i.path.map(String)].filter(Boolean).join('.');
    const code =
      i.code === 'unrecognized_keys'
        ? 'unknown_field'
        : /date/.test(i.message)
          ? 'invalid_date'
          : /negative/.test(i.message)
            ? 'negative_count'
            : i.code === 'invalid_type' && i.input === undefined
              ? 'missing_field'
              : 'invalid_value';
    return issue(code, `${field || 'input'}: ${i.message}`, `${field || 'entrada'}: ${i.message}`, { field });
  });
}

/** Validates raw JSON input; throws InputError listing every problem. */
export function parseEvaluateInput(raw: unknown): EvaluateInput {
  const kind = (raw as { action?: { kind?: unknown } } | null)?.action?.kind;
  const problems: Issue[] = [];
  if (kind !== undefined && !isActionKind(kind)) {
    problems.push(
      issue(
        'unknown_kind',
        `unknown action kind ${JSON.stringify(kind)}; known kinds: ${ACTION_KINDS.join(', ')}`,
        `tipo de acción desconocido ${JSON.stringify(kind)}; tipos conocidos: ${ACTION_KINDS.join(', ')}`,
        { field: 'action.kind' },
      ),
    );
  }
  const parsed = evaluateInputSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success)
    problems.push(...zodIssues(parsed.error).filter((p) => !(p.field === 'action.kind' && problems.length)));
  if (problems.length) throw new InputError(problems);
  const input = parsed.data as unknown as EvaluateInput;
  if (input.date < EARLIEST_DATE) {
    throw new InputError([
      issue(
        'date_out_of_range',
        `${input.date} is before ${EARLIEST_DATE}, when the 1993 Constitution took effect; the rulebook starts there`,
        `${input.date} es anterior al ${EARLIEST_DATE}, cuando entró en vigor la Constitución de 1993; el reglamento de reglas empieza ahí`,
        { field: 'date' },
      ),
    ]);
  }
  return input;
}
