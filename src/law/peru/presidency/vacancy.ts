/**
 * Presidential vacancy for permanent moral or physical incapacity (Const. art. 113 inc. 2) in three eras:
 * - 1993-12-31 → 2004-06-04: no special procedure; ordinary motion and majority (TC Exp. 0006-2003-AI/TC
 *   pointed out the gap);
 * - 2004-06-04 → 2026-07-28: Reglamento art. 89-A (RL 030-2003-CR): 20 % to file, 40 % of hábiles to admit,
 *   vote between the 3rd and 10th day unless 4/5 shorten it, 2/3 of the legal number to approve;
 * - 2026-07-28 →: the Chamber of Deputies files, admits and approves (RL 005-2025-2026-CR art. 193), then
 *   the Senate must approve with 2/3 of its legal number (RL 006-2025-2026-CR art. 194).
 * The numbers live in data/peru/parameters/vacancy.yaml.
 */
import type { Context, Effect, Finding, RuleVersion } from '../../rule.js';
import {
  constitution,
  ERA,
  LEY_31988,
  reglamento,
  reglamentoSpij,
  RL_005_2025,
  RL_006_2025,
  RL_030_2003,
  TC_0006_2003,
} from '../sources.js';
import { nextInLine, pendingMotion, signaturesFinding, windowFindings } from '../checks.js';

const ART_113_2 = constitution('113 inc. 2');

function vacatedEffects(ctx: Context): Effect[] {
  const person = ctx.action.target ?? ctx.state.offices?.president ?? null;
  const effects: Effect[] = [
    { code: 'office.vacated', params: { office: 'president', person }, cites: [ART_113_2] },
  ];
  const next = nextInLine(ctx.state.offices);
  effects.push({
    code: next ? 'succession.next' : 'succession.opens',
    params: next ? { role: next.role, person: next.person } : {},
    cites: [constitution('115')],
  });
  return effects;
}

function windowGuard(ctx: Context): Finding[] {
  const admittedOn = ctx.action.admittedOn ?? pendingMotion(ctx, 'vacancy')?.admittedOn;
  return windowFindings(ctx, {
    minKey: 'vacancy.vote.window.min_days',
    maxKey: 'vacancy.vote.window.max_days',
    expediteKey: 'vacancy.vote.expedite.threshold',
    admittedOn,
    prefix: 'vacancy',
  });
}

const fileVersion = (
  from: string,
  to: string | undefined,
  chambers: RuleVersion['chambers'],
  cites: RuleVersion['cites'],
  notes?: string,
): RuleVersion => ({
  id: `vacancy.file@${from}`,
  kinds: ['vacancy.file'],
  validFrom: from,
  validTo: to,
  title: { en: 'Filing a vacancy motion', es: 'Presentación de la moción de vacancia' },
  cites,
  notes,
  vote: false,
  chambers,
  guard: (ctx) => [signaturesFinding(ctx, 'vacancy.file.signatures')],
  effects: (ctx) => [
    {
      code: 'motion.filed',
      params: { motion: 'vacancy', target: ctx.action.target ?? ctx.state.offices?.president ?? null },
    },
  ],
});

const admitVersion = (
  from: string,
  to: string | undefined,
  chambers: RuleVersion['chambers'],
  cites: RuleVersion['cites'],
  notes?: string,
): RuleVersion => ({
  id: `vacancy.admit@${from}`,
  kinds: ['vacancy.admit'],
  validFrom: from,
  validTo: to,
  title: { en: 'Admission of a vacancy motion', es: 'Admisión de la moción de vacancia' },
  cites,
  notes,
  vote: true,
  chambers,
  threshold: () => ({ param: 'vacancy.admit.threshold' }),
  effects: (_ctx, passed) =>
    passed
      ? [{ code: 'motion.admitted', params: { motion: 'vacancy' } }]
      : passed === false
        ? [{ code: 'motion.rejected', params: { motion: 'vacancy' } }]
        : [],
});

export const vacancyRules: RuleVersion[] = [
  fileVersion(
    ERA.constitution1993,
    ERA.art89A,
    ['congress'],
    [ART_113_2, reglamentoSpij('68')],
    'Before art. 89-A a vacancy motion was an ordinary motion (orden del día).',
  ),
  fileVersion(ERA.art89A, ERA.bicameral, ['congress'], [ART_113_2, reglamento('89-A a)'), RL_030_2003]),
  fileVersion(
    ERA.bicameral,
    undefined,
    ['deputies'],
    [ART_113_2, RL_005_2025, LEY_31988],
    'Press summaries of RL 005-2025-2026-CR give 39 signatures; official text not read.',
  ),

  admitVersion(
    ERA.constitution1993,
    ERA.art89A,
    ['congress'],
    [ART_113_2, reglamentoSpij('68')],
    'No special admission majority before art. 89-A: ordinary majority of those present assumed (low confidence).',
  ),
  admitVersion(ERA.art89A, ERA.bicameral, ['congress'], [ART_113_2, reglamento('89-A b)'), RL_030_2003]),
  admitVersion(ERA.bicameral, undefined, ['deputies'], [ART_113_2, RL_005_2025, LEY_31988]),

  {
    id: `vacancy.vote@${ERA.constitution1993}`,
    kinds: ['vacancy.vote'],
    validFrom: ERA.constitution1993,
    validTo: ERA.art89A,
    title: {
      en: 'Vote on presidential vacancy (no qualified majority)',
      es: 'Votación de la vacancia presidencial (sin mayoría calificada)',
    },
    cites: [ART_113_2, TC_0006_2003],
    notes:
      'The Reglamento set no qualified majority; the default reading is a majority of those present (for + against + abstentions), as applied to Fujimori on 2000-11-21.',
    confidence: 'medium',
    vote: true,
    chambers: ['congress'],
    threshold: () => ({ param: 'vacancy.vote.threshold' }),
    effects: (ctx, passed) => (passed ? vacatedEffects(ctx) : []),
  },
  {
    id: `vacancy.vote@${ERA.art89A}`,
    kinds: ['vacancy.vote'],
    validFrom: ERA.art89A,
    validTo: ERA.bicameral,
    title: {
      en: 'Vote on presidential vacancy (Reglamento art. 89-A)',
      es: 'Votación de la vacancia presidencial (Reglamento art. 89-A)',
    },
    cites: [ART_113_2, reglamento('89-A c)–f)'), RL_030_2003],
    confidence: 'high',
    vote: true,
    chambers: ['congress'],
    guard: windowGuard,
    threshold: () => ({ param: 'vacancy.vote.threshold' }),
    effects: (ctx, passed) => (passed ? vacatedEffects(ctx) : []),
  },
  {
    id: `vacancy.vote@${ERA.bicameral}`,
    kinds: ['vacancy.vote'],
    validFrom: ERA.bicameral,
    title: {
      en: 'Vote on presidential vacancy (Deputies, then Senate)',
      es: 'Votación de la vacancia presidencial (Diputados y luego Senado)',
    },
    cites: [ART_113_2, RL_005_2025, RL_006_2025, LEY_31988],
    notes:
      'Deputies approve with 2/3 of their legal number, then the Senate with 2/3 of its own; a Deputies vote alone does not vacate. Senate time limits were not found (rules.md open question 2).',
    confidence: 'medium',
    vote: true,
    chambers: ['deputies', 'senate'],
    guard: (ctx) => {
      if (ctx.chamber === 'deputies') return windowGuard(ctx);
      const motion = pendingMotion(ctx, 'vacancy');
      if (motion?.approvedByDeputiesOn) {
        return [
          {
            code: 'vacancy.senate.after-deputies',
            ok: true,
            params: { on: motion.approvedByDeputiesOn },
            cites: [RL_006_2025],
          },
        ];
      }
      if (ctx.state.pendingMotions) {
        return [{ code: 'vacancy.senate.no-deputies-approval', ok: false, cites: [RL_006_2025] }];
      }
      return [{ code: 'vacancy.senate.deputies-approval-unverified', ok: true, cites: [RL_006_2025] }];
    },
    threshold: (ctx) => ({
      param: ctx.chamber === 'senate' ? 'vacancy.senate.threshold' : 'vacancy.vote.threshold',
    }),
    effects: (ctx, passed) => {
      if (!passed) return [];
      if (ctx.chamber === 'deputies') return [{ code: 'vacancy.sent-to-senate', cites: [RL_005_2025] }];
      return vacatedEffects(ctx);
    },
  },
];
