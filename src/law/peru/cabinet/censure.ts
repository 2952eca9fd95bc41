/**
 * Censure of the Council of Ministers or of a minister (Const. art. 132; Reglamento art. 86 a–b): a motion
 * by at least 25 % of the legal number, debated and voted between the 4th and the 10th natural day after
 * filing, approved by more than half of the legal number; the censured minister or Council resigns and the
 * President accepts within 72 hours. Censure of the Prime Minister or of the whole Council is a total crisis
 * (art. 133) that counts toward art. 134. From 2026-07-28 in the Chamber of Deputies (Ley 31988).
 */
import { addDays } from '../../../lib/dates.js';
import type { Context, Effect, RuleVersion } from '../../rule.js';
import { constitution, ERA, LEY_31988, reglamento } from '../sources.js';
import { pendingMotion, signaturesFinding, windowFindings } from '../checks.js';
import { concernsCouncil, councilFalls } from './common.js';

const ART_132 = constitution('132');

function censureEffects(ctx: Context, passed: boolean | null): Effect[] {
  if (passed === null) return [];
  if (!passed) return [{ code: 'motion.rejected', params: { motion: 'censure' } }];
  const hours = ctx.param<number>('censure.resignation.hours');
  const effects: Effect[] = [
    {
      code: 'censure.must-resign',
      params: { person: ctx.action.target ?? null, hours, by: addDays(ctx.date, Math.ceil(hours / 24)) },
      cites: [ART_132],
    },
  ];
  if (concernsCouncil(ctx)) effects.push(...councilFalls(ctx, 'censure', [ART_132]));
  else effects.push({ code: 'censure.minister-only', cites: [constitution('133'), constitution('134')] });
  return effects;
}

const file = (from: string, to: string | undefined, bicameral: boolean): RuleVersion => ({
  id: `censure.file@${from}`,
  kinds: ['censure.file'],
  validFrom: from,
  validTo: to,
  title: bicameral
    ? {
        en: 'Filing a censure motion (Chamber of Deputies)',
        es: 'Presentación de la moción de censura (Cámara de Diputados)',
      }
    : { en: 'Filing a censure motion', es: 'Presentación de la moción de censura' },
  cites: bicameral ? [ART_132, LEY_31988] : [ART_132, reglamento('86 a)')],
  confidence: 'high',
  vote: false,
  chambers: bicameral ? ['deputies'] : ['congress'],
  guard: (ctx) => [
    signaturesFinding(ctx, 'censure.file.signatures'),
    // Reglamento art. 86 a): censure follows an interpellation, an invitation or a debate; not checked here.
    { code: 'censure.prior-control', ok: true, cites: [reglamento('86 a)')] },
  ],
  effects: (ctx) => {
    const min = ctx.param<number>('censure.window.min_days');
    const max = ctx.param<number>('censure.window.max_days');
    return [
      { code: 'motion.filed', params: { motion: 'censure', target: ctx.action.target ?? null } },
      {
        code: 'censure.scheduled',
        params: { from: addDays(ctx.date, min), to: addDays(ctx.date, max), min, max },
        cites: [ART_132],
      },
    ];
  },
});

const vote = (from: string, to: string | undefined, bicameral: boolean): RuleVersion => ({
  id: `censure.vote@${from}`,
  kinds: ['censure.vote'],
  validFrom: from,
  validTo: to,
  title: bicameral
    ? {
        en: 'Vote on a censure motion (Chamber of Deputies)',
        es: 'Votación de la moción de censura (Cámara de Diputados)',
      }
    : { en: 'Vote on a censure motion', es: 'Votación de la moción de censura' },
  cites: bicameral ? [ART_132, LEY_31988] : [ART_132, reglamento('86 b)')],
  confidence: 'high',
  vote: true,
  chambers: bicameral ? ['deputies'] : ['congress'],
  guard: (ctx) =>
    windowFindings(ctx, {
      minKey: 'censure.window.min_days',
      maxKey: 'censure.window.max_days',
      admittedOn: ctx.action.filedOn ?? pendingMotion(ctx, 'censure')?.filedOn,
      prefix: 'censure',
    }),
  threshold: () => ({ param: 'censure.vote.threshold' }),
  effects: censureEffects,
});

export const censureRules: RuleVersion[] = [
  file(ERA.constitution1993, ERA.bicameral, false),
  file(ERA.bicameral, undefined, true),
  vote(ERA.constitution1993, ERA.bicameral, false),
  vote(ERA.bicameral, undefined, true),
];
