/**
 * Small guards that several procedures share: signatures against a threshold parameter, the 3rd–10th-day
 * window after admission, the succession line. Each returns findings with their citations.
 */
import { daysBetween, type IsoDate } from '../../lib/dates.js';
import { computeThreshold } from '../threshold.js';
import type { ThresholdSpec } from '../parameters/threshold-spec.js';
import type { Context, Finding } from '../rule.js';
import type { Offices, PendingMotion } from '../state.js';
import type { Citation, SuccessionRole } from '../types.js';

/** Signatures on a motion against a `threshold` parameter (fraction of the legal number). */
export function signaturesFinding(ctx: Context, paramKey: string): Finding {
  const pv = ctx.paramValue<ThresholdSpec | null>(paramKey);
  const spec = pv.value;
  if (!spec)
    return {
      code: 'signatures.enough',
      ok: true,
      params: { signatures: ctx.action.signatures ?? 0, required: 0, arithmetic: '—' },
    };
  const t = computeThreshold(spec, ctx.legalNumber());
  const cites = [pv.citation];
  const signatures = ctx.action.signatures;
  if (signatures === undefined) {
    return {
      code: 'signatures.missing',
      ok: true,
      params: { required: t.required, arithmetic: t.arithmetic },
      cites,
    };
  }
  const ok = signatures >= t.required;
  return {
    code: ok ? 'signatures.enough' : 'signatures.short',
    ok,
    params: { signatures, required: t.required, arithmetic: t.arithmetic },
    cites,
  };
}

/** The pending motion of `kind` against the action's target, from the state (latest filed first). */
export function pendingMotion(ctx: Context, kind: PendingMotion['kind']): PendingMotion | undefined {
  const motions = (ctx.state.pendingMotions ?? []).filter(
    (m) =>
      m.kind === kind &&
      (ctx.action.target === undefined || m.target === undefined || m.target === ctx.action.target),
  );
  return motions.sort((a, b) =>
    (b.admittedOn ?? b.filedOn ?? '').localeCompare(a.admittedOn ?? a.filedOn ?? ''),
  )[0];
}

/**
 * A vote that must fall between the `min`th and `max`th day after admission (Reglamento art. 89-A c;
 * Const. art. 131), unless `expediteParam` allows a shorter period by a qualified vote.
 */
export function windowFindings(
  ctx: Context,
  opts: { minKey: string; maxKey: string; expediteKey?: string; admittedOn?: IsoDate; prefix: string },
): Finding[] {
  const min = ctx.paramValue<number | null>(opts.minKey);
  const max = ctx.paramValue<number | null>(opts.maxKey);
  const admittedOn = opts.admittedOn;
  if (!admittedOn) {
    if (!min.value && max.value === null) return [];
    return [
      {
        code: `${opts.prefix}.window.unchecked`,
        ok: true,
        params: { min: min.value ?? 0, max: max.value ?? '—' },
        cites: [min.citation],
      },
    ];
  }
  const day = daysBetween(admittedOn, ctx.date);
  const cites: Citation[] = [min.citation];
  if (day < 0) {
    return [
      { code: `${opts.prefix}.window.before-admission`, ok: false, params: { admittedOn, day }, cites },
    ];
  }
  if (min.value !== null && day < min.value) {
    const expedite = ctx.action.expedite;
    if (opts.expediteKey) {
      const ex = ctx.paramValue<ThresholdSpec | null>(opts.expediteKey);
      if (ex.value && expedite) {
        const t = computeThreshold(ex.value, ctx.legalNumber());
        const ok = expedite.for >= t.required;
        return [
          {
            code: ok ? `${opts.prefix}.window.expedited` : `${opts.prefix}.window.expedite-failed`,
            ok,
            params: { day, admittedOn, for: expedite.for, required: t.required, arithmetic: t.arithmetic },
            cites: [ex.citation],
          },
        ];
      }
      if (ex.value) {
        const t = computeThreshold(ex.value, ctx.legalNumber());
        return [
          {
            code: `${opts.prefix}.window.early`,
            ok: false,
            params: { day, admittedOn, min: min.value, required: t.required },
            cites: [...cites, ex.citation],
          },
        ];
      }
    }
    return [
      {
        code: `${opts.prefix}.window.early-no-expedite`,
        ok: false,
        params: { day, admittedOn, min: min.value },
        cites,
      },
    ];
  }
  if (max.value !== null && day > max.value) {
    return [
      {
        code: `${opts.prefix}.window.late`,
        ok: false,
        params: { day, admittedOn, max: max.value },
        cites: [max.citation],
      },
    ];
  }
  return [
    {
      code: `${opts.prefix}.window.ok`,
      ok: true,
      params: { day, admittedOn, min: min.value ?? 0, max: max.value ?? '—' },
      cites,
    },
  ];
}

export const SUCCESSION_LINE: readonly { role: SuccessionRole; office: keyof Offices }[] = [
  { role: 'first-vice-president', office: 'firstVicePresident' },
  { role: 'second-vice-president', office: 'secondVicePresident' },
  { role: 'president-of-congress', office: 'presidentOfCongress' },
];

/**
 * Who is next in the line of Const. art. 115, from the offices the state knows: the first office held.
 * `undefined` when the state does not say who holds the offices ahead.
 */
export function nextInLine(
  offices: Offices | undefined,
): { role: SuccessionRole; person: string | null } | undefined {
  if (!offices) return undefined;
  for (const step of SUCCESSION_LINE) {
    const holder = offices[step.office];
    if (holder === undefined) return undefined;
    if (holder !== null) return { role: step.role, person: holder };
  }
  return undefined;
}
