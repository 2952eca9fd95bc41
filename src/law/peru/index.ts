/**
 * Peru's rulebook: every rule version of every procedure, with the embedded dated parameters.
 * Each procedure lives in its own folder; add new ones here.
 */
import { Rulebook } from '../rulebook.js';
import type { RuleVersion } from '../rule.js';
import type { ParameterSet } from '../parameters/parameters.js';
import { defaultParameters } from '../parameters/default.js';
import { vacancyRules } from './presidency/vacancy.js';
import { successionRules } from './presidency/succession.js';
import { mesaRules } from './presidency/mesa.js';
import { accusationRules } from './presidency/accusation.js';
import { suspensionRules } from './presidency/suspension.js';
import { investitureRules } from './cabinet/investiture.js';
import { interpellationRules } from './cabinet/interpellation.js';
import { censureRules } from './cabinet/censure.js';
import { confidenceRules } from './cabinet/confidence.js';
import { dissolutionRules } from './congress/dissolution.js';
import { reformRules } from './congress/reform.js';
import { tcRules } from './congress/tc.js';
import { exceptionRules } from './emergency/exception.js';
import { electionRules } from './elections/election.js';

export const PERU_RULES: readonly RuleVersion[] = [
  ...vacancyRules,
  ...successionRules,
  ...mesaRules,
  ...accusationRules,
  ...suspensionRules,
  ...investitureRules,
  ...interpellationRules,
  ...censureRules,
  ...confidenceRules,
  ...dissolutionRules,
  ...reformRules,
  ...tcRules,
  ...exceptionRules,
  ...electionRules,
];

let cached: Rulebook | undefined;

/** The embedded rulebook (rules + parameters from data/peru/parameters). */
export function peruRulebook(params?: ParameterSet): Rulebook {
  if (params) return new Rulebook(PERU_RULES, params);
  cached ??= new Rulebook(PERU_RULES, defaultParameters());
  return cached;
}
