/**
 * The threshold of the rule in force for a vote, asked of the engine (never recomputed here): the verdict
 * of the action without a tally gives the rule, chamber, citations and, for bases that do not depend on
 * attendance (legal number, hábiles), the number required; the spec itself lets the simulator apply the
 * rule's own arithmetic to each attendance outcome where the base is those present or the votes cast.
 */
import { evaluate, type EvaluateOptions } from '../engine/evaluate.js';
import type { EvaluateInput } from '../engine/input.js';
import type { Verdict } from '../engine/verdict.js';
import { InputError, issue } from '../lib/issues.js';
import type { ThresholdSpec } from '../law/parameters/threshold-spec.js';
import { countingFor, type Counting } from './exact.js';

export interface RuleThreshold {
  verdict: Verdict;
  spec: ThresholdSpec;
  counting: Counting;
  /** `>= 2/3 of legal`, as the parameter files write it. */
  label: string;
}

export function specLabel(spec: ThresholdSpec): string {
  return `${spec.comparison === 'at-least' ? '>=' : '>'} ${spec.label} of ${spec.base}`;
}

/** The rule's threshold for `input.action` on `input.date`; a tally in the action is ignored. */
export function ruleThreshold(input: EvaluateInput, opts: EvaluateOptions = {}): RuleThreshold {
  const { tally: _tally, ...action } = input.action;
  let spec: ThresholdSpec | null = null;
  const verdict = evaluate(
    { ...input, action },
    {
      ...opts,
      onThresholdSpec: (s) => {
        spec = s;
      },
    },
  );
  const found = spec as ThresholdSpec | null;
  if (!found) {
    const why = verdict.reasons.length ? ` (${verdict.reasons.join('; ')})` : '';
    throw new InputError([
      issue(
        'invalid_value',
        `${action.kind} on ${input.date} is not a vote with a threshold under rule ${verdict.rule}${why}; nothing to simulate`,
        `${action.kind} el ${input.date} no es una votación con umbral según la regla ${verdict.rule}${why}; no hay nada que simular`,
        { field: 'action.kind' },
      ),
    ]);
  }
  const fixedBase = found.base === 'present' || found.base === 'cast' ? null : verdict.baseCount;
  if (
    found.absolute === undefined &&
    fixedBase === null &&
    found.base !== 'present' &&
    found.base !== 'cast'
  ) {
    throw new InputError([
      issue(
        'missing_field',
        `the ${found.base} base of ${verdict.rule} needs a count the state does not give`,
        `la base ${found.base} de ${verdict.rule} necesita un número que el estado no da`,
        { field: 'state' },
      ),
    ]);
  }
  return { verdict, spec: found, counting: countingFor(found, fixedBase), label: specLabel(found) };
}
