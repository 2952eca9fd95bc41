/**
 * Appointment and investiture of a Council of Ministers, and a minister's resignation.
 * - Const. art. 130 (1993–2026): within 30 days of taking office the Prime Minister and the ministers attend
 *   Congress and raise a question of confidence on their general policy; Reglamento art. 82: vote in the
 *   same or the next session; a refusal obliges the President to accept the Council's resignation (a
 *   total crisis, Const. art. 133, that counts toward art. 134). The majority is disputed: see the
 *   interpretation `investiture.majority`.
 * - From 2026-07-28 (Ley 31988): the presentation to the Chamber of Deputies "gives rise to no question of
 *   confidence"; there is no investiture vote.
 * - Art. 133: the Prime Minister's resignation (or removal) is also a total crisis, but it is not a
 *   censure or refusal by Congress and does not count toward art. 134.
 */
import { addDays, daysBetween } from '../../../lib/dates.js';
import type { Context, Effect, Finding, RuleVersion } from '../../rule.js';
import { constitution, ERA, LEY_31988, reglamento } from '../sources.js';
import { ART_133, concernsCouncil, councilFalls } from './common.js';

const ART_130 = constitution('130');
const ART_122 = constitution('122');
const RC_82 = reglamento('82');

/** Art. 130's 30 days, from the day the Council took office (action or state). */
function deadlineFinding(ctx: Context): Finding[] {
  const appointed = ctx.action.filedOn ?? ctx.state.councilAppointedOn;
  const limit = ctx.paramValue<number>('cabinet.investiture.deadline_days');
  if (!appointed) {
    return [
      {
        code: 'investiture.deadline.unchecked',
        ok: true,
        params: { days: limit.value },
        cites: [limit.citation],
      },
    ];
  }
  const day = daysBetween(appointed, ctx.date);
  const ok = day <= limit.value;
  // Attending late is the Executive's breach; Congress may still vote, so the finding does not block.
  return [
    {
      code: ok ? 'investiture.deadline.ok' : 'investiture.deadline.late',
      ok,
      blocking: false,
      params: { day, appointed, days: limit.value },
      cites: [limit.citation],
    },
  ];
}

function investitureEffects(ctx: Context, passed: boolean | null): Effect[] {
  if (passed === null) return [];
  if (passed) return [{ code: 'investiture.granted', cites: [ART_130] }];
  return councilFalls(ctx, 'investiture-denied', [ART_130, RC_82]);
}

const appoint = (from: string, to: string | undefined, bicameral: boolean): RuleVersion => ({
  id: `cabinet.appoint@${from}`,
  kinds: ['cabinet.appoint'],
  validFrom: from,
  validTo: to,
  title: bicameral
    ? {
        en: 'Appointment of a Council of Ministers (presentation to the Chamber of Deputies, no investiture vote)',
        es: 'Nombramiento del Consejo de Ministros (exposición ante la Cámara de Diputados, sin voto de investidura)',
      }
    : { en: 'Appointment of a Council of Ministers', es: 'Nombramiento del Consejo de Ministros' },
  cites: bicameral ? [ART_122, ART_130, LEY_31988] : [ART_122, ART_130],
  confidence: 'high',
  vote: false,
  chambers: bicameral ? ['deputies'] : ['congress'],
  effects: (ctx) => {
    const days = ctx.param<number>('cabinet.investiture.deadline_days');
    return [
      { code: 'council.appointed', params: { primeMinister: ctx.action.target ?? null }, cites: [ART_122] },
      {
        code: bicameral ? 'investiture.presentation-due' : 'investiture.due',
        params: { by: addDays(ctx.date, days), days },
        cites: bicameral ? [ART_130, LEY_31988] : [ART_130, RC_82],
      },
    ];
  },
});

export const investitureRules: RuleVersion[] = [
  appoint(ERA.constitution1993, ERA.bicameral, false),
  appoint(ERA.bicameral, undefined, true),
  {
    id: `cabinet.investiture@${ERA.constitution1993}`,
    kinds: ['cabinet.investiture'],
    validFrom: ERA.constitution1993,
    validTo: ERA.bicameral,
    title: {
      en: 'Investiture: the new Council’s question of confidence (Art. 130)',
      es: 'Investidura: cuestión de confianza del nuevo Consejo (art. 130)',
    },
    cites: [ART_130, RC_82],
    notes:
      'Neither the Constitution nor the Reglamento fixes the majority (interpretation investiture.majority): practice to 2019 counted only votes for and against (Del Solar 2019 invested with 46-27-21); the 2021-2026 Congress counted a majority of those present. When the practice changed is not sourced; the default switches with the 2021 Congress.',
    confidence: 'medium',
    vote: true,
    chambers: ['congress'],
    guard: deadlineFinding,
    threshold: (ctx) => ({
      param: `cabinet.investiture.threshold.${ctx.interpretation('investiture.majority')}`,
    }),
    effects: investitureEffects,
  },
  {
    id: `cabinet.investiture@${ERA.bicameral}`,
    kinds: ['cabinet.investiture'],
    validFrom: ERA.bicameral,
    title: {
      en: 'Investiture abolished: the presentation to the Chamber of Deputies carries no confidence vote',
      es: 'Sin investidura: la exposición ante la Cámara de Diputados no da lugar a cuestión de confianza',
    },
    cites: [ART_130, LEY_31988],
    confidence: 'high',
    vote: false,
    chambers: ['deputies', 'senate', 'congress'],
    guard: () => [{ code: 'investiture.abolished', ok: false, cites: [ART_130, LEY_31988] }],
  },
  {
    id: `minister.resign@${ERA.constitution1993}`,
    kinds: ['minister.resign'],
    validFrom: ERA.constitution1993,
    title: { en: 'Resignation of a minister or of the Council', es: 'Renuncia de un ministro o del Consejo' },
    cites: [ART_133, constitution('122')],
    notes:
      'A resignation is not a censure or a refusal of confidence: even the Prime Minister’s resignation, a total crisis under Art. 133, does not count toward Art. 134.',
    confidence: 'high',
    vote: false,
    chambers: ['congress'],
    effects: (ctx) =>
      concernsCouncil(ctx)
        ? [
            {
              code: 'cabinet.crisis-total',
              params: { primeMinister: ctx.action.target ?? ctx.state.offices?.primeMinister ?? null },
              cites: [ART_133],
            },
            { code: 'council.does-not-count', cites: [constitution('134')] },
          ]
        : [
            {
              code: 'minister.leaves',
              params: { person: ctx.action.target ?? null },
              cites: [constitution('122')],
            },
          ],
  },
];
