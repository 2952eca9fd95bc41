/**
 * The question of confidence (Const. arts. 132 last para., 133; Reglamento art. 86 c–e) in five eras:
 * - 1993-12-31 → 2018-03-10: at ministerial initiative, on any matter; refusal of a Council question is a
 *   total crisis (art. 133) counting toward art. 134;
 * - 2018-03-10 → 2018-11-20: RL 007-2017-2018-CR barred questions aimed at promoting, interrupting or
 *   blocking a norm or a legislative or control procedure; TC Exp. 0006-2018-PI/TC annulled it, published
 *   2018-11-19 and in effect the day after (Const. art. 204);
 * - 2018-11-20 → 2021-10-22: any matter again (the 2019 question on the TC-election procedure, upheld by
 *   TC Exp. 0006-2019-CC/TC);
 * - 2021-10-22 → 2021-11-16: Ley 31355: only matters of the Executive's competence tied to its general
 *   policy; never constitutional reforms, nor exclusive competences of Congress or autonomous bodies;
 *   confidence is granted or refused only by an express vote;
 * - 2021-11-16 → 2026-07-28: RL 004-2021-2022-CR: the Mesa rejects such questions de plano and the Plenary
 *   may declare one improcedente, neither being a refusal;
 * - 2026-07-28 →: before the Chamber of Deputies (Ley 31988), Ley 31355 and the 2021 rules unchanged.
 */
import type { Context, Effect, Finding, RuleVersion } from '../../rule.js';
import type { Citation, Matter } from '../../types.js';
import { constitution, ERA, LEY_31988, reglamento, TC_0006_2019 } from '../sources.js';
import {
  ART_133,
  concernsCouncil,
  councilFalls,
  LEY_31355,
  RL_004_2021,
  RL_007_2017,
  TC_0006_2018,
  TC_00004_2022,
} from './common.js';

const ART_132 = constitution('132');
const RC_86 = reglamento('86 c)–e)');
/** The dates the versions change (exported for tests). */
export const CONFIDENCE_ERA = {
  rl007: '2018-03-10',
  tc0006: '2018-11-20',
  ley31355: '2021-10-22',
  rl004: '2021-11-16',
} as const;

type Era = 'open' | 'rl007' | 'reopened' | 'ley31355' | 'rl004' | 'bicameral';

const EXCLUDED: Record<Era, readonly Matter[]> = {
  open: [],
  rl007: ['bill', 'constitutional-reform', 'congress-exclusive-power'],
  reopened: [],
  ley31355: ['constitutional-reform', 'congress-exclusive-power', 'autonomous-body'],
  rl004: ['constitutional-reform', 'congress-exclusive-power', 'autonomous-body'],
  bicameral: ['constitutional-reform', 'congress-exclusive-power', 'autonomous-body'],
};

const restrictionCites = (era: Era): Citation[] =>
  era === 'rl007'
    ? [RL_007_2017]
    : era === 'ley31355'
      ? [LEY_31355]
      : era === 'rl004' || era === 'bicameral'
        ? [LEY_31355, RL_004_2021, TC_00004_2022]
        : era === 'reopened'
          ? [TC_0006_2018, TC_0006_2019]
          : [RC_86];

function matterFindings(ctx: Context, era: Era, step: 'raise' | 'vote'): Finding[] {
  const matter = ctx.action.matter;
  const excluded = EXCLUDED[era];
  const cites = restrictionCites(era);
  if (!matter) {
    return excluded.length
      ? [{ code: 'confidence.matter-unstated', ok: true, params: { excluded: excluded.join(', ') }, cites }]
      : [];
  }
  if (excluded.includes(matter)) {
    const rejectedDePlano = era === 'rl004' || era === 'bicameral';
    return [
      {
        code: rejectedDePlano
          ? step === 'raise'
            ? 'confidence.matter.rejected-de-plano'
            : 'confidence.matter.improcedente'
          : 'confidence.matter.excluded',
        ok: false,
        params: { matter },
        cites,
      },
    ];
  }
  if (era === 'ley31355' || era === 'rl004' || era === 'bicameral') {
    if (matter === 'government-policy')
      return [{ code: 'confidence.matter.allowed', ok: true, params: { matter }, cites }];
    // Ley 31355 art. 1: a bill or another matter qualifies only if it is the Executive's own competence
    // tied to its general policy, which a rule cannot check; say so without blocking.
    return [{ code: 'confidence.matter.conditional', ok: true, params: { matter }, cites }];
  }
  return [{ code: 'confidence.matter.allowed', ok: true, params: { matter }, cites }];
}

function voteEffects(ctx: Context, passed: boolean | null, era: Era): Effect[] {
  if (passed === null) return [];
  if (passed) return [{ code: 'confidence.granted', cites: [ART_133] }];
  const express: Effect[] =
    era === 'ley31355' || era === 'rl004' || era === 'bicameral'
      ? [{ code: 'confidence.refusal-express', cites: [LEY_31355] }]
      : [];
  if (concernsCouncil(ctx)) return [...councilFalls(ctx, 'confidence-denied', [ART_133]), ...express];
  return [
    {
      code: 'confidence.minister-must-resign',
      params: { person: ctx.action.target ?? null },
      cites: [ART_132],
    },
    ...express,
  ];
}

const TITLES: Record<Era, { en: string; es: string }> = {
  open: { en: 'on any matter (Reglamento art. 86)', es: 'sobre cualquier materia (Reglamento art. 86)' },
  rl007: {
    en: 'not on norms or legislative or control procedures (RL 007-2017-2018-CR)',
    es: 'no sobre normas ni procedimientos legislativos o de control (RL 007-2017-2018-CR)',
  },
  reopened: {
    en: 'on any matter (2018 restriction annulled by TC Exp. 0006-2018-PI/TC)',
    es: 'sobre cualquier materia (restricción de 2018 anulada por el TC Exp. 0006-2018-PI/TC)',
  },
  ley31355: {
    en: 'only on the Executive’s own policy (Ley 31355)',
    es: 'solo sobre la política del Ejecutivo (Ley 31355)',
  },
  rl004: {
    en: 'Ley 31355 and rejection de plano (RL 004-2021-2022-CR)',
    es: 'Ley 31355 y rechazo de plano (RL 004-2021-2022-CR)',
  },
  bicameral: {
    en: 'before the Chamber of Deputies (Ley 31988, Ley 31355)',
    es: 'ante la Cámara de Diputados (Ley 31988, Ley 31355)',
  },
};

const NOTES: Partial<Record<Era, string>> = {
  rl007:
    'RL 007-2017-2018-CR applied from 2018-03-10 until TC Exp. 0006-2018-PI/TC, published 2018-11-19, took effect the next day (Const. art. 204). Which matters it caught is a reading of its wording (a bill, a constitutional reform, a procedure of Congress).',
  reopened:
    'With the 2018 restriction annulled, the Executive could tie confidence even to a procedure of Congress (2019-09-30, TC-election procedure; TC Exp. 0006-2019-CC/TC).',
  ley31355:
    'A bill qualifies only if it is within the Executive’s competence and tied to its general policy; the rule notes this without deciding it. A bill about the referendum on constitutional reforms (2022-11-17, repeal of Ley 31399) is encoded as matter constitutional-reform.',
  rl004:
    'The Mesa rejects excluded questions de plano and the Plenary may declare one improcedente; neither is a refusal of confidence (RL 004-2021-2022-CR; TC Exp. 00004-2022-CC/TC). A bill about the referendum on constitutional reforms (2022-11-17) is encoded as matter constitutional-reform.',
  bicameral:
    'Raised before the Chamber of Deputies; Ley 31355 and Reglamento art. 86 as amended in 2021 are assumed to carry over into the Deputies’ rulebook (its text was not read).',
};

const CITES: Record<Era, Citation[]> = {
  open: [ART_132, ART_133, RC_86],
  rl007: [ART_132, ART_133, RL_007_2017],
  reopened: [ART_132, ART_133, RC_86, TC_0006_2018],
  ley31355: [ART_132, ART_133, LEY_31355],
  rl004: [ART_132, ART_133, LEY_31355, RL_004_2021],
  bicameral: [ART_132, ART_133, LEY_31355, RL_004_2021, LEY_31988],
};

const ERAS: { era: Era; from: string; to?: string; confidence: RuleVersion['confidence'] }[] = [
  { era: 'open', from: ERA.constitution1993, to: CONFIDENCE_ERA.rl007, confidence: 'high' },
  { era: 'rl007', from: CONFIDENCE_ERA.rl007, to: CONFIDENCE_ERA.tc0006, confidence: 'medium' },
  { era: 'reopened', from: CONFIDENCE_ERA.tc0006, to: CONFIDENCE_ERA.ley31355, confidence: 'high' },
  { era: 'ley31355', from: CONFIDENCE_ERA.ley31355, to: CONFIDENCE_ERA.rl004, confidence: 'high' },
  { era: 'rl004', from: CONFIDENCE_ERA.rl004, to: ERA.bicameral, confidence: 'high' },
  { era: 'bicameral', from: ERA.bicameral, confidence: 'medium' },
];

export const confidenceRules: RuleVersion[] = ERAS.flatMap(({ era, from, to, confidence }) => {
  const chambers: RuleVersion['chambers'] = era === 'bicameral' ? ['deputies'] : ['congress'];
  const raise: RuleVersion = {
    id: `confidence.raise@${from}`,
    kinds: ['confidence.raise'],
    validFrom: from,
    validTo: to,
    title: {
      en: `Raising a question of confidence: ${TITLES[era].en}`,
      es: `Planteamiento de la cuestión de confianza: ${TITLES[era].es}`,
    },
    cites: CITES[era],
    notes: NOTES[era],
    confidence,
    vote: false,
    chambers,
    guard: (ctx) => matterFindings(ctx, era, 'raise'),
    effects: (ctx) => [
      {
        code: 'confidence.raised',
        params: { scope: concernsCouncil(ctx) ? 'council' : 'minister', matter: ctx.action.matter ?? null },
        cites: [ART_133],
      },
    ],
  };
  const vote: RuleVersion = {
    id: `confidence.vote@${from}`,
    kinds: ['confidence.vote'],
    validFrom: from,
    validTo: to,
    title: {
      en: `Vote on a question of confidence: ${TITLES[era].en}`,
      es: `Votación de la cuestión de confianza: ${TITLES[era].es}`,
    },
    cites: CITES[era],
    notes: NOTES[era],
    confidence: confidence === 'high' ? 'medium' : confidence,
    vote: true,
    chambers,
    guard: (ctx) => matterFindings(ctx, era, 'vote'),
    threshold: () => ({ param: 'confidence.vote.threshold' }),
    effects: (ctx, passed) => voteEffects(ctx, passed, era),
  };
  return [raise, vote];
});
