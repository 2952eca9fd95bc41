/**
 * Temporal coverage of the rulebook: for every action kind, every day on a grid from 1993-12-31 to
 * 2031-12-31 (weekly, plus every validity boundary and the day before it) has exactly one applicable
 * version, and evaluating representative actions on that day (each variant that makes a version read a
 * different parameter: stage, route, exception, interpretation…) never hits a missing parameter.
 */
import { describe, expect, it } from 'vitest';
import { addDays, type IsoDate } from '../src/lib/dates.js';
import { ACTION_KINDS } from '../src/law/kinds.js';
import { peruRulebook } from '../src/law/peru/index.js';
import { evaluate } from '../src/engine/evaluate.js';
import { InputError } from '../src/lib/issues.js';
import type { Action } from '../src/law/types.js';
import type { State } from '../src/law/state.js';
import { INTERPRETATIONS } from '../src/law/interpretations.js';

/** Fields that make a version take another branch or read another parameter, per kind. */
const VARIANTS: Partial<Record<Action['kind'], Partial<Action>[]>> = {
  'accusation.vote': [{ stage: 'accusation' }, { stage: 'sanction' }, { target: 'p', charge: 'treason' }],
  'reform.vote': [
    { route: 'referendum' },
    { route: 'two-legislatures' },
    { proposal: 'constituent-assembly' },
  ],
  'referendum.hold': [
    { origin: 'congress-approved' },
    { origin: 'citizen-initiative' },
    { origin: 'executive' },
  ],
  'emergency.extend': [{ exception: 'emergency' }, { exception: 'siege' }, { rights: ['9', '4'] }],
  'emergency.declare': [{ rights: ['9', '24-f'] }],
  'confidence.raise': [{ matter: 'bill' }, { matter: 'constitutional-reform', scope: 'council' }],
  'confidence.vote': [{ matter: 'government-policy', scope: 'council' }, { scope: 'minister' }],
  'censure.vote': [{ scope: 'council', filedOn: '1993-12-31' }],
  'cabinet.investiture': [{ filedOn: '1993-12-31' }],
  'president.suspend': [{ ground: 'judicial-process', target: 'p', charge: 'other-crime' }],
  'election.round': [
    {
      results: {
        candidates: [
          { name: 'A', votes: 5, incumbent: true },
          { name: 'B', votes: 4 },
        ],
        blank: 1,
        null: 1,
      },
    },
    {
      round: 2,
      results: {
        candidates: [
          { name: 'A', votes: 5 },
          { name: 'B', votes: 5 },
        ],
        blank: 0,
        null: 0,
      },
    },
  ],
};

/** A state that lets the guards read every fact they may need. */
const RICH_STATE: State = {
  offices: { president: 'p', firstVicePresident: null, secondVicePresident: 'v2', primeMinister: 'pm' },
  permanentCommissionMembers: 20,
  fallenCouncils: [
    { date: '1994-01-01', how: 'censure', president: 'p' },
    { date: '1994-02-01', how: 'factual-denial', president: 'p' },
  ],
  statesOfException: [{ kind: 'siege', from: '2000-01-01', to: '2000-02-01' }],
};

/** Every combination of interpretation options, one at a time against the defaults. */
const INTERPRETATION_CHOICES: Record<string, string>[] = [
  {},
  ...INTERPRETATIONS.flatMap((i) => i.options.map((o) => ({ [i.key]: o.id }))),
];

const START: IsoDate = '1993-12-31';
const END: IsoDate = '2031-12-31';

function grid(): IsoDate[] {
  const days = new Set<IsoDate>();
  for (let d = START; d <= END; d = addDays(d, 7)) days.add(d);
  days.add(END);
  for (const v of peruRulebook().versions) {
    for (const b of [v.validFrom, v.validTo]) {
      if (!b) continue;
      for (const d of [addDays(b, -1), b]) if (d >= START && d <= END) days.add(d);
    }
  }
  for (const d of peruRulebook().params.changeDates()) {
    for (const x of [addDays(d, -1), d]) if (x >= START && x <= END) days.add(x);
  }
  return [...days].sort();
}

describe('temporal coverage', () => {
  const rulebook = peruRulebook();
  const days = grid();
  const kinds = [...ACTION_KINDS];

  it('has rules for every action kind of DESIGN §3', () => {
    expect(ACTION_KINDS.filter((k) => !rulebook.kinds().includes(k))).toEqual([]);
  });

  it('covers at least the vacancy and succession slice', () => {
    for (const k of [
      'vacancy.file',
      'vacancy.admit',
      'vacancy.vote',
      'president.resign',
      'vice-president.resign',
      'succession',
      'mesa.elect',
      'mesa.censure',
    ] as const) {
      expect(kinds).toContain(k);
    }
  });

  it.each(kinds)('%s: exactly one version applies on every day of the grid', (kind) => {
    const problems: string[] = [];
    for (const d of days) {
      const n = rulebook.versionsAt(kind, d).length;
      if (n !== 1) problems.push(`${d}: ${n} versions`);
    }
    expect(problems).toEqual([]);
  });

  it.each(kinds)(
    '%s: every version evaluates on every day of the grid in every chamber it allows',
    (kind) => {
      const problems: string[] = [];
      for (const d of days) {
        const version = rulebook.versionAt(kind, d)!;
        for (const chamber of version.chambers) {
          for (const variant of [{}, ...(VARIANTS[kind] ?? [])]) {
            const action: Action = {
              kind,
              chamber,
              tally: { for: 1, against: 0, abstain: 0 },
              signatures: 1,
              days: 1,
              ...variant,
            };
            for (const state of [undefined, RICH_STATE]) {
              try {
                const v = evaluate({ date: d, action, ...(state ? { state } : {}) });
                if (v.rule !== version.id) problems.push(`${d} ${chamber}: used ${v.rule}`);
                if (!v.citations.length) problems.push(`${d} ${chamber}: no citations`);
              } catch (e) {
                if (!(e instanceof InputError))
                  problems.push(`${d} ${chamber} ${JSON.stringify(variant)}: ${(e as Error).message}`);
              }
            }
          }
        }
      }
      expect(problems).toEqual([]);
    },
  );

  it.each(kinds)('%s: evaluates under every interpretation option on every version boundary', (kind) => {
    const problems: string[] = [];
    const boundaries = days.filter((d) =>
      rulebook.versions.some((v) => v.validFrom === d || v.validTo === d),
    );
    for (const d of boundaries) {
      const version = rulebook.versionAt(kind, d)!;
      for (const interpretations of INTERPRETATION_CHOICES) {
        for (const variant of [{}, ...(VARIANTS[kind] ?? [])]) {
          const action: Action = {
            kind,
            chamber: version.chambers[0]!,
            tally: { for: 1, against: 0, abstain: 0 },
            ...variant,
          };
          try {
            evaluate({ date: d, action, state: RICH_STATE, interpretations });
          } catch (e) {
            if (!(e instanceof InputError))
              problems.push(`${d} ${JSON.stringify(interpretations)}: ${(e as Error).message}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
