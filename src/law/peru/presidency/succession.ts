/**
 * Resignations and the line of succession (Const. arts. 113 inc. 3 and 115).
 * Art. 115: on the President's temporary or permanent impediment, the first Vice President assumes, else
 * the second, else the President of Congress, who, if the impediment is permanent, must call elections at
 * once. From 2026-07-28 the Presidency of Congress alternates yearly between the presidents of the
 * Senate and of the Chamber of Deputies (Const. art. 90 as amended by Ley 31988).
 */
import type { Context, Effect, Finding, RuleVersion } from '../../rule.js';
import type { Offices } from '../../state.js';
import type { SuccessionRole } from '../../types.js';
import { constitution, ERA, LEY_31988 } from '../sources.js';
import { SUCCESSION_LINE } from '../checks.js';

const ART_115 = constitution('115');
const ART_113_3 = constitution('113 inc. 3');

const officeOf = (role: SuccessionRole): keyof Offices =>
  SUCCESSION_LINE.find((s) => s.role === role)!.office;

function successionGuard(ctx: Context): Finding[] {
  const offices = ctx.state.offices;
  const role = ctx.action.role;
  if (!role) {
    return [{ code: 'succession.role-missing', ok: true, cites: [ART_115] }];
  }
  const findings: Finding[] = [];
  if (offices) {
    for (const step of SUCCESSION_LINE) {
      if (step.role === role) break;
      const holder = offices[step.office];
      if (holder)
        findings.push({
          code: 'succession.skips',
          ok: false,
          params: { role: step.role, person: holder },
          cites: [ART_115],
        });
    }
    const holder = offices[officeOf(role)];
    if (holder === null)
      findings.push({ code: 'succession.office-vacant', ok: false, params: { role }, cites: [ART_115] });
    if (holder && ctx.action.target && holder !== ctx.action.target) {
      findings.push({
        code: 'succession.not-holder',
        ok: false,
        params: { role, person: ctx.action.target, holder },
        cites: [ART_115],
      });
    }
  } else {
    findings.push({ code: 'succession.line-unverified', ok: true, cites: [ART_115] });
  }
  if (!findings.some((f) => !f.ok))
    findings.unshift({ code: 'succession.in-line', ok: true, params: { role }, cites: [ART_115] });
  return findings;
}

function successionEffects(ctx: Context, bicameral: boolean): Effect[] {
  const role = ctx.action.role;
  const person = ctx.action.target ?? (role ? ctx.state.offices?.[officeOf(role)] : undefined) ?? null;
  const temporary = ctx.action.impediment === 'temporary';
  const effects: Effect[] = [
    {
      code: temporary ? 'office.in-charge' : 'office.assumed',
      params: { office: 'president', person, role: role ?? null },
      cites: [ART_115],
    },
  ];
  if (role === 'president-of-congress') {
    effects.push({
      code: 'presidency.held-as-president-of-congress',
      params: { person },
      cites: bicameral ? [ART_115, LEY_31988] : [ART_115],
    });
    if (!temporary) effects.push({ code: 'elections.must-be-called', cites: [ART_115] });
  }
  return effects;
}

const resignEffects = (ctx: Context, passed: boolean | null): Effect[] => {
  if (!passed) return passed === false ? [{ code: 'resignation.refused' }] : [];
  return [
    {
      code: 'office.vacated',
      params: { office: 'president', person: ctx.action.target ?? ctx.state.offices?.president ?? null },
      cites: [ART_113_3],
    },
    { code: 'succession.opens', cites: [ART_115] },
  ];
};

export const successionRules: RuleVersion[] = [
  {
    id: `succession@${ERA.constitution1993}`,
    kinds: ['succession'],
    validFrom: ERA.constitution1993,
    validTo: ERA.bicameral,
    title: { en: 'Succession to the presidency (Art. 115)', es: 'Sucesión en la presidencia (art. 115)' },
    cites: [ART_115],
    confidence: 'high',
    vote: false,
    chambers: ['congress'],
    guard: successionGuard,
    effects: (ctx) => successionEffects(ctx, false),
  },
  {
    id: `succession@${ERA.bicameral}`,
    kinds: ['succession'],
    validFrom: ERA.bicameral,
    title: {
      en: 'Succession to the presidency (Art. 115, alternating Presidency of Congress)',
      es: 'Sucesión en la presidencia (art. 115, Presidencia del Congreso alterna)',
    },
    cites: [ART_115, LEY_31988],
    notes:
      'The President of Congress is whichever chamber president holds the alternating Presidency of Congress that year (the Senate president in the first year, per press summaries of the 2025 rulebooks).',
    confidence: 'medium',
    vote: false,
    chambers: ['congress', 'senate', 'deputies'],
    guard: successionGuard,
    effects: (ctx) => successionEffects(ctx, true),
  },
  {
    id: `president.resign@${ERA.constitution1993}`,
    kinds: ['president.resign'],
    validFrom: ERA.constitution1993,
    validTo: ERA.bicameral,
    title: {
      en: 'Acceptance of the President’s resignation (Art. 113 inc. 3)',
      es: 'Aceptación de la renuncia presidencial (art. 113 inc. 3)',
    },
    cites: [ART_113_3],
    notes:
      'No special majority is set; ordinary majority of those present assumed. Congress may refuse a resignation (it did so on 2000-11-21 and declared a vacancy instead).',
    confidence: 'low',
    vote: true,
    chambers: ['congress'],
    threshold: () => ({ param: 'president.resign.acceptance' }),
    effects: resignEffects,
  },
  {
    id: `president.resign@${ERA.bicameral}`,
    kinds: ['president.resign'],
    validFrom: ERA.bicameral,
    title: {
      en: 'Acceptance of the President’s resignation (Art. 113 inc. 3, bicameral Congress)',
      es: 'Aceptación de la renuncia presidencial (art. 113 inc. 3, Congreso bicameral)',
    },
    cites: [ART_113_3, LEY_31988],
    notes:
      'Art. 113 still gives the acceptance to "Congress"; which body of the bicameral Congress votes was not found. Modelled as Congress as a whole (both chambers together).',
    confidence: 'low',
    vote: true,
    chambers: ['congress'],
    threshold: () => ({ param: 'president.resign.acceptance' }),
    effects: resignEffects,
  },
  {
    id: `vice-president.resign@${ERA.constitution1993}`,
    kinds: ['vice-president.resign'],
    validFrom: ERA.constitution1993,
    validTo: ERA.bicameral,
    title: {
      en: 'Acceptance of a Vice President’s resignation',
      es: 'Aceptación de la renuncia de un Vicepresidente',
    },
    cites: [constitution('111'), constitution('115')],
    notes:
      'Not regulated expressly; Congress has voted to accept such resignations (Tudela and Márquez in 2000, Aráoz in 2020).',
    confidence: 'low',
    vote: true,
    chambers: ['congress'],
    threshold: () => ({ param: 'vice-president.resign.acceptance' }),
    effects: (ctx, passed) =>
      passed
        ? [
            {
              code: 'office.vacated',
              params: {
                office:
                  ctx.action.role === 'second-vice-president' ? 'secondVicePresident' : 'firstVicePresident',
                person: ctx.action.target ?? null,
              },
              cites: [constitution('115')],
            },
          ]
        : [],
  },
  {
    id: `vice-president.resign@${ERA.bicameral}`,
    kinds: ['vice-president.resign'],
    validFrom: ERA.bicameral,
    title: {
      en: 'Acceptance of a Vice President’s resignation (bicameral Congress)',
      es: 'Aceptación de la renuncia de un Vicepresidente (Congreso bicameral)',
    },
    cites: [constitution('111'), constitution('115'), LEY_31988],
    notes: 'Which body of the bicameral Congress accepts was not found; modelled as Congress as a whole.',
    confidence: 'low',
    vote: true,
    chambers: ['congress'],
    threshold: () => ({ param: 'vice-president.resign.acceptance' }),
    effects: (ctx, passed) =>
      passed
        ? [
            {
              code: 'office.vacated',
              params: {
                office:
                  ctx.action.role === 'second-vice-president' ? 'secondVicePresident' : 'firstVicePresident',
                person: ctx.action.target ?? null,
              },
              cites: [constitution('115')],
            },
          ]
        : [],
  },
];
