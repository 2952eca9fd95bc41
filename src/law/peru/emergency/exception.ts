/**
 * States of exception (Const. art. 137; art. 200). The President, with the agreement of the Council of
 * Ministers, decrees for a fixed term over all or part of the territory, reporting to Congress or the
 * Permanent Commission (to the Senate from 2026-07-28, Ley 31988):
 * - emergency: at most 60 days; may restrict only the rights of Const. art. 2 incs. 9 (domicile), 11
 *   (movement), 12 (assembly) and 24-f (arrest without warrant); banishment never; extension by a new
 *   decree, and from 2026-07-28 with the Senate's approval;
 * - siege: at most 45 days; the decree lists the rights not restricted; Congress (both chambers from 2026)
 *   convenes by right; extension needs Congress's (the Senate's) approval; no dissolution under siege.
 * Habeas corpus and amparo are never suspended (art. 200). Limits in data/peru/parameters/emergency.yaml.
 */
import type { Context, Effect, Finding, RuleVersion } from '../../rule.js';
import { constitution, ERA, LEY_31988 } from '../sources.js';

const ART_137 = constitution('137');
const ART_137_1 = constitution('137 inc. 1');
const ART_137_2 = constitution('137 inc. 2');
const ART_200 = constitution('200');

/** Art. 2 incisos an emergency may restrict (art. 137 inc. 1). */
export const RESTRICTABLE_IN_EMERGENCY = ['9', '11', '12', '24-f'] as const;

/** `9`, `2.9`, `art. 2 inc. 9`, `24f`, `2.24.f` → the inciso as written in RESTRICTABLE_IN_EMERGENCY. */
export function normaliseRight(r: string): string {
  const s = r
    .toLowerCase()
    .replace(/art(ículo|iculo)?\.?/g, '')
    .replace(/inc(iso)?\.?/g, '.')
    .replace(/[\s()]/g, '')
    .replace(/^\.+/, '')
    .replace(/^2[.:]+(?=\d)/, '');
  const m = /^24[.-]?([a-h])$/.exec(s);
  return m ? `24-${m[1]}` : s;
}

function daysFinding(ctx: Context, key: 'emergency.max_days' | 'siege.max_days'): Finding {
  const max = ctx.paramValue<number>(key);
  const days = ctx.action.days;
  if (days === undefined)
    return { code: 'exception.days-unstated', ok: true, params: { max: max.value }, cites: [max.citation] };
  const ok = days >= 1 && days <= max.value;
  return {
    code: ok ? 'exception.days.ok' : 'exception.days.too-long',
    ok,
    params: { days, max: max.value },
    cites: [max.citation],
  };
}

function emergencyRights(ctx: Context): Finding[] {
  const rights = ctx.action.rights;
  if (!rights) return [];
  const findings: Finding[] = [];
  for (const r of rights) {
    if (/banish|destierro/i.test(r))
      findings.push({ code: 'emergency.banishment', ok: false, cites: [ART_137_1] });
    else if (!(RESTRICTABLE_IN_EMERGENCY as readonly string[]).includes(normaliseRight(r)))
      findings.push({
        code: 'emergency.right-not-restrictable',
        ok: false,
        params: { right: r },
        cites: [ART_137_1],
      });
  }
  if (!findings.length)
    findings.push({
      code: 'emergency.rights.ok',
      ok: true,
      params: { rights: rights.join(', ') },
      cites: [ART_137_1],
    });
  return findings;
}

const guarantees: Finding = { code: 'exception.guarantees-stand', ok: true, cites: [ART_200] };

const emergencyDeclare = (from: string, to: string | undefined, bicameral: boolean): RuleVersion => ({
  id: `emergency.declare@${from}`,
  kinds: ['emergency.declare'],
  validFrom: from,
  validTo: to,
  title: { en: 'Declaration of a state of emergency', es: 'Declaratoria de estado de emergencia' },
  cites: bicameral ? [ART_137_1, ART_200, LEY_31988] : [ART_137_1, ART_200],
  confidence: 'high',
  vote: false,
  chambers: ['congress'],
  guard: (ctx) => [daysFinding(ctx, 'emergency.max_days'), ...emergencyRights(ctx), guarantees],
  effects: (ctx) => [
    {
      code: 'exception.in-force',
      params: { exception: 'emergency', days: ctx.action.days ?? null },
      cites: [ART_137_1],
    },
    {
      code: bicameral ? 'exception.report-senate' : 'exception.report-congress',
      cites: bicameral ? [ART_137, LEY_31988] : [ART_137],
    },
  ],
});

const siegeDeclare = (from: string, to: string | undefined, bicameral: boolean): RuleVersion => ({
  id: `siege.declare@${from}`,
  kinds: ['siege.declare'],
  validFrom: from,
  validTo: to,
  title: { en: 'Declaration of a state of siege', es: 'Declaratoria de estado de sitio' },
  cites: bicameral ? [ART_137_2, ART_200, LEY_31988] : [ART_137_2, ART_200],
  confidence: 'high',
  vote: false,
  chambers: ['congress'],
  guard: (ctx) => [
    daysFinding(ctx, 'siege.max_days'),
    { code: 'siege.rights-listed', ok: true, cites: [ART_137_2] },
    guarantees,
  ],
  effects: (ctx) => [
    {
      code: 'exception.in-force',
      params: { exception: 'siege', days: ctx.action.days ?? null },
      cites: [ART_137_2],
    },
    {
      code: bicameral ? 'siege.chambers-convene' : 'siege.congress-convenes',
      cites: bicameral ? [ART_137_2, LEY_31988] : [ART_137_2],
    },
    { code: 'siege.no-dissolution', cites: [constitution('134')] },
  ],
});

const extend = (from: string, to: string | undefined, bicameral: boolean): RuleVersion => ({
  id: `emergency.extend@${from}`,
  kinds: ['emergency.extend'],
  validFrom: from,
  validTo: to,
  title: bicameral
    ? {
        en: 'Extension of a state of exception (Senate approval)',
        es: 'Prórroga de un estado de excepción (aprobación del Senado)',
      }
    : {
        en: 'Extension of a state of exception (emergency: new decree; siege: Congress’s approval)',
        es: 'Prórroga de un estado de excepción (emergencia: nuevo decreto; sitio: aprobación del Congreso)',
      },
  cites: bicameral ? [ART_137, LEY_31988] : [ART_137],
  notes:
    'Use exception: siege to extend a state of siege; the default is an emergency. No majority is fixed for the approval: ordinary majority of those present assumed (low confidence).',
  confidence: 'medium',
  // An emergency was extended by a new decree with no vote until 2026; a siege always needed approval.
  vote: (action) => bicameral || action.exception === 'siege',
  chambers: bicameral ? ['senate'] : ['congress'],
  guard: (ctx) => {
    const siege = ctx.action.exception === 'siege';
    const findings = [daysFinding(ctx, siege ? 'siege.max_days' : 'emergency.max_days')];
    if (!siege) findings.push(...emergencyRights(ctx));
    if (!bicameral && !siege)
      findings.push({ code: 'emergency.extend.by-decree', ok: true, cites: [ART_137_1] });
    return findings;
  },
  threshold: (ctx) => ({
    param: ctx.action.exception === 'siege' ? 'siege.extend.approval' : 'emergency.extend.approval',
  }),
  effects: (ctx, passed): Effect[] =>
    passed === null && (bicameral || ctx.action.exception === 'siege')
      ? []
      : passed === false
        ? [{ code: 'exception.extension-refused', cites: [ART_137] }]
        : [
            {
              code: 'exception.extended',
              params: { exception: ctx.action.exception ?? 'emergency', days: ctx.action.days ?? null },
              cites: [ART_137],
            },
          ],
});

export const exceptionRules: RuleVersion[] = [
  emergencyDeclare(ERA.constitution1993, ERA.bicameral, false),
  emergencyDeclare(ERA.bicameral, undefined, true),
  siegeDeclare(ERA.constitution1993, ERA.bicameral, false),
  siegeDeclare(ERA.bicameral, undefined, true),
  extend(ERA.constitution1993, ERA.bicameral, false),
  extend(ERA.bicameral, undefined, true),
];
