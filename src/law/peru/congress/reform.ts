/**
 * Constitutional reform and referendum (Const. arts. 32, 206; Ley 26300; Ley 31399).
 * - reform.vote: absolute majority of the legal number and ratification by referendum, or more than two
 *   thirds in two successive ordinary legislatures (art. 206). From 2021-11-27 the legislatures must be
 *   genuine (TC Exps. 00019/00021/00022-2021-PI/TC, the "fourth legislature" ruling). From 2026-07-28 each
 *   chamber votes with its own legal number (Ley 31988).
 * - referendum.hold: before 2022-01-31 a citizens' reform initiative rejected by Congress could still reach a
 *   referendum (Ley 26300 art. 41); Ley 31399 closed that: only a reform Congress approved under art. 206's
 *   first route goes to referendum, called by decision of Congress.
 * - A constituent assembly (or a new constitution made outside art. 206) has no procedure in the 1993
 *   Constitution: the rules say so and name the route it would need (an art. 206 reform creating it).
 *   Express it with `proposal: constituent-assembly` (or `new-constitution`).
 */
import type { Context, Finding, RuleVersion } from '../../rule.js';
import type { Citation } from '../../types.js';
import { constitution, ERA, LEY_31988 } from '../sources.js';

const ART_206 = constitution('206');
const ART_32 = constitution('32 inc. 1');
const TC_4TA: Citation = {
  kind: 'ruling',
  cite: 'TC Exps. 00019/00021/00022-2021-PI/TC (Sentencia 918/2021: successive legislatures must be genuine)',
  url: 'https://tc.gob.pe/jurisprudencia/2021/00022-2021-AI.pdf',
  published: '2021-11-26',
};
const LEY_26300: Citation = {
  kind: 'law',
  cite: 'Ley 26300 art. 41 (citizens’ reform initiative rejected by Congress may go to referendum)',
  url: 'https://infobae.com/america/peru/2022/11/17/ley-31399-que-dice-y-por-que-el-gobierno-busca-que-se-derogue',
};
const LEY_31399: Citation = {
  kind: 'law',
  cite: 'Ley 31399 (amends Ley 26300 arts. 40 and 44: referendum only on reforms approved by Congress)',
  url: 'https://gestion.pe/peru/politica/congreso-publican-ley-que-regula-el-referendum-para-reformas-constitucionales-tc-pedro-castillo-maria-del-carmen-alva-nndc-noticia/',
  published: '2022-01-30',
};

export const REFORM_ERA = { genuineLegislatures: '2021-11-27', ley31399: '2022-01-31' } as const;

/** A constituent assembly is not a procedure of the 1993 Constitution (arts. 32, 206). */
function proposalFindings(ctx: Context): Finding[] {
  const p = ctx.action.proposal;
  if (p === 'constituent-assembly' || p === 'new-constitution') {
    return [
      {
        code: 'reform.no-constituent-procedure',
        ok: false,
        params: { proposal: p },
        cites: [ART_206, ART_32],
      },
    ];
  }
  return [];
}

const reformVote = (
  from: string,
  to: string | undefined,
  era: 'original' | 'genuine' | 'bicameral',
): RuleVersion => ({
  id: `reform.vote@${from}`,
  kinds: ['reform.vote'],
  validFrom: from,
  validTo: to,
  title:
    era === 'bicameral'
      ? {
          en: 'Vote on a constitutional reform, in each chamber (Art. 206, Ley 31988)',
          es: 'Votación de una reforma constitucional, en cada cámara (art. 206, Ley 31988)',
        }
      : era === 'genuine'
        ? {
            en: 'Vote on a constitutional reform (Art. 206; genuine successive legislatures)',
            es: 'Votación de una reforma constitucional (art. 206; legislaturas sucesivas genuinas)',
          }
        : {
            en: 'Vote on a constitutional reform (Art. 206)',
            es: 'Votación de una reforma constitucional (art. 206)',
          },
  cites: era === 'bicameral' ? [ART_206, LEY_31988] : era === 'genuine' ? [ART_206, TC_4TA] : [ART_206],
  notes:
    era === 'bicameral'
      ? 'Each chamber votes with its own legal number: 66 deputies and 31 senators for the referendum route; 87 deputies and 41 senators in each of two legislatures (strict reading of "superior a los dos tercios" for 60 senators). Senators are not listed among those with initiative.'
      : era === 'genuine'
        ? 'The ruling on the "fourth legislature" (effects from its publication) requires two genuinely successive ordinary legislatures; the rule notes it but cannot check the calendar.'
        : undefined,
  confidence: era === 'original' ? 'high' : 'medium',
  vote: true,
  chambers: era === 'bicameral' ? ['deputies', 'senate'] : ['congress'],
  guard: (ctx) => {
    const findings = proposalFindings(ctx);
    if (!ctx.action.route) findings.push({ code: 'reform.route-unstated', ok: true, cites: [ART_206] });
    if (ctx.action.route === 'two-legislatures' && era !== 'original')
      findings.push({ code: 'reform.genuine-legislatures', ok: true, cites: [TC_4TA] });
    return findings;
  },
  threshold: (ctx) => ({
    param:
      ctx.action.route === 'two-legislatures'
        ? 'reform.threshold.two-legislatures'
        : 'reform.threshold.referendum',
  }),
  effects: (ctx, passed) => {
    if (!passed) return passed === false ? [{ code: 'reform.rejected', cites: [ART_206] }] : [];
    const effects = [
      ctx.action.route === 'two-legislatures'
        ? { code: 'reform.second-legislature', cites: era === 'original' ? [ART_206] : [ART_206, TC_4TA] }
        : { code: 'reform.to-referendum', cites: [ART_206] },
      { code: 'reform.no-observation', cites: [ART_206] },
    ];
    if (era === 'bicameral') effects.push({ code: 'reform.other-chamber', cites: [ART_206, LEY_31988] });
    return effects;
  },
});

const referendum = (from: string, to: string | undefined, closed: boolean): RuleVersion => ({
  id: `referendum.hold@${from}`,
  kinds: ['referendum.hold'],
  validFrom: from,
  validTo: to,
  title: closed
    ? {
        en: 'Referendum on a constitutional reform: only reforms approved by Congress (Ley 31399)',
        es: 'Referéndum de reforma constitucional: solo reformas aprobadas por el Congreso (Ley 31399)',
      }
    : {
        en: 'Referendum on a constitutional reform (Arts. 32, 206; Ley 26300)',
        es: 'Referéndum de reforma constitucional (arts. 32, 206; Ley 26300)',
      },
  cites: closed ? [ART_206, ART_32, LEY_31399] : [ART_206, ART_32, LEY_26300],
  notes: closed
    ? 'Whether a challenge to Ley 31399 was decided was not found (rules.md open question 12).'
    : 'The citizens’ route of Ley 26300 art. 41 also required a minimum favourable vote in Congress, not checked here (low confidence on its details).',
  confidence: closed ? 'high' : 'medium',
  vote: false,
  chambers: ['congress'],
  guard: (ctx) => {
    const findings = proposalFindings(ctx);
    const origin = ctx.action.origin;
    if (!origin) findings.push({ code: 'referendum.origin-unstated', ok: true, cites: [ART_206] });
    else if (origin === 'executive')
      findings.push({ code: 'referendum.executive-cannot', ok: false, cites: [ART_206, ART_32] });
    else if (origin === 'citizen-initiative')
      findings.push(
        closed
          ? { code: 'referendum.citizen-closed', ok: false, cites: [LEY_31399] }
          : { code: 'referendum.citizen-open', ok: true, cites: [LEY_26300] },
      );
    else findings.push({ code: 'referendum.congress-approved', ok: true, cites: [ART_206] });
    return findings;
  },
  effects: () => [{ code: 'referendum.called', cites: [ART_206, ART_32] }],
});

export const reformRules: RuleVersion[] = [
  reformVote(ERA.constitution1993, REFORM_ERA.genuineLegislatures, 'original'),
  reformVote(REFORM_ERA.genuineLegislatures, ERA.bicameral, 'genuine'),
  reformVote(ERA.bicameral, undefined, 'bicameral'),
  referendum(ERA.constitution1993, REFORM_ERA.ley31399, false),
  referendum(REFORM_ERA.ley31399, undefined, true),
];
