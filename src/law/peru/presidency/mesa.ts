/**
 * The Mesa Directiva insofar as it makes or unmakes a President of Congress who is (or becomes) President
 * of the Republic under Const. art. 115. Election: Reglamento art. 12 (absolute majority in the first
 * round, a runoff between the two most voted lists). Censure: Reglamento art. 68, with 15 % of signatures
 * and an immediate admission vote from RL 007-2021-2022-CR (published 2022-02-05).
 * Whether censuring an acting President of the Republic ends that presidency is disputed: see the
 * interpretation `succession.acting-president-falls-with-mesa`.
 */
import type { Context, Effect, RuleVersion } from '../../rule.js';
import { constitution, ERA, LEY_31988, reglamento, reglamentoSpij } from '../sources.js';
import { nextInLine, signaturesFinding } from '../checks.js';
import type { Citation } from '../../types.js';

const ART_115 = constitution('115');
const RL_007_2021: Citation = {
  kind: 'reglamento',
  cite: 'RL 007-2021-2022-CR (Reglamento art. 68 d: censure of the Mesa)',
  url: 'https://lpderecho.pe/tuo-reglamento-congreso-republica-actualizado-lp-derecho/',
  published: '2022-02-05',
};

function isActingPresident(ctx: Context, person: string | null | undefined): boolean {
  return (
    !!person && ctx.state.presidentIsPresidentOfCongress === true && ctx.state.offices?.president === person
  );
}

function censureEffects(ctx: Context, passed: boolean | null): Effect[] {
  if (!passed) return [];
  const person = ctx.action.target ?? ctx.state.offices?.presidentOfCongress ?? null;
  const office =
    ctx.chamber === 'senate'
      ? 'presidentOfSenate'
      : ctx.chamber === 'deputies'
        ? 'presidentOfDeputies'
        : 'presidentOfCongress';
  const effects: Effect[] = [
    { code: 'office.vacated', params: { office, person }, cites: [reglamento('68 d)')] },
  ];
  if (isActingPresident(ctx, person)) {
    const option = ctx.interpretation('succession.acting-president-falls-with-mesa');
    if (option === 'yes') {
      effects.push({ code: 'office.vacated', params: { office: 'president', person }, cites: [ART_115] });
      effects.push({ code: 'succession.by-new-mesa', cites: [ART_115] });
    } else {
      effects.push({ code: 'presidency.continues', params: { person }, cites: [constitution('113')] });
    }
  }
  return effects;
}

function electEffects(ctx: Context, passed: boolean | null): Effect[] {
  if (!passed) return [];
  const person = ctx.action.target ?? null;
  const office =
    ctx.chamber === 'senate'
      ? 'presidentOfSenate'
      : ctx.chamber === 'deputies'
        ? 'presidentOfDeputies'
        : 'presidentOfCongress';
  const effects: Effect[] = [{ code: 'office.filled', params: { office, person } }];
  // Art. 115: with no President and no Vice Presidents, the President of Congress assumes.
  const offices = ctx.state.offices;
  if (
    office === 'presidentOfCongress' &&
    offices &&
    offices.president === null &&
    offices.firstVicePresident === null &&
    offices.secondVicePresident === null
  ) {
    effects.push({
      code: 'office.assumed',
      params: { office: 'president', person, role: 'president-of-congress' },
      cites: [ART_115],
    });
    effects.push({ code: 'presidency.held-as-president-of-congress', params: { person }, cites: [ART_115] });
  } else if (offices && nextInLine(offices)?.role === 'president-of-congress' && offices.president === null) {
    effects.push({
      code: 'office.assumed',
      params: { office: 'president', person, role: 'president-of-congress' },
      cites: [ART_115],
    });
  }
  return effects;
}

const censure = (
  from: string,
  to: string | undefined,
  cites: Citation[],
  chambers: RuleVersion['chambers'],
  notes?: string,
): RuleVersion => ({
  id: `mesa.censure@${from}`,
  kinds: ['mesa.censure'],
  validFrom: from,
  validTo: to,
  title: {
    en: 'Censure of a member of the Mesa Directiva',
    es: 'Censura de un miembro de la Mesa Directiva',
  },
  cites,
  notes,
  confidence: 'medium',
  vote: true,
  chambers,
  guard: (ctx) => [signaturesFinding(ctx, 'mesa.censure.signatures')],
  threshold: () => ({ param: 'mesa.censure.threshold' }),
  effects: censureEffects,
});

const elect = (
  from: string,
  to: string | undefined,
  cites: Citation[],
  chambers: RuleVersion['chambers'],
  notes?: string,
): RuleVersion => ({
  id: `mesa.elect@${from}`,
  kinds: ['mesa.elect'],
  validFrom: from,
  validTo: to,
  title: {
    en: 'Election of the Mesa Directiva (its President)',
    es: 'Elección de la Mesa Directiva (su Presidente)',
  },
  cites,
  notes,
  confidence: 'medium',
  vote: true,
  chambers,
  threshold: (ctx) => ({
    param: ctx.action.round === 2 ? 'mesa.elect.threshold.round2' : 'mesa.elect.threshold.round1',
  }),
  effects: electEffects,
});

export const mesaRules: RuleVersion[] = [
  censure(
    ERA.constitution1993,
    '2022-02-05',
    [reglamentoSpij('68')],
    ['congress'],
    'Censure of the Mesa was an ordinary motion (e.g. Martha Hildebrandt, 2000-11-13).',
  ),
  censure('2022-02-05', ERA.bicameral, [reglamento('68 d)'), RL_007_2021], ['congress']),
  censure(
    ERA.bicameral,
    undefined,
    [LEY_31988],
    ['senate', 'deputies'],
    'Each chamber censures its own Mesa under its 2025 rulebook; majorities carried over from the unicameral Reglamento (the official texts were not read).',
  ),
  elect(
    ERA.constitution1993,
    ERA.bicameral,
    [reglamento('12')],
    ['congress'],
    'Tally: for = votes for the winning list, against = votes for the other lists, abstain = blank and void ballots.',
  ),
  elect(
    ERA.bicameral,
    undefined,
    [LEY_31988],
    ['senate', 'deputies'],
    'Each chamber elects its Mesa; the Presidency of Congress alternates yearly between the two chamber presidents (Const. art. 90 as amended).',
  ),
];
