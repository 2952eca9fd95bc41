/**
 * The vote model (DESIGN §6): blocs of members that share the same probabilities, or individual members.
 * Each member independently votes for, against, abstains or is absent; whatever probability the model
 * leaves over goes to "against" (the issue's convention). Validation reports every problem with its field.
 */
import { InputError, issue, type Issue } from '../lib/issues.js';

export type VoteOption = 'for' | 'against' | 'abstain' | 'absent';
export const VOTE_OPTIONS: readonly VoteOption[] = ['for', 'against', 'abstain', 'absent'];

/** One bloc (or, with `seats: 1`, one member) as written by the user. */
export interface GroupInput {
  name: string;
  seats?: number;
  pFor: number;
  pAgainst?: number;
  pAbstain?: number;
  pAbsent?: number;
}

export interface ModelInput {
  groups?: GroupInput[];
  members?: GroupInput[];
}

/** A validated bloc: all four probabilities filled in and summing to 1. */
export interface Group {
  name: string;
  seats: number;
  pFor: number;
  pAgainst: number;
  pAbstain: number;
  pAbsent: number;
  /** Where the probabilities came from (a user model, or the record's votes). */
  basis?: string;
}

/** Tolerance for probabilities that sum to 1 up to floating-point rounding. */
const EPS = 1e-9;

function probIssue(field: string, en: string, es: string): Issue {
  return issue('invalid_value', `${field}: ${en}`, `${field}: ${es}`, { field });
}

function checkProbability(v: unknown, field: string, problems: Issue[]): number {
  if (v === undefined) return 0;
  if (typeof v !== 'number' || Number.isNaN(v)) {
    problems.push(probIssue(field, 'must be a number between 0 and 1', 'debe ser un número entre 0 y 1'));
    return 0;
  }
  if (v < 0 || v > 1) {
    problems.push(
      probIssue(field, `must be between 0 and 1, got ${v}`, `debe estar entre 0 y 1, se recibió ${v}`),
    );
    return 0;
  }
  return v;
}

function parseGroup(raw: unknown, field: string, isMember: boolean, problems: Issue[]): Group | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push(probIssue(field, 'must be an object', 'debe ser un objeto'));
    return null;
  }
  const g = raw as Record<string, unknown>;
  const known = new Set(['name', 'seats', 'pFor', 'pAgainst', 'pAbstain', 'pAbsent', 'basis']);
  for (const k of Object.keys(g)) {
    if (!known.has(k))
      problems.push(
        issue('unknown_field', `${field}.${k}: unknown field`, `${field}.${k}: campo desconocido`, {
          field: `${field}.${k}`,
        }),
      );
  }
  const before = problems.length;
  if (typeof g.name !== 'string' || !g.name) {
    problems.push(probIssue(`${field}.name`, 'must be a non-empty string', 'debe ser un texto no vacío'));
  }
  let seats = 1;
  if (g.seats !== undefined || !isMember) {
    if (typeof g.seats !== 'number' || !Number.isInteger(g.seats) || g.seats < 0) {
      problems.push(
        probIssue(
          `${field}.seats`,
          `must be a whole number ≥ 0, got ${JSON.stringify(g.seats)}`,
          `debe ser un número entero ≥ 0, se recibió ${JSON.stringify(g.seats)}`,
        ),
      );
    } else seats = g.seats;
  }
  if (g.pFor === undefined) {
    problems.push(
      issue('missing_field', `${field}.pFor: missing`, `${field}.pFor: falta`, { field: `${field}.pFor` }),
    );
  }
  const pFor = checkProbability(g.pFor, `${field}.pFor`, problems);
  const pAbstain = checkProbability(g.pAbstain, `${field}.pAbstain`, problems);
  const pAbsent = checkProbability(g.pAbsent, `${field}.pAbsent`, problems);
  const explicitAgainst = g.pAgainst !== undefined;
  const pAgainstGiven = checkProbability(g.pAgainst, `${field}.pAgainst`, problems);
  const sum = pFor + pAbstain + pAbsent + pAgainstGiven;
  if (problems.length === before && sum > 1 + EPS) {
    problems.push(
      probIssue(
        field,
        `probabilities add up to ${sum}, more than 1`,
        `las probabilidades suman ${sum}, más que 1`,
      ),
    );
  }
  if (problems.length > before) return null;
  // The leftover goes to "against" (issue 5); an explicit pAgainst that leaves a gap also absorbs it.
  const rest = Math.max(0, 1 - pFor - pAbstain - pAbsent - (explicitAgainst ? pAgainstGiven : 0));
  const pAgainst = explicitAgainst ? pAgainstGiven + rest : rest;
  return {
    name: g.name as string,
    seats,
    pFor,
    pAgainst,
    pAbstain,
    pAbsent,
    ...(typeof g.basis === 'string' ? { basis: g.basis } : {}),
  };
}

/**
 * Validates a model; `chamberSeats` (when known) caps its size. Members are blocs of one seat.
 * Throws InputError listing every problem with its field.
 */
export function parseModel(raw: unknown, chamberSeats?: number, prefix = 'model'): Group[] {
  const problems: Issue[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new InputError([
      probIssue(
        prefix,
        'must be an object {groups: [...]} or {members: [...]}',
        'debe ser un objeto {groups: [...]} o {members: [...]}',
      ),
    ]);
  }
  const m = raw as Record<string, unknown>;
  for (const k of Object.keys(m)) {
    if (k !== 'groups' && k !== 'members')
      problems.push(
        issue('unknown_field', `${prefix}.${k}: unknown field`, `${prefix}.${k}: campo desconocido`, {
          field: `${prefix}.${k}`,
        }),
      );
  }
  const groups: Group[] = [];
  for (const key of ['groups', 'members'] as const) {
    const list = m[key];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      problems.push(probIssue(`${prefix}.${key}`, 'must be a list', 'debe ser una lista'));
      continue;
    }
    list.forEach((g, i) => {
      const parsed = parseGroup(g, `${prefix}.${key}.${i}`, key === 'members', problems);
      if (parsed) groups.push(parsed);
    });
  }
  if (!problems.length && chamberSeats !== undefined) {
    const total = groups.reduce((s, g) => s + g.seats, 0);
    if (total > chamberSeats) {
      problems.push(
        issue(
          'tally_exceeds_chamber',
          `the model has ${total} members, more than the ${chamberSeats} seats of the chamber`,
          `el modelo tiene ${total} miembros, más que los ${chamberSeats} escaños de la cámara`,
          { field: prefix },
        ),
      );
    }
  }
  if (problems.length) throw new InputError(problems);
  return groups;
}

export function modelSeats(groups: readonly Group[]): number {
  return groups.reduce((s, g) => s + g.seats, 0);
}

/** The expected number of votes for. */
export function expectedFor(groups: readonly Group[]): number {
  return groups.reduce((s, g) => s + g.seats * g.pFor, 0);
}
