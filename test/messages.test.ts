/**
 * Every message code the rules emit exists in English and Spanish and renders without a missing
 * parameter: a broad sample of evaluations (every kind, on every version boundary and a yearly grid, with
 * variants, states and interpretation options) is walked and each finding and effect rendered in both.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../src/lib/dates.js';
import { evaluate } from '../src/engine/evaluate.js';
import type { ExplanationNode } from '../src/engine/verdict.js';
import { LOCALES, render } from '../src/law/i18n/index.js';
import { INTERPRETATIONS } from '../src/law/interpretations.js';
import { ACTION_KINDS } from '../src/law/kinds.js';
import { peruRulebook } from '../src/law/peru/index.js';
import type { Params } from '../src/law/rule.js';
import type { State } from '../src/law/state.js';
import type { Action } from '../src/law/types.js';
import { InputError } from '../src/lib/issues.js';

const VARIANTS: Partial<Action>[] = [
  {},
  { tally: { for: 1, against: 0, abstain: 0 } },
  { tally: { for: 70, against: 10, abstain: 0 }, signatures: 40, days: 30, scope: 'council' },
  { tally: { for: 40, against: 10, abstain: 0 }, signatures: 5, days: 61, scope: 'minister', target: 'p' },
  {
    stage: 'sanction',
    route: 'two-legislatures',
    exception: 'siege',
    matter: 'constitutional-reform',
    origin: 'executive',
  },
  {
    stage: 'accusation',
    route: 'referendum',
    matter: 'bill',
    origin: 'citizen-initiative',
    proposal: 'constituent-assembly',
  },
  {
    matter: 'government-policy',
    origin: 'congress-approved',
    rights: ['9', '4', 'banishment'],
    target: 'p',
    charge: 'other-crime',
  },
  { charge: 'treason', target: 'p', ground: 'judicial-process', rights: ['24-f'] },
  {
    ground: 'temporary-incapacity',
    filedOn: '1993-12-31',
    admittedOn: '1993-12-31',
    role: 'first-vice-president',
  },
  {
    results: {
      candidates: [
        { name: 'A', votes: 10, incumbent: true },
        { name: 'B', votes: 2 },
      ],
      blank: 1,
      null: 1,
    },
  },
  {
    round: 2,
    results: {
      candidates: [
        { name: 'A', votes: 3 },
        { name: 'B', votes: 3 },
        { name: 'C', votes: 1 },
      ],
      blank: 0,
      null: 0,
    },
  },
  {
    results: {
      candidates: [
        { name: 'A', votes: 4 },
        { name: 'B', votes: 3 },
        { name: 'C', votes: 3 },
      ],
      blank: 0,
      null: 0,
    },
  },
];

const STATES: (State | undefined)[] = [
  undefined,
  {
    offices: {
      president: 'p',
      firstVicePresident: 'v1',
      secondVicePresident: null,
      presidentOfCongress: 'c',
      primeMinister: 'pm',
    },
    permanentCommissionMembers: 30,
    presidentIsPresidentOfCongress: false,
    fallenCouncils: [
      { date: '1994-01-01', how: 'censure', president: 'p', primeMinister: 'a' },
      { date: '1994-06-01', how: 'factual-denial', president: 'q' },
    ],
    statesOfException: [{ kind: 'siege', from: '1994-01-01', to: '2031-12-31' }],
    pendingMotions: [{ kind: 'censure', filedOn: '1993-12-31' }],
    congressDissolved: true,
  },
  {
    offices: {
      president: 'c',
      firstVicePresident: null,
      secondVicePresident: null,
      presidentOfCongress: 'c',
    },
    presidentIsPresidentOfCongress: true,
    fallenCouncils: [],
    statesOfException: [],
  },
];

const CHOICES: Record<string, string>[] = [
  {},
  Object.fromEntries(INTERPRETATIONS.map((i) => [i.key, i.options[i.options.length - 1]!.id])),
];

function walk(n: ExplanationNode, out: { code: string; params?: Params }[]): void {
  out.push({ code: n.code, ...(n.params ? { params: n.params } : {}) });
  for (const c of n.children ?? []) walk(c, out);
}

describe('messages', () => {
  it('the English and Spanish locale files define the same codes', () => {
    expect(Object.keys(LOCALES.es).sort()).toEqual(Object.keys(LOCALES.en).sort());
  });

  it('every code emitted over a broad sample renders in en and es with every parameter filled', () => {
    const rulebook = peruRulebook();
    const dates = new Set<string>();
    for (let d = '1993-12-31'; d <= '2031-12-31'; d = addDays(d, 365)) dates.add(d);
    for (const v of rulebook.versions) for (const b of [v.validFrom, v.validTo]) if (b) dates.add(b);
    const seen = new Map<string, { code: string; params?: Params }>();
    const problems: string[] = [];
    for (const date of dates)
      for (const kind of ACTION_KINDS) {
        const version = rulebook.versionAt(kind, date);
        if (!version) continue;
        for (const chamber of version.chambers)
          for (const variant of VARIANTS)
            for (const state of STATES)
              for (const interpretations of CHOICES) {
                try {
                  const v = evaluate({
                    date,
                    action: { kind, chamber, ...variant },
                    ...(state ? { state } : {}),
                    interpretations,
                  });
                  const nodes: { code: string; params?: Params }[] = [];
                  walk(v.explanation, nodes);
                  nodes.push(...v.effects);
                  for (const n of nodes) {
                    const key = `${n.code} ${JSON.stringify(n.params ?? {})}`;
                    if (!seen.has(key)) seen.set(key, n);
                  }
                } catch (e) {
                  if (!(e instanceof InputError)) problems.push(`${date} ${kind}: ${(e as Error).message}`);
                }
              }
      }
    for (const { code, params } of seen.values())
      for (const lang of ['en', 'es'] as const) {
        const text = render(code, params, lang);
        if (!text.trim() || /undefined|\[object Object\]|NaN/.test(text))
          problems.push(`${lang} ${code}: ${text}`);
      }
    expect(problems).toEqual([]);
    const codes = new Set([...seen.values()].map((n) => n.code));
    // The sample reaches the codes of every area.
    for (const code of [
      'dissolution.senate-indissoluble',
      'confidence.matter.rejected-de-plano',
      'reform.no-constituent-procedure',
      'exception.days.too-long',
      'accusation.art117.excluded',
      'election.runoff',
      'investiture.abolished',
      'censure.window.late',
    ])
      expect(codes, code).toContain(code);
  });
});
