/**
 * A round of the presidential election (Const. arts. 111–112). A ticket wins with more than half of the
 * valid votes (blank and null votes are not counted); otherwise the two most voted go to a runoff within
 * 30 days of the proclamation. Re-election: one immediate re-election under the original art. 112; none
 * from 2000-11-05 (Ley 27365). Express an incumbent running with `results.candidates[].incumbent: true`.
 */
import type { Context, Effect, Finding, RuleVersion } from '../../rule.js';
import type { ThresholdSpec } from '../../parameters/threshold-spec.js';
import { computeThreshold } from '../../threshold.js';
import type { Citation } from '../../types.js';
import { constitution, ERA } from '../sources.js';

const ART_111 = constitution('111');
const ART_112 = constitution('112');
const LEY_27365: Citation = {
  kind: 'law',
  cite: 'Ley 27365 (Const. art. 112: no immediate re-election)',
  url: 'https://leyes.congreso.gob.pe/Documentos/Leyes/27365.pdf',
  published: '2000-11-05',
};

function count(ctx: Context) {
  const results = ctx.action.results;
  if (!results) return null;
  const valid = results.candidates.reduce((s, c) => s + c.votes, 0);
  const spec = ctx.param<ThresholdSpec>('election.win.threshold');
  const t = computeThreshold(spec, valid);
  const ranked = [...results.candidates].sort((a, b) => b.votes - a.votes);
  return { results, valid, t, ranked };
}

function guard(ctx: Context, reelectionLaw: Citation): Finding[] {
  const c = count(ctx);
  if (!c) return [{ code: 'election.results-missing', ok: true, cites: [ART_111] }];
  const findings: Finding[] = [];
  if (ctx.action.round === 2 && c.results.candidates.length !== 2)
    findings.push({
      code: 'election.runoff-two',
      ok: false,
      params: { n: c.results.candidates.length },
      cites: [ART_111],
    });
  const incumbent = c.results.candidates.find((x) => x.incumbent);
  if (incumbent) {
    const allowed = ctx.param<boolean>('president.reelection.immediate');
    findings.push({
      code: allowed ? 'election.reelection-allowed' : 'election.reelection-barred',
      ok: allowed,
      params: { name: incumbent.name },
      cites: [ART_112, reelectionLaw],
    });
  }
  findings.push({
    code: 'election.count',
    ok: true,
    params: {
      valid: c.valid,
      blank: c.results.blank,
      null: c.results.null,
      required: c.t.required,
      arithmetic: c.t.arithmetic,
    },
    cites: [ART_111],
  });
  return findings;
}

function effects(ctx: Context): Effect[] {
  const c = count(ctx);
  if (!c) return [];
  const [first, second] = c.ranked;
  if (!first) return [];
  if (second && first.votes === second.votes)
    return [
      {
        code: 'election.tie',
        params: { first: first.name, second: second.name, votes: first.votes },
        cites: [ART_111],
      },
    ];
  if (first.votes >= c.t.required)
    return [
      {
        code: 'election.winner',
        params: { name: first.name, votes: first.votes, required: c.t.required },
        cites: [ART_111],
      },
    ];
  const days = ctx.param<number>('election.runoff_days');
  return [
    {
      code: 'election.runoff',
      params: {
        first: first.name,
        second: second?.name ?? null,
        votes: first.votes,
        required: c.t.required,
        days,
      },
      cites: [ART_111],
    },
  ];
}

const version = (from: string, to: string | undefined, reelection: boolean): RuleVersion => ({
  id: `election.round@${from}`,
  kinds: ['election.round'],
  validFrom: from,
  validTo: to,
  title: reelection
    ? {
        en: 'Presidential election round (one immediate re-election allowed)',
        es: 'Vuelta electoral presidencial (una reelección inmediata permitida)',
      }
    : {
        en: 'Presidential election round (no immediate re-election)',
        es: 'Vuelta electoral presidencial (sin reelección inmediata)',
      },
  cites: reelection ? [ART_111, ART_112] : [ART_111, ART_112, LEY_27365],
  notes: reelection
    ? 'The original art. 112 allowed one immediate re-election; whether the 2000 candidacy of a twice-elected President was lawful is not modelled (a candidate is only flagged as incumbent).'
    : undefined,
  confidence: 'high',
  vote: false,
  chambers: ['congress'],
  guard: (ctx) => guard(ctx, reelection ? ART_112 : LEY_27365),
  effects,
});

export const electionRules: RuleVersion[] = [
  version(ERA.constitution1993, '2000-11-05', true),
  version('2000-11-05', undefined, false),
];
