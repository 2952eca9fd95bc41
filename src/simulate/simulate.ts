/**
 * `simulate`: the exact chance that a vote passes under a bloc model (DESIGN §6). The threshold comes
 * from the rule in force (through the engine); the probability from the exact programs in exact.ts.
 */
import { z } from 'zod';
import { parseEvaluateInput, zodIssues, type EvaluateInput } from '../engine/input.js';
import type { InterpretationUse } from '../engine/verdict.js';
import type { IsoDate } from '../lib/dates.js';
import { InputError, issue } from '../lib/issues.js';
import { peruRulebook } from '../law/peru/index.js';
import type { Rulebook } from '../law/rulebook.js';
import { requiredVotes, type Base } from '../law/threshold.js';
import type { Chamber, Citation, Lang } from '../law/types.js';
import { forDistribution, passProbability } from './exact.js';
import { expectedFor, modelSeats, parseModel, type Group } from './model.js';
import { ruleThreshold } from './rule-threshold.js';

export interface ModelSource {
  /** `input` (given by the user) or `record` (groups and votes from the record). */
  kind: 'input' | 'record';
  /** For a record model: the recorded votes whose group breakdown gave the probabilities. */
  votesUsed?: { eventId: string; date: IsoDate; kind: string }[];
  notes?: string[];
}

/** Supplies a model from the record when the input has none (wired by the CLI once the record exists). */
export type RecordModelProvider = (
  date: IsoDate,
  kind: string,
  chamber: Chamber,
) => { groups: Group[]; source: ModelSource } | null;

export interface SimulateOptions {
  rulebook?: Rulebook;
  lang?: Lang;
  recordModel?: RecordModelProvider;
}

export interface SimulationResult {
  date: IsoDate;
  kind: string;
  chamber: Chamber;
  rule: string;
  permitted: boolean;
  reasons: string[];
  /** Votes for needed; `null` where the base is those present or the votes cast (see `requiredByBase`). */
  required: number | null;
  base: Base;
  baseCount: number | null;
  threshold: string;
  arithmetic: string | null;
  /** For attendance bases: the votes needed if every modelled member attends (for scale only). */
  requiredIfAllAttend: number | null;
  /** P(the vote reaches the threshold), exact. `0` when the rule does not permit the vote. */
  pPass: number;
  /** P(reaching the threshold) whether or not the rule permits the vote now. */
  pReachesThreshold: number;
  expectedFor: number;
  /** `distribution[k]` = P(exactly k votes for), k = 0 … model seats. */
  distribution: number[];
  model: {
    groups: Group[];
    seats: number;
    chamberSeats: number | null;
    /** Seats of the chamber not in the model: counted as absent (never for). */
    unmodelled: number;
    source: ModelSource;
  };
  citations: Citation[];
  interpretations: InterpretationUse[];
}

const simulateInputSchema = z.looseObject({ model: z.unknown().optional() });

export function simulateRaw(raw: unknown, opts: SimulateOptions = {}): SimulationResult {
  const parsed = simulateInputSchema.safeParse(raw);
  if (!parsed.success) throw new InputError(zodIssues(parsed.error));
  const { model, ...rest } = raw as Record<string, unknown>;
  const input = parseEvaluateInput(rest);
  return simulate(input, model, opts);
}

export function simulate(
  input: EvaluateInput,
  rawModel: unknown,
  opts: SimulateOptions = {},
): SimulationResult {
  const rulebook = opts.rulebook ?? peruRulebook();
  const rt = ruleThreshold(input, { rulebook, lang: opts.lang });
  const { verdict, spec, counting } = rt;
  const seatValue = rulebook.params.lookup(`chamber.${verdict.chamber}.seats`, input.date)?.value;
  const chamberSeats = typeof seatValue === 'number' ? seatValue : null;

  let groups: Group[];
  let source: ModelSource;
  if (rawModel !== undefined) {
    groups = parseModel(rawModel, chamberSeats ?? undefined);
    source = { kind: 'input' };
  } else {
    const fromRecord = opts.recordModel?.(input.date, input.action.kind, verdict.chamber) ?? null;
    if (!fromRecord) {
      throw new InputError([
        issue(
          'missing_field',
          `no model given and the record has no groups with sourced votes for ${input.action.kind} in ${verdict.chamber} on ${input.date}; give model: {groups: [{name, seats, pFor}]}`,
          `no se dio un modelo y el registro no tiene grupos con votos documentados para ${input.action.kind} en ${verdict.chamber} el ${input.date}; indique model: {groups: [{name, seats, pFor}]}`,
          { field: 'model' },
        ),
      ]);
    }
    groups = fromRecord.groups;
    source = fromRecord.source;
  }

  const seats = modelSeats(groups);
  const reaches = passProbability(groups, counting);
  const attendance = counting.kind === 'attendance';
  return {
    date: input.date,
    kind: input.action.kind,
    chamber: verdict.chamber,
    rule: verdict.rule,
    permitted: verdict.permitted,
    reasons: verdict.reasons,
    required: counting.kind === 'fixed' ? counting.required : null,
    base: spec.base,
    baseCount: attendance ? null : verdict.baseCount,
    threshold: rt.label,
    arithmetic: attendance ? null : verdict.arithmetic,
    requiredIfAllAttend: attendance ? requiredVotes(spec, seats) : null,
    pPass: verdict.permitted ? reaches : 0,
    pReachesThreshold: reaches,
    expectedFor: expectedFor(groups),
    distribution: [...forDistribution(groups)],
    model: {
      groups,
      seats,
      chamberSeats,
      unmodelled: chamberSeats === null ? 0 : Math.max(0, chamberSeats - seats),
      source,
    },
    citations: verdict.citations,
    interpretations: verdict.interpretations,
  };
}
