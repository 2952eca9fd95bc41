/**
 * Interpellation of the Council or of a minister (Const. art. 131; Reglamento arts. 68 b, 83): a motion
 * signed by at least 15 % of the legal number, admitted by at least one third of the members hábiles at
 * the next session, and held between the 3rd and the 10th day after admission. From 2026-07-28 in the
 * Chamber of Deputies (Ley 31988). Numbers in data/peru/parameters/cabinet.yaml.
 */
import { addDays } from '../../../lib/dates.js';
import type { RuleVersion } from '../../rule.js';
import { constitution, ERA, LEY_31988, reglamento } from '../sources.js';
import { signaturesFinding } from '../checks.js';

const ART_131 = constitution('131');

const file = (from: string, to: string | undefined, bicameral: boolean): RuleVersion => ({
  id: `interpellation.file@${from}`,
  kinds: ['interpellation.file'],
  validFrom: from,
  validTo: to,
  title: bicameral
    ? {
        en: 'Filing an interpellation motion (Chamber of Deputies)',
        es: 'Presentación de la moción de interpelación (Cámara de Diputados)',
      }
    : { en: 'Filing an interpellation motion', es: 'Presentación de la moción de interpelación' },
  cites: bicameral ? [ART_131, LEY_31988] : [ART_131, reglamento('83')],
  confidence: 'high',
  vote: false,
  chambers: bicameral ? ['deputies'] : ['congress'],
  guard: (ctx) => [signaturesFinding(ctx, 'interpellation.file.signatures')],
  effects: (ctx) => [
    { code: 'motion.filed', params: { motion: 'interpellation', target: ctx.action.target ?? null } },
  ],
});

const admit = (from: string, to: string | undefined, bicameral: boolean): RuleVersion => ({
  id: `interpellation.admit@${from}`,
  kinds: ['interpellation.admit'],
  validFrom: from,
  validTo: to,
  title: bicameral
    ? {
        en: 'Admission of an interpellation (Chamber of Deputies)',
        es: 'Admisión de la interpelación (Cámara de Diputados)',
      }
    : { en: 'Admission of an interpellation', es: 'Admisión de la interpelación' },
  cites: bicameral ? [ART_131, LEY_31988] : [ART_131, reglamento('83')],
  confidence: 'high',
  vote: true,
  chambers: bicameral ? ['deputies'] : ['congress'],
  threshold: () => ({ param: 'interpellation.admit.threshold' }),
  effects: (ctx, passed) => {
    if (passed === null) return [];
    if (!passed) return [{ code: 'motion.rejected', params: { motion: 'interpellation' } }];
    const min = ctx.param<number>('interpellation.window.min_days');
    const max = ctx.param<number>('interpellation.window.max_days');
    return [
      { code: 'motion.admitted', params: { motion: 'interpellation' } },
      {
        code: 'interpellation.scheduled',
        params: { from: addDays(ctx.date, min), to: addDays(ctx.date, max), min, max },
        cites: [ART_131],
      },
      { code: 'interpellation.attendance-compulsory', cites: [ART_131] },
    ];
  },
});

export const interpellationRules: RuleVersion[] = [
  file(ERA.constitution1993, ERA.bicameral, false),
  file(ERA.bicameral, undefined, true),
  admit(ERA.constitution1993, ERA.bicameral, false),
  admit(ERA.bicameral, undefined, true),
];
