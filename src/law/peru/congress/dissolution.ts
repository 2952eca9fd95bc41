/**
 * Dissolution and interregnum (Const. arts. 134–136) and the installation of a Congress.
 * - 1993-12-31 → 2026-07-28: the President may dissolve Congress once it has censured or refused
 *   confidence to two Councils of Ministers; never in Congress's last year nor under a state of siege;
 *   the decree calls elections within four months; the Permanent Commission stays; during the interregnum
 *   the Executive legislates by decretos de urgencia reported to the Permanent Commission (art. 135); if the
 *   elections are not held, the dissolved Congress reconvenes (art. 136).
 * - 2026-07-28 →: only the Chamber of Deputies may be dissolved; the Senate never (arts. 134–136 as amended
 *   by Ley 31988; Senate rulebook, RL 006-2025-2026-CR).
 * Which fallen Councils count is disputed (interpretation `dissolution.count-scope`), and whether a
 * "factual denial" is a refusal too (`confidence.factual-denial`). The facts come from `state`.
 * Dissolving outside art. 134 is one of the acts a sitting President may be accused of (art. 117).
 */
import { addDays, addMonths, inInterval } from '../../../lib/dates.js';
import type { Context, Effect, Finding, RuleVersion } from '../../rule.js';
import type { FallenCouncil } from '../../state.js';
import type { Citation } from '../../types.js';
import { constitution, ERA, LEY_31988, RL_006_2025 } from '../sources.js';
import { congressTerm, lastYearStarts, presidentialTerm } from './terms.js';

const ART_134 = constitution('134');
const ART_135 = constitution('135');
const ART_136 = constitution('136');
const ART_117 = constitution('117');
const RL_006_SENATE: Citation = {
  ...RL_006_2025,
  cite: 'Reglamento del Senado (RL 006-2025-2026-CR): the Senate cannot be dissolved',
  url: 'https://gestion.pe/peru/politica/senado-no-podra-ser-disuelto-segun-reglamento-publicado-por-el-congreso-noticia/',
};

function inScope(ctx: Context, c: FallenCouncil, scope: string): boolean {
  switch (scope) {
    case 'president': {
      const current = ctx.state.offices?.president;
      return !!current && c.president === current;
    }
    case 'congress': {
      const t = congressTerm(ctx.state, ctx.date);
      return c.congress ? c.congress === t.id : inInterval(c.date, t.from, addDaysInclusive(t.to));
    }
    default: {
      const t = presidentialTerm(ctx.state, ctx.date);
      return c.term ? c.term === t.id : inInterval(c.date, t.from, addDaysInclusive(t.to));
    }
  }
}

/** Terms include their last day; `inInterval` is half-open. */
const addDaysInclusive = (to: string) => addDays(to, 1);

function countFindings(ctx: Context): Finding[] {
  const required = ctx.paramValue<number>('dissolution.councils_required');
  const councils = ctx.state.fallenCouncils;
  const scope = ctx.interpretation('dissolution.count-scope');
  if (!councils) {
    return [
      {
        code: 'dissolution.count-unknown',
        ok: false,
        params: { required: required.value },
        cites: [ART_134],
      },
    ];
  }
  const past = councils.filter((c) => c.date <= ctx.date);
  const hasFactual = past.some((c) => c.how === 'factual-denial');
  const factualCounts = hasFactual ? ctx.interpretation('confidence.factual-denial') === 'accepted' : true;
  const counted = past.filter((c) => (c.how !== 'factual-denial' || factualCounts) && inScope(ctx, c, scope));
  const outOfScope = past.filter(
    (c) => (c.how !== 'factual-denial' || factualCounts) && !inScope(ctx, c, scope),
  );
  const findings: Finding[] = [];
  const ok = counted.length >= required.value;
  findings.push({
    code: ok ? 'dissolution.councils.enough' : 'dissolution.councils.short',
    ok,
    params: {
      counted: counted.length,
      required: required.value,
      scope,
      list:
        counted
          .map((c) => `${c.date} ${c.how}${c.primeMinister ? ` (${c.primeMinister})` : ''}`)
          .join('; ') || '—',
    },
    cites: [ART_134, required.citation],
  });
  if (hasFactual && !factualCounts)
    findings.push({ code: 'dissolution.factual-not-counted', ok: true, cites: [ART_134] });
  if (outOfScope.length)
    findings.push({
      code: 'dissolution.out-of-scope',
      ok: true,
      params: { scope, list: outOfScope.map((c) => `${c.date} ${c.how}`).join('; ') },
      cites: [ART_134],
    });
  return findings;
}

function dissolutionGuard(ctx: Context, bicameral: boolean): Finding[] {
  if (bicameral && ctx.chamber === 'senate') {
    return [
      { code: 'dissolution.senate-indissoluble', ok: false, cites: [ART_134, LEY_31988, RL_006_SENATE] },
    ];
  }
  const findings: Finding[] = [];
  if (ctx.state.congressDissolved)
    findings.push({ code: 'dissolution.already-dissolved', ok: false, cites: [ART_134] });
  findings.push(...countFindings(ctx));
  const term = congressTerm(ctx.state, ctx.date);
  const lastYear = lastYearStarts(term.to);
  const inLastYear = ctx.date >= lastYear;
  findings.push({
    code: inLastYear ? 'dissolution.last-year' : 'dissolution.not-last-year',
    ok: !inLastYear,
    params: { from: lastYear, to: term.to, term: term.id },
    cites: [ART_134],
  });
  const soe = ctx.state.statesOfException;
  const siege = soe?.find((s) => s.kind === 'siege' && s.from <= ctx.date && ctx.date <= s.to);
  if (siege)
    findings.push({
      code: 'dissolution.under-siege',
      ok: false,
      params: { from: siege.from, to: siege.to },
      cites: [ART_134],
    });
  else if (!soe) findings.push({ code: 'dissolution.siege-unverified', ok: true, cites: [ART_134] });
  if (findings.some((f) => !f.ok && f.blocking !== false))
    findings.push({ code: 'dissolution.art-117', ok: false, blocking: false, cites: [ART_117] });
  return findings;
}

function dissolutionEffects(ctx: Context, bicameral: boolean): Effect[] {
  const months = ctx.param<number>('dissolution.election_months');
  const by = addMonths(ctx.date, months);
  return bicameral
    ? [
        { code: 'deputies.dissolved', cites: [ART_134, LEY_31988] },
        { code: 'elections.within', params: { months, by }, cites: [ART_134] },
        { code: 'senate.stays', cites: [ART_134, LEY_31988, RL_006_SENATE] },
        { code: 'interregnum.decrees-senate', cites: [ART_135, LEY_31988] },
        { code: 'elections.failed-restores', params: { body: 'deputies' }, cites: [ART_136] },
      ]
    : [
        { code: 'congress.dissolved', cites: [ART_134] },
        { code: 'elections.within', params: { months, by }, cites: [ART_134] },
        { code: 'permanent-commission.stays', cites: [ART_134] },
        { code: 'interregnum.decrees', cites: [ART_135] },
        { code: 'elections.failed-restores', params: { body: 'congress' }, cites: [ART_136] },
      ];
}

export const dissolutionRules: RuleVersion[] = [
  {
    id: `congress.dissolve@${ERA.constitution1993}`,
    kinds: ['congress.dissolve'],
    validFrom: ERA.constitution1993,
    validTo: ERA.bicameral,
    title: { en: 'Dissolution of Congress (Art. 134)', es: 'Disolución del Congreso (art. 134)' },
    cites: [ART_134, ART_135, ART_136],
    notes:
      'The count of fallen Councils comes from state.fallenCouncils (only Councils censured or refused confidence as a whole; individual censures and resignations do not count). The last year is computed from state.congressTerm, else from the parliamentary period (27 July to 26 July five years later). Before 1995-07-27 the CCD sat under the 15th Final and Transitory Provision, which the rule does not model.',
    confidence: 'high',
    vote: false,
    chambers: ['congress'],
    guard: (ctx) => dissolutionGuard(ctx, false),
    effects: (ctx) => dissolutionEffects(ctx, false),
  },
  {
    id: `congress.dissolve@${ERA.bicameral}`,
    kinds: ['congress.dissolve'],
    validFrom: ERA.bicameral,
    title: {
      en: 'Dissolution of the Chamber of Deputies; the Senate cannot be dissolved (Art. 134, Ley 31988)',
      es: 'Disolución de la Cámara de Diputados; el Senado no puede ser disuelto (art. 134, Ley 31988)',
    },
    cites: [ART_134, ART_135, ART_136, LEY_31988],
    notes:
      'Whether Councils fallen before the 2026 bicameral Congress still count is unsettled (rules.md open question 6); the interpretation dissolution.count-scope = congress excludes them.',
    confidence: 'high',
    vote: false,
    chambers: ['deputies', 'senate'],
    guard: (ctx) => dissolutionGuard(ctx, true),
    effects: (ctx) => dissolutionEffects(ctx, true),
  },
  {
    id: `congress.install@${ERA.constitution1993}`,
    kinds: ['congress.install'],
    validFrom: ERA.constitution1993,
    validTo: ERA.bicameral,
    title: { en: 'Installation of Congress', es: 'Instalación del Congreso' },
    cites: [constitution('90'), ART_135, ART_136],
    confidence: 'high',
    vote: false,
    chambers: ['congress'],
    effects: (ctx) =>
      ctx.state.congressDissolved
        ? [
            {
              code: 'congress.installed-after-dissolution',
              params: { body: 'congress' },
              cites: [ART_135, ART_136],
            },
          ]
        : [
            {
              code: 'congress.installed',
              params: { term: congressTerm(ctx.state, ctx.date).id },
              cites: [constitution('90')],
            },
          ],
  },
  {
    id: `congress.install@${ERA.bicameral}`,
    kinds: ['congress.install'],
    validFrom: ERA.bicameral,
    title: {
      en: 'Installation of the Senate or the Chamber of Deputies',
      es: 'Instalación del Senado o de la Cámara de Diputados',
    },
    cites: [constitution('90'), ART_135, ART_136, LEY_31988],
    confidence: 'high',
    vote: false,
    chambers: ['deputies', 'senate'],
    effects: (ctx) =>
      ctx.state.congressDissolved && ctx.chamber === 'deputies'
        ? [
            {
              code: 'congress.installed-after-dissolution',
              params: { body: 'deputies' },
              cites: [ART_135, ART_136, LEY_31988],
            },
          ]
        : [
            {
              code: 'congress.installed',
              params: { term: congressTerm(ctx.state, ctx.date).id },
              cites: [constitution('90'), LEY_31988],
            },
          ],
  },
];
