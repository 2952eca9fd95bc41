/**
 * One conformance suite, run once under every option of every interpretation (as hono runs one suite per
 * router). Each case states its expected verdict under the defaults and, where an option changes the
 * answer, the difference that option makes: `differs['key=option']`. An option not listed for a case must
 * leave that case's verdict unchanged.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/engine/evaluate.js';
import { INTERPRETATIONS } from '../src/law/interpretations.js';
import type { Action, Tally } from '../src/law/types.js';
import type { FallenCouncil, State } from '../src/law/state.js';

interface Expected {
  permitted: boolean;
  passed?: boolean | null;
  required?: number | null;
  effects?: string[];
}
interface Case {
  name: string;
  date: string;
  action: Action;
  state?: State;
  expected: Expected;
  /** `key=option` → what changes under that option. */
  differs?: Record<string, Partial<Expected>>;
}

const t = (f: number, a = 0, ab = 0): Tally => ({ for: f, against: a, abstain: ab });
const fc = (
  date: string,
  how: FallenCouncil['how'],
  president: string,
  congress: string,
  term = '2016-2021',
): FallenCouncil => ({
  date,
  how,
  president,
  congress,
  term,
});

const CASES: Case[] = [
  {
    name: 'censure 2019-06-01, 65 for: fails, 66 needed',
    date: '2019-06-01',
    action: { kind: 'censure.vote', tally: t(65, 40, 5) },
    expected: { permitted: true, passed: false, required: 66 },
  },
  {
    name: 'TC election 2022-05-10, 86 for: fails, 87 needed',
    date: '2022-05-10',
    action: { kind: 'tc.elect', tally: t(86, 30, 5) },
    expected: { permitted: true, passed: false, required: 87 },
  },
  {
    name: 'dissolving the Senate on 2026-09-01: never',
    date: '2026-09-01',
    action: { kind: 'congress.dissolve', chamber: 'senate' },
    state: { fallenCouncils: [fc('2026-10-01', 'censure', 'p', '2026-2031', '2026-2031')] },
    expected: { permitted: false },
  },
  {
    name: 'confidence on the constitutional-reform referendum bill, 2022-11-17: excluded by Ley 31355',
    date: '2022-11-17',
    action: { kind: 'confidence.raise', matter: 'constitutional-reform', scope: 'council' },
    expected: { permitted: false },
  },
  {
    name: 'an emergency of 61 days: never',
    date: '2020-03-15',
    action: { kind: 'emergency.declare', days: 61 },
    expected: { permitted: false },
  },
  {
    name: 'Vizcarra’s dissolution, 2019-09-30 (2017 refusal under Kuczynski + factual denial)',
    date: '2019-09-30',
    action: { kind: 'congress.dissolve' },
    state: {
      offices: { president: 'vizcarra' },
      fallenCouncils: [
        fc('2017-09-15', 'confidence-denied', 'kuczynski', '2016-2021'),
        fc('2019-09-30', 'factual-denial', 'vizcarra', '2016-2021'),
      ],
      statesOfException: [],
    },
    expected: { permitted: true },
    differs: {
      // Without the factual denial only the 2017 refusal is left.
      'confidence.factual-denial=rejected': { permitted: false },
      // The 2017 refusal fell under Kuczynski, not Vizcarra.
      'dissolution.count-scope=president': { permitted: false },
    },
  },
  {
    name: 'Castillo’s dissolution, 2022-12-07: no two Councils fell under any reading',
    date: '2022-12-07',
    action: { kind: 'congress.dissolve' },
    state: {
      offices: { president: 'castillo' },
      fallenCouncils: [
        fc('2017-09-15', 'confidence-denied', 'kuczynski', '2016-2021'),
        fc('2020-08-04', 'investiture-denied', 'vizcarra', '2020-2021'),
        fc('2022-11-24', 'factual-denial', 'castillo', '2021-2026', '2021-2026'),
      ],
      statesOfException: [],
    },
    expected: { permitted: false },
  },
  {
    name: 'a censure and a factual denial under Castillo: the default from 2021-10-22 rejects factual denials',
    date: '2022-12-07',
    action: { kind: 'congress.dissolve' },
    state: {
      offices: { president: 'castillo' },
      fallenCouncils: [
        fc('2022-01-10', 'censure', 'castillo', '2021-2026', '2021-2026'),
        fc('2022-11-24', 'factual-denial', 'castillo', '2021-2026', '2021-2026'),
      ],
      statesOfException: [],
    },
    expected: { permitted: false },
    differs: { 'confidence.factual-denial=accepted': { permitted: true } },
  },
  {
    name: 'a refusal by the 2016 Congress under Kuczynski and a censure by the 2020 Congress under Vizcarra',
    date: '2020-06-01',
    action: { kind: 'congress.dissolve' },
    state: {
      offices: { president: 'vizcarra' },
      congressTerm: { from: '2020-03-16', to: '2021-07-26', id: '2020-2021' },
      fallenCouncils: [
        fc('2017-09-15', 'confidence-denied', 'kuczynski', '2016-2019'),
        fc('2020-05-01', 'censure', 'vizcarra', '2020-2021'),
      ],
      statesOfException: [],
    },
    expected: { permitted: true },
    differs: {
      'dissolution.count-scope=president': { permitted: false },
      'dissolution.count-scope=congress': { permitted: false },
    },
  },
  {
    name: 'Torres investiture, 2022-03-09, 64-58-2',
    date: '2022-03-09',
    action: { kind: 'cabinet.investiture', tally: t(64, 58, 2) },
    expected: { permitted: true, passed: true, required: 63, effects: ['investiture.granted'] },
    differs: {
      // More than half of 130 is 66: the cabinet would have fallen.
      'investiture.majority=legal': {
        passed: false,
        required: 66,
        effects: ['cabinet.crisis-total', 'council.counts-toward-dissolution'],
      },
      // 122 votes cast: 62 needed.
      'investiture.majority=cast': { required: 62 },
    },
  },
  {
    name: 'Del Solar investiture, 2019-04-05, 46-27-21: granted in practice',
    date: '2019-04-05',
    action: { kind: 'cabinet.investiture', tally: t(46, 27, 21) },
    expected: { permitted: true, passed: true, required: 37 },
    differs: {
      // 94 present: 48 needed.
      'investiture.majority=present': {
        passed: false,
        required: 48,
      },
      'investiture.majority=legal': { passed: false, required: 66 },
    },
  },
  {
    name: 'Cateriano investiture, 2020-08-04, 37-54-34: refused under both readings',
    date: '2020-08-04',
    action: { kind: 'cabinet.investiture', tally: t(37, 54, 34) },
    // Before the 2021 Congress the default counts only votes for and against (91 cast → 46).
    expected: { permitted: true, passed: false, required: 46 },
    differs: {
      'investiture.majority=legal': { required: 66 },
      'investiture.majority=present': { required: 63 },
    },
  },
  {
    name: 'no investiture vote from 2026-07-28',
    date: '2026-07-28',
    action: { kind: 'cabinet.investiture', tally: t(100) },
    expected: { permitted: false, passed: null },
  },
  {
    name: 'censure of Jerí as President of Congress while acting President, 2026-02-17, 75-24-3',
    date: '2026-02-17',
    action: { kind: 'mesa.censure', target: 'jeri', signatures: 20, tally: t(75, 24, 3) },
    state: {
      offices: {
        president: 'jeri',
        presidentOfCongress: 'jeri',
        firstVicePresident: null,
        secondVicePresident: null,
      },
      presidentIsPresidentOfCongress: true,
    },
    expected: {
      permitted: true,
      passed: true,
      required: 52,
      effects: ['office.vacated', 'office.vacated', 'succession.by-new-mesa'],
    },
    differs: {
      // Under this reading only a vacancy ends the presidency.
      'succession.acting-president-falls-with-mesa=no': {
        effects: ['office.vacated', 'presidency.continues'],
      },
    },
  },
  {
    name: 'Castillo vacancy, 2022-12-07, 101-6-10',
    date: '2022-12-07',
    action: { kind: 'vacancy.vote', tally: t(101, 6, 10) },
    expected: { permitted: true, passed: true, required: 87 },
  },
  {
    name: 'JNJ disqualification, 2024-03-07, 67 of a base of 100',
    date: '2024-03-07',
    action: { kind: 'accusation.vote', stage: 'sanction', tally: t(67, 30, 3) },
    state: { permanentCommissionMembers: 30 },
    expected: { permitted: true, passed: true, required: 67 },
  },
  {
    name: 'early elections reform, 2022-12-16, 49-33-25 by two legislatures: fails',
    date: '2022-12-16',
    action: { kind: 'reform.vote', route: 'two-legislatures', tally: t(49, 33, 25) },
    expected: { permitted: true, passed: false, required: 87 },
  },
  {
    name: 'a constituent assembly: no procedure',
    date: '2022-12-07',
    action: { kind: 'reform.vote', proposal: 'constituent-assembly', tally: t(66) },
    expected: { permitted: false, passed: false },
  },
  {
    name: 'a citizens’ referendum after Ley 31399',
    date: '2022-11-17',
    action: { kind: 'referendum.hold', origin: 'citizen-initiative' },
    expected: { permitted: false },
  },
  {
    name: 'Zavala’s refused question of confidence, 2017-09-15',
    date: '2017-09-15',
    action: { kind: 'confidence.vote', scope: 'council', tally: t(22, 77, 16) },
    expected: {
      permitted: true,
      passed: false,
      effects: ['cabinet.crisis-total', 'council.counts-toward-dissolution'],
    },
  },
  {
    name: 'the 2021 first round goes to a runoff',
    date: '2021-04-11',
    action: {
      kind: 'election.round',
      results: {
        candidates: [
          { name: 'Castillo', votes: 2724752 },
          { name: 'Fujimori', votes: 1930762 },
          { name: 'López Aliaga', votes: 1692279 },
        ],
        blank: 0,
        null: 0,
      },
    },
    expected: { permitted: true, passed: null, effects: ['election.runoff'] },
  },
  {
    name: 'a Senate-approved extension of an emergency, 2027-01-10',
    date: '2027-01-10',
    action: { kind: 'emergency.extend', days: 60, tally: t(31, 20, 2) },
    expected: { permitted: true, passed: true, required: 27 },
  },
];

/** Each interpretation option forced on its own, plus the defaults. */
const RUNS: { label: string; choice: Record<string, string> }[] = [
  { label: 'defaults', choice: {} },
  ...INTERPRETATIONS.flatMap((i) =>
    i.options.map((o) => ({ label: `${i.key}=${o.id}`, choice: { [i.key]: o.id } })),
  ),
];

describe.each(RUNS)('conformance under $label', ({ label, choice }) => {
  it.each(CASES)('$name', (c) => {
    const v = evaluate({
      date: c.date,
      action: c.action,
      ...(c.state ? { state: c.state } : {}),
      interpretations: choice,
    });
    const want = { ...c.expected, ...(c.differs?.[label] ?? {}) };
    expect(v.permitted).toBe(want.permitted);
    if ('passed' in want) expect(v.passed).toBe(want.passed);
    if ('required' in want) expect(v.required).toBe(want.required);
    if (want.effects) expect(v.effects.map((e) => e.code)).toEqual(want.effects);
    // The verdict lists every option it used, and a forced option is reported as chosen.
    for (const [key, option] of Object.entries(choice)) {
      const used = v.interpretations.find((u) => u.key === key);
      if (used) expect(used).toMatchObject({ option, chosen: 'user' });
    }
  });
});

describe('the stated differences are real', () => {
  it('every difference names a known key=option and changes something against the defaults', () => {
    const known = new Set(RUNS.map((r) => r.label));
    for (const c of CASES)
      for (const [label, diff] of Object.entries(c.differs ?? {})) {
        expect(known.has(label), label).toBe(true);
        const changed = Object.entries(diff).some(
          ([k, val]) => JSON.stringify(c.expected[k as keyof Expected]) !== JSON.stringify(val),
        );
        expect(changed, `${c.name}: ${label}`).toBe(true);
      }
  });
});
