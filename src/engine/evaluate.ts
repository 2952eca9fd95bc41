/**
 * evaluate: one action on one date → a Verdict. Pure and deterministic: the same input, rulebook and
 * state give the same verdict. The explanation tree records every finding, the threshold and its
 * arithmetic, the tally, the effects and the interpretations used, each with its citation.
 */
import { InputError, issue, type Issue } from '../lib/issues.js';
import type { IsoDate } from '../lib/dates.js';
import { render } from '../law/i18n/index.js';
import { defaultOption, getInterpretation, validateInterpretations } from '../law/interpretations.js';
import { peruRulebook } from '../law/peru/index.js';
import {
  isVote,
  type Context,
  type Effect,
  type Finding,
  type Params,
  type RuleVersion,
} from '../law/rule.js';
import type { Rulebook } from '../law/rulebook.js';
import type { ParameterScalar, ParameterValue } from '../law/parameters/parameters.js';
import type { ThresholdSpec } from '../law/parameters/threshold-spec.js';
import { castCount, computeThreshold, presentCount, type Threshold } from '../law/threshold.js';
import type { State } from '../law/state.js';
import type { Action, Chamber, Citation, Lang, Tally } from '../law/types.js';
import { parseEvaluateInput, type EvaluateInput } from './input.js';
import type { ExplanationNode, InterpretationUse, Verdict } from './verdict.js';

const DISSOLVED_CITE: Citation = {
  kind: 'constitution',
  cite: 'Const. arts. 134–135 (a dissolved Congress does not sit; the Permanent Commission stays)',
  url: 'https://lpderecho.pe/articulo-134-de-la-constitucion-disolucion-del-congreso',
};

export interface EvaluateOptions {
  rulebook?: Rulebook;
  lang?: Lang;
  /**
   * Receives the threshold spec of the rule in force (or null), so callers that reason about many tallies
   * at once (src/simulate) can apply the rule's own spec per attendance outcome instead of duplicating it.
   */
  onThresholdSpec?: (spec: ThresholdSpec | null) => void;
}

/** Validates raw input (from JSON) and evaluates it. Throws InputError on bad input. */
export function evaluateRaw(raw: unknown, opts: EvaluateOptions = {}): Verdict {
  return evaluate(parseEvaluateInput(raw), opts);
}

const CHAMBER_NAMES: Record<Lang, Record<Chamber, string>> = {
  en: { congress: 'Congress', deputies: 'the Chamber of Deputies', senate: 'the Senate' },
  es: { congress: 'el Congreso', deputies: 'la Cámara de Diputados', senate: 'el Senado' },
};

function seatsOf(rulebook: Rulebook, chamber: Chamber, date: IsoDate): number | null {
  const v = rulebook.params.lookup(`chamber.${chamber}.seats`, date);
  return (v?.value as number | null | undefined) ?? null;
}

function checkCounts(action: Action, seats: number | null, chamber: Chamber, date: IsoDate): void {
  if (seats === null) return;
  const problems: Issue[] = [];
  const tallies: [string, Tally | undefined][] = [
    ['action.tally', action.tally],
    ['action.expedite', action.expedite],
  ];
  for (const [field, t] of tallies) {
    if (!t) continue;
    const total = t.for + t.against + t.abstain + (t.absent ?? 0);
    if (total > seats) {
      problems.push(
        issue(
          'tally_exceeds_chamber',
          `the tally adds up to ${total} members, more than the ${seats} of ${CHAMBER_NAMES.en[chamber]} on ${date}`,
          `la votación suma ${total} miembros, más que los ${seats} de ${CHAMBER_NAMES.es[chamber]} el ${date}`,
          { field },
        ),
      );
    }
  }
  for (const field of ['signatures', 'habiles'] as const) {
    const n = action[field];
    if (n !== undefined && n > seats) {
      problems.push(
        issue(
          'tally_exceeds_chamber',
          `${field} is ${n}, more than the ${seats} members of ${CHAMBER_NAMES.en[chamber]} on ${date}`,
          `${field} es ${n}, más que los ${seats} miembros de ${CHAMBER_NAMES.es[chamber]} el ${date}`,
          { field: `action.${field}` },
        ),
      );
    }
  }
  if (problems.length) throw new InputError(problems);
}

function citeKey(c: Citation): string {
  return `${c.kind}|${c.cite}`;
}

export function evaluate(input: EvaluateInput, opts: EvaluateOptions = {}): Verdict {
  const rulebook = opts.rulebook ?? peruRulebook();
  const lang: Lang = opts.lang ?? input.lang ?? 'en';
  const { date, action } = input;
  const state: State = input.state ?? {};
  const chosen = validateInterpretations(input.interpretations);

  const version = rulebook.versionAt(action.kind, date);
  if (!version) {
    throw new InputError([
      issue(
        'no_rule',
        `no rule for ${action.kind} is in force on ${date}`,
        `ninguna regla para ${action.kind} está vigente el ${date}`,
        { field: 'action.kind' },
      ),
    ]);
  }
  const chamber: Chamber = action.chamber ?? version.chambers[0]!;
  const seats = seatsOf(rulebook, chamber, date);
  checkCounts(action, seats, chamber, date);

  const citations = new Map<string, Citation>();
  const addCites = (cs: readonly Citation[] | undefined) => {
    for (const c of cs ?? []) if (!citations.has(citeKey(c))) citations.set(citeKey(c), c);
  };
  addCites(version.cites);
  const used = new Map<string, InterpretationUse>();
  const because = new Map<string, string>();

  const ctx: Context = {
    date,
    action,
    chamber,
    state,
    paramValue<T extends ParameterScalar>(key: string): ParameterValue<T> {
      const v = rulebook.params.at<T>(key, date);
      addCites([v.citation]);
      return v;
    },
    param<T extends ParameterScalar>(key: string): T {
      return this.paramValue<T>(key).value;
    },
    interpretation(key: string): string {
      const interp = getInterpretation(key);
      if (!interp) throw new Error(`rule ${version.id} asks for unknown interpretation ${key}`);
      const user = chosen[key];
      const option = user ?? defaultOption(key, date).option;
      if (!user) because.set(key, defaultOption(key, date).because[lang]);
      const cites = interp.options.find((o) => o.id === option)!.cites;
      used.set(key, { key, option, chosen: user ? 'user' : 'default', cites });
      addCites(cites);
      return option;
    },
    legalNumber(c: Chamber = chamber): number {
      const n = seatsOf(rulebook, c, date);
      if (n === null) throw new Error(`${c} has no legal number on ${date}`);
      return n;
    },
    habiles(c: Chamber = chamber): number {
      if (c === chamber && action.habiles !== undefined) return action.habiles;
      return state.habiles?.[c] ?? this.legalNumber(c);
    },
  };

  const findings: Finding[] = [];
  const chamberAllowed = version.chambers.includes(chamber) && seats !== null;
  if (!chamberAllowed) {
    findings.push({
      code: 'chamber.not-allowed',
      ok: false,
      params: {
        chamber,
        date,
        allowed: version.chambers.map((c) => CHAMBER_NAMES[lang][c]).join(lang === 'es' ? ' o ' : ' or '),
      },
      cites: version.cites,
    });
  } else {
    findings.push(...(version.guard?.(ctx) ?? []));
  }

  const vote = isVote(version, action);
  // A dissolved Congress (or, from 2026, Chamber of Deputies) no longer votes: its members' mandates are
  // revoked and only the Permanent Commission (until 2026) or the Senate sits (Const. arts. 134–135).
  if (
    vote &&
    chamberAllowed &&
    state.congressDissolved &&
    chamber !== 'senate' &&
    action.kind !== 'congress.install'
  ) {
    findings.push({ code: 'chamber.dissolved', ok: false, params: { chamber }, cites: [DISSOLVED_CITE] });
  }
  let threshold: Threshold | null = null;
  let habilesNode: ExplanationNode | null = null;
  if (vote && chamberAllowed) {
    const ref = version.threshold?.(ctx) ?? null;
    const spec = ref ? (ref.spec ?? ctx.param<ThresholdSpec | null>(ref.param)) : null;
    opts.onThresholdSpec?.(spec);
    if (ref && !spec) {
      findings.push({
        code: 'chamber.not-allowed',
        ok: false,
        params: { chamber, date, allowed: '—' },
        cites: version.cites,
      });
    } else if (spec) {
      const baseCount = baseCountFor(spec, ctx, ref?.baseCount);
      if (baseCount !== null) threshold = computeThreshold(spec, baseCount);
      if (spec.base === 'habiles') {
        const source =
          action.habiles !== undefined
            ? 'from-action'
            : state.habiles?.[chamber] !== undefined
              ? 'from-state'
              : 'default';
        const params = { count: ctx.habiles() };
        habilesNode = { code: `habiles.${source}`, params, text: render(`habiles.${source}`, params, lang) };
      }
    }
  }
  for (const f of findings) addCites(f.cites);
  const permitted = findings.every((f) => f.ok || f.blocking === false);
  const tally = action.tally;
  let passed: boolean | null = null;
  let margin: number | null = null;
  if (vote && tally && threshold) {
    margin = tally.for - threshold.required;
    passed = permitted && margin >= 0;
  } else if (vote && tally && !permitted) {
    passed = false;
  }
  const effects: Effect[] = permitted
    ? (version.effects?.(ctx, vote ? (tally ? passed : null) : null) ?? [])
    : [];
  for (const e of effects) addCites(e.cites);

  const node = (code: string, params?: Params, extra: Partial<ExplanationNode> = {}): ExplanationNode => ({
    code,
    ...(params ? { params } : {}),
    ...extra,
    text: render(code, params, lang),
  });

  const interpretations = [...used.values()];
  const outcomeCode = !permitted
    ? 'verdict.not-permitted'
    : !vote
      ? 'verdict.permitted'
      : passed === null
        ? threshold
          ? 'verdict.requires'
          : 'verdict.permitted'
        : passed
          ? 'verdict.passed'
          : 'verdict.failed';
  const children: ExplanationNode[] = [
    node(
      'rule.in-force',
      { rule: version.id, title: version.title[lang], from: version.validFrom, to: version.validTo ?? null },
      { cites: version.cites },
    ),
  ];
  if (seats !== null) children.push(node('chamber.resolved', { chamber, seats }));
  if (version.notes) children.push(node('rule.note', { note: version.notes }));
  if (findings.length) {
    children.push(
      node('findings', undefined, {
        children: findings.map((f) =>
          node(f.code, f.params, { ok: f.ok, ...(f.cites ? { cites: f.cites } : {}) }),
        ),
      }),
    );
  }
  if (habilesNode) children.push(habilesNode);
  if (threshold) {
    children.push(
      node('threshold', {
        comparison: threshold.spec.comparison,
        label: threshold.spec.label,
        base: threshold.base,
        baseCount: threshold.baseCount,
        arithmetic: threshold.arithmetic,
        required: threshold.required,
      }),
    );
  } else if (!vote) {
    children.push(node('threshold.none'));
  }
  if (vote && chamberAllowed) {
    children.push(
      tally
        ? node(
            'tally.counted',
            { for: tally.for, against: tally.against, abstain: tally.abstain, margin },
            { ok: passed ?? undefined },
          )
        : node('tally.missing'),
    );
  }
  for (const u of interpretations) {
    children.push(
      node(
        'interpretation.used',
        { key: u.key, option: u.option, chosen: u.chosen, because: because.get(u.key) ?? null },
        { cites: u.cites },
      ),
    );
  }
  if (effects.length) {
    children.push(
      node('effects', undefined, {
        children: effects.map((e) => node(e.code, e.params, e.cites ? { cites: e.cites } : {})),
      }),
    );
  }
  const explanation = node(
    outcomeCode,
    { kind: action.kind, date, for: tally?.for ?? null, required: threshold?.required ?? null, margin },
    { ok: permitted && passed !== false, children },
  );

  return {
    kind: action.kind,
    date,
    chamber,
    rule: version.id,
    permitted,
    passed,
    required: threshold?.required ?? null,
    base: threshold?.base ?? null,
    baseCount: threshold?.baseCount ?? null,
    margin,
    arithmetic: threshold?.arithmetic ?? null,
    citations: [...citations.values()],
    explanation,
    effects: effects.map((e) => ({
      code: e.code,
      ...(e.params ? { params: e.params } : {}),
      text: render(e.code, e.params, lang),
      ...(e.cites ? { cites: e.cites } : {}),
    })),
    interpretations,
    reasons: findings.filter((f) => !f.ok && f.blocking !== false).map((f) => render(f.code, f.params, lang)),
  };
}

function baseCountFor(spec: ThresholdSpec, ctx: Context, given: number | undefined): number | null {
  const tally = ctx.action.tally;
  switch (spec.base) {
    case 'legal':
      return ctx.legalNumber();
    case 'habiles':
      return ctx.habiles();
    case 'present':
      return tally ? presentCount(tally) : null;
    case 'cast':
      return tally ? castCount(tally) : null;
    case 'permanent-commission-excluded': {
      if (given !== undefined) return given;
      const members = ctx.state.permanentCommissionMembers;
      return members === undefined ? null : ctx.legalNumber() - members;
    }
  }
}

/** The rule version an evaluation would use (for listings). */
export function ruleFor(
  kind: Action['kind'],
  date: IsoDate,
  rulebook: Rulebook = peruRulebook(),
): RuleVersion | undefined {
  return rulebook.versionAt(kind, date);
}
