/**
 * Constitutional accusation and political trial (Const. arts. 99–100, 117; Reglamento art. 89):
 * - 1993-12-31 → 2004-06-04: the Permanent Commission accuses before Congress, which decided by a simple
 *   majority of those present (the rule TC Exp. 0006-2003-AI/TC questioned);
 * - 2004-06-04 → 2026-07-28: Reglamento art. 89 i): half plus one of the members of Congress without the
 *   members of the Permanent Commission to accuse (`stage: accusation`), two thirds of that base to impose
 *   a sanction (`stage: sanction`: suspension, disqualification up to ten years, removal). The base comes
 *   from `state.permanentCommissionMembers`;
 * - 2026-07-28 →: the Chamber of Deputies accuses and the Senate decides (Ley 31988); their rulebooks'
 *   majorities were not found: the unicameral fractions are carried over with low confidence.
 * Art. 117: during the term the President may be accused only of treason, preventing elections,
 * dissolving Congress (the Chamber of Deputies from 2026) outside art. 134, or preventing Congress or the
 * electoral bodies from meeting or working.
 */
import type { Context, Effect, Finding, RuleVersion } from '../../rule.js';
import type { Charge } from '../../types.js';
import { constitution, ERA, LEY_31988, reglamento, RL_030_2003, TC_0006_2003 } from '../sources.js';

const ART_99 = constitution('99');
const ART_100 = constitution('100');
const ART_117 = constitution('117');
const RC_89 = reglamento('89 i)');

/** The charges Const. art. 117 allows against a sitting President. */
export const ART_117_CHARGES: readonly Charge[] = [
  'treason',
  'preventing-elections',
  'dissolving-congress',
  'preventing-congress',
];

export function isSittingPresident(ctx: Context): boolean {
  const president = ctx.state.offices?.president;
  return !!president && ctx.action.target === president;
}

/** Art. 117's list for a sitting President (the Castillo 2022 complaint left its limits disputed). */
export function art117Findings(ctx: Context, bicameral: boolean): Finding[] {
  if (!isSittingPresident(ctx)) return [];
  const cites = bicameral ? [ART_117, LEY_31988] : [ART_117];
  const charge = ctx.action.charge;
  if (!charge) return [{ code: 'accusation.art117-unchecked', ok: true, cites }];
  const ok = ART_117_CHARGES.includes(charge);
  return [
    { code: ok ? 'accusation.art117.ok' : 'accusation.art117.excluded', ok, params: { charge }, cites },
  ];
}

type Era = 'simple' | 'excluded' | 'bicameral';

function stageFindings(ctx: Context, era: Era): Finding[] {
  const stage = ctx.action.stage;
  const findings: Finding[] = [];
  if (!stage) findings.push({ code: 'accusation.stage-unstated', ok: true, cites: [ART_99] });
  if (era === 'bicameral') {
    const s = stage ?? (ctx.chamber === 'senate' ? 'sanction' : 'accusation');
    if (ctx.chamber === 'deputies' && s === 'sanction')
      findings.push({
        code: 'accusation.deputies-accuse-only',
        ok: false,
        cites: [ART_99, ART_100, LEY_31988],
      });
    if (ctx.chamber === 'senate' && s === 'accusation')
      findings.push({ code: 'accusation.senate-decides', ok: false, cites: [ART_99, ART_100, LEY_31988] });
    findings.push({ code: 'accusation.threshold-unverified', ok: true, cites: [LEY_31988] });
  }
  if (era === 'excluded' && ctx.state.permanentCommissionMembers === undefined)
    findings.push({ code: 'accusation.base-unknown', ok: false, blocking: false, cites: [RC_89] });
  return findings;
}

function stageOf(ctx: Context, era: Era): 'accusation' | 'sanction' {
  return ctx.action.stage ?? (era === 'bicameral' && ctx.chamber === 'senate' ? 'sanction' : 'accusation');
}

function effects(ctx: Context, passed: boolean | null, era: Era): Effect[] {
  if (!passed) return passed === false ? [{ code: 'accusation.rejected' }] : [];
  const target = ctx.action.target ?? null;
  if (stageOf(ctx, era) === 'accusation') {
    return era === 'bicameral'
      ? [{ code: 'accusation.sent-to-senate', params: { target }, cites: [ART_99, LEY_31988] }]
      : [
          { code: 'accusation.approved', params: { target }, cites: [ART_99, ART_100] },
          { code: 'accusation.fiscal-5-days', cites: [ART_100] },
        ];
  }
  const out: Effect[] = [{ code: 'accusation.sanctioned', params: { target }, cites: [ART_100] }];
  if (isSittingPresident(ctx))
    out.push({ code: 'accusation.president-removal', cites: [constitution('113 inc. 5')] });
  return out;
}

const version = (from: string, to: string | undefined, era: Era): RuleVersion => ({
  id: `accusation.vote@${from}`,
  kinds: ['accusation.vote'],
  validFrom: from,
  validTo: to,
  title:
    era === 'bicameral'
      ? {
          en: 'Constitutional accusation: Deputies accuse, the Senate decides',
          es: 'Acusación constitucional: Diputados acusa, el Senado decide',
        }
      : era === 'excluded'
        ? {
            en: 'Constitutional accusation and political trial (base without the Permanent Commission)',
            es: 'Acusación constitucional y juicio político (base sin la Comisión Permanente)',
          }
        : {
            en: 'Constitutional accusation (simple majority)',
            es: 'Acusación constitucional (mayoría simple)',
          },
  cites:
    era === 'bicameral'
      ? [ART_99, ART_100, ART_117, LEY_31988]
      : era === 'excluded'
        ? [ART_99, ART_100, ART_117, RC_89, RL_030_2003]
        : [ART_99, ART_100, ART_117, TC_0006_2003],
  notes:
    era === 'bicameral'
      ? 'The majorities of the Deputies’ and Senate rulebooks for accusation and sanction were not found (rules.md open question 1): the unicameral fractions are applied to each chamber’s legal number as the best available reading.'
      : era === 'excluded'
        ? 'Members of the Permanent Commission (state.permanentCommissionMembers) are excluded from the base; with 130 members and 30 in the Commission, 51 to accuse and 67 to sanction. Whether a sitting President may be accused of crimes outside Art. 117 was left unresolved in 2022 (rules.md open question 9).'
        : 'RL 015-2003-CR (2003-11-15) rewrote the procedure of art. 89 but the qualified majorities came with RL 030-2003-CR on 2004-06-04.',
  confidence: era === 'bicameral' ? 'low' : era === 'excluded' ? 'high' : 'medium',
  vote: true,
  chambers: era === 'bicameral' ? ['deputies', 'senate'] : ['congress'],
  guard: (ctx) => [...stageFindings(ctx, era), ...art117Findings(ctx, era === 'bicameral')],
  threshold: (ctx) => ({
    param:
      stageOf(ctx, era) === 'sanction' ? 'accusation.threshold.sanction' : 'accusation.threshold.accusation',
  }),
  effects: (ctx, passed) => effects(ctx, passed, era),
});

export const accusationRules: RuleVersion[] = [
  version(ERA.constitution1993, ERA.art89A, 'simple'),
  version(ERA.art89A, ERA.bicameral, 'excluded'),
  version(ERA.bicameral, undefined, 'bicameral'),
];
