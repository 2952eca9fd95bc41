/**
 * Suspension of the exercise of the presidency (Const. art. 114): by temporary incapacity declared by
 * Congress, or while the President is subject to a judicial process under art. 117. Neither the
 * Constitution nor the Reglamento fixes a majority (ordinary majority assumed, low confidence). During the
 * suspension the first Vice President, else the second, else the President of Congress, takes charge
 * (art. 115). From 2026-07-28 art. 114 still says "Congress"; which chamber votes was not found.
 */
import type { Effect, Finding, RuleVersion } from '../../rule.js';
import { constitution, ERA, LEY_31988 } from '../sources.js';
import { nextInLine } from '../checks.js';
import { art117Findings } from './accusation.js';

const ART_114 = constitution('114');

const version = (from: string, to: string | undefined, bicameral: boolean): RuleVersion => ({
  id: `president.suspend@${from}`,
  kinds: ['president.suspend'],
  validFrom: from,
  validTo: to,
  title: {
    en: 'Suspension of the exercise of the presidency (Art. 114)',
    es: 'Suspensión del ejercicio de la presidencia (art. 114)',
  },
  cites: bicameral ? [ART_114, constitution('115'), LEY_31988] : [ART_114, constitution('115')],
  notes: bicameral
    ? 'Which body of the bicameral Congress declares a temporary incapacity was not found; modelled as Congress as a whole, or the Senate (which decides political-trial suspensions under art. 100).'
    : 'No majority is fixed; ordinary majority of those present assumed (rules.md open question 5).',
  confidence: 'low',
  vote: true,
  chambers: bicameral ? ['congress', 'senate'] : ['congress'],
  guard: (ctx) => {
    const findings: Finding[] = [];
    const ground = ctx.action.ground;
    if (!ground) findings.push({ code: 'suspension.ground-unstated', ok: true, cites: [ART_114] });
    if (ground === 'judicial-process') {
      const art117 = art117Findings(ctx, bicameral);
      findings.push(
        ...(art117.length
          ? art117
          : [{ code: 'accusation.art117-unchecked', ok: true, cites: [constitution('117')] }]),
      );
    }
    return findings;
  },
  threshold: () => ({ param: 'president.suspend.threshold' }),
  effects: (ctx, passed): Effect[] => {
    if (!passed) return [];
    const next = nextInLine({ ...ctx.state.offices, president: undefined });
    return [
      {
        code: 'presidency.suspended',
        params: { person: ctx.action.target ?? ctx.state.offices?.president ?? null },
        cites: [ART_114],
      },
      next
        ? {
            code: 'succession.next',
            params: { role: next.role, person: next.person },
            cites: [constitution('115')],
          }
        : { code: 'succession.opens', cites: [constitution('115')] },
    ];
  },
});

export const suspensionRules: RuleVersion[] = [
  version(ERA.constitution1993, ERA.bicameral, false),
  version(ERA.bicameral, undefined, true),
];
