/**
 * Judgement: each extracted claim is linked to record events, memberships and rules (by date window,
 * people and kind) and gets a verdict, as of the article's date.
 *
 * - accurate / inaccurate: the record or the rulebook settles it (expected value shown either way);
 * - misleading: a right number presented wrongly (a stale toll as current, a subtotal as a total);
 * - unverifiable: the record has no adequate source for it (absence of evidence is not evidence);
 * - contested: characterisations and legitimacy labels. Never true or false (Full Fact, IFCN practice):
 *   the procedural facts around them are given as context instead.
 */
import { addDays, dayNumber, type IsoDate } from '../../lib/dates.js';
import { evaluateRaw } from '../../engine/evaluate.js';
import { computeThreshold, type ThresholdSpec } from '../../law/threshold.js';
import type { ActionKind } from '../../law/kinds.js';
import type { ExtractedClaim, Topic } from '../extract/claims.js';
import type { ClaimsRecord, RecordEvent, RecordMembership, RecordTally } from '../record.js';

export type VerdictLabel = 'accurate' | 'inaccurate' | 'misleading' | 'unverifiable' | 'contested';
export const VERDICTS: readonly VerdictLabel[] = [
  'accurate',
  'inaccurate',
  'misleading',
  'unverifiable',
  'contested',
];

export interface Evidence {
  type: 'event' | 'membership' | 'rule' | 'parameter';
  id: string;
  date?: IsoDate;
  summary: string;
  sources: string[];
}

export interface Judgement {
  verdict: VerdictLabel;
  expected: unknown;
  explanation: string;
  evidence: Evidence[];
  /** The interpretation the verdict depends on, if any (e.g. how a threshold's base is read). */
  interpretation: string | null;
}

export interface JudgeContext {
  record: ClaimsRecord;
  /** The article's date: claims are judged as of this day. */
  date?: IsoDate;
}

const DAY_CACHE = new Map<string, number>();
/** daysBetween with the parsing memoised: judging a corpus compares the same few dates many times. */
function daysBetween(a: IsoDate, b: IsoDate): number {
  const day = (d: IsoDate) => {
    let n = DAY_CACHE.get(d);
    if (n === undefined) {
      n = dayNumber(d);
      if (DAY_CACHE.size < 100_000) DAY_CACHE.set(d, n);
    }
    return n;
  };
  return day(b) - day(a);
}

const KNOWN = new WeakMap<JudgeContext, RecordEvent[]>();

/** Events dated from `from` to `to` (inclusive) in a list sorted by date: two binary searches. */
function between(events: RecordEvent[], from: IsoDate, to: IsoDate): RecordEvent[] {
  const lower = (d: IsoDate, strict: boolean) => {
    let lo = 0;
    let hi = events.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const e = events[mid]!.date;
      if (strict ? e <= d : e < d) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return events.slice(lower(from, false), lower(to, true));
}

const TOPIC_KINDS: Record<Topic, string[]> = {
  vacancy: ['vacancy.vote', 'vacancy.admit', 'vacancy.file'],
  confidence: ['cabinet.investiture', 'confidence.vote', 'confidence.raise'],
  censure: ['censure.vote', 'censure.file', 'mesa.censure'],
  interpellation: ['interpellation.file', 'interpellation.admit'],
  reform: ['reform.vote', 'referendum.hold'],
  'early-elections': ['reform.vote'],
  emergency: ['emergency.declare', 'emergency.extend', 'siege.declare'],
  deaths: ['death-toll'],
  injured: ['death-toll'],
  election: ['election.round'],
  inauguration: ['succession', 'cabinet.appoint', 'inauguration'],
  resignation: ['minister.resign', 'president.resign', 'vice-president.resign'],
  succession: ['succession'],
  dissolution: ['congress.dissolve', 'self-coup'],
  arrest: ['arrest'],
};

function kindOf(e: RecordEvent): string {
  return e.kind === 'other' && e.type ? e.type : e.kind;
}

function evidenceOf(e: RecordEvent, summary?: string): Evidence {
  return { type: 'event', id: e.id, date: e.date, summary: summary ?? describe(e), sources: e.sources ?? [] };
}

function tallyText(t: RecordTally | null | undefined): string {
  if (!t) return '—';
  return `${t.for}-${t.against}${t.abstain !== undefined && t.abstain !== null ? `-${t.abstain}` : ''}`;
}

function describe(e: RecordEvent): string {
  const parts = [`${e.date} ${kindOf(e)}`];
  if (e.target) parts.push(`target ${e.target}`);
  if (e.tally) parts.push(`tally ${tallyText(e.tally)}`);
  if (e.outcome) parts.push(e.outcome);
  if (deathsOf(e) !== null) parts.push(`${deathsOf(e)} deaths`);
  if (e.description) parts.push(e.description);
  return parts.join(', ');
}

function involved(e: RecordEvent): string[] {
  return [e.target, ...(e.actors ?? [])].filter((x): x is string => !!x);
}

function personIds(c: ExtractedClaim): string[] {
  return [...new Set(c.entities.filter((x) => x.type === 'person').map((x) => x.id))];
}

const KINDS = new WeakMap<ExtractedClaim, Set<string>>();
function kindsFor(c: ExtractedClaim): Set<string> {
  let k = KINDS.get(c);
  if (!k) KINDS.set(c, (k = new Set(c.topics.flatMap((t) => TOPIC_KINDS[t]))));
  return k;
}

/** Events the article could have known of: on or before its date (all, when the date is unknown). */
function known(ctx: JudgeContext): RecordEvent[] {
  let k = KNOWN.get(ctx);
  if (!k)
    KNOWN.set(ctx, (k = ctx.date ? ctx.record.events.filter((e) => e.date <= ctx.date!) : ctx.record.events));
  return k;
}

/** The day(s) the claim's sentence points at, or the article's date. */
function sentenceDate(c: ExtractedClaim, ctx: JudgeContext): IsoDate | undefined {
  const d = c.dates.find((x) => x.date);
  return d?.date ?? ctx.date;
}

function relevance(e: RecordEvent, c: ExtractedClaim, ctx: JudgeContext): number {
  let score = 0;
  const kinds = kindsFor(c);
  if (kinds.has(kindOf(e))) score += 4;
  const people = personIds(c);
  if (people.some((p) => involved(e).includes(p))) score += 3;
  const ref = sentenceDate(c, ctx);
  if (ref) score -= Math.min(4, Math.abs(daysBetween(e.date, ref)) / 30);
  return score;
}

const unverifiable = (
  explanation: string,
  evidence: Evidence[] = [],
  expected: unknown = null,
): Judgement => ({
  verdict: 'unverifiable',
  expected,
  explanation,
  evidence,
  interpretation: null,
});

function sameTally(a: RecordTally, v: Record<string, unknown>): boolean {
  if (a.for !== v.for) return false;
  if (v.against !== null && v.against !== undefined && a.against !== v.against) return false;
  if (typeof v.abstain === 'number' && a.abstain !== undefined && a.abstain !== null)
    return a.abstain === v.abstain;
  return true;
}

function judgeTally(c: ExtractedClaim, ctx: JudgeContext): Judgement {
  const v = c.value;
  const pool = known(ctx).filter((e) => e.tally);
  const exact = pool.filter(
    (e) => sameTally(e.tally!, v) || (e.tally_alternatives ?? []).some((a) => sameTally(a.tally, v)),
  );
  if (exact.length) {
    const best = exact.sort((a, b) => relevance(b, c, ctx) - relevance(a, c, ctx))[0]!;
    const alt = !sameTally(best.tally!, v);
    return {
      verdict: 'accurate',
      expected: best.tally,
      explanation: alt
        ? `matches a figure reported for ${best.id} (the record prefers ${tallyText(best.tally)}; sources differ)`
        : `matches the recorded tally of ${best.id} (${tallyText(best.tally)})`,
      evidence: [evidenceOf(best)],
      interpretation: null,
    };
  }
  const related = pool
    .map((e) => ({ e, r: relevance(e, c, ctx) }))
    .filter((x) => x.r >= 3)
    .sort((a, b) => b.r - a.r);
  if (related.length) {
    const e = related[0]!.e;
    return {
      verdict: 'inaccurate',
      expected: e.tally,
      explanation: `the record's tally for ${e.id} is ${tallyText(e.tally)}, not ${v.for}-${v.against}`,
      evidence: [evidenceOf(e)],
      interpretation: null,
    };
  }
  return unverifiable('no recorded vote matches this tally, and no recorded vote on this matter was found');
}

const TOPIC_ACTION: [Topic, ActionKind][] = [
  ['vacancy', 'vacancy.vote'],
  ['censure', 'censure.vote'],
  ['confidence', 'confidence.vote'],
  ['early-elections', 'reform.vote'],
  ['reform', 'reform.vote'],
];

/** "two-thirds of …" read as at least that fraction of the legal number (the usual wording). */
function atLeast([num, den]: [number, number]): ThresholdSpec {
  return { comparison: 'at-least', fraction: { num, den }, base: 'legal', label: `${num}/${den}` };
}

/** Procedures with more than one route, each with its own threshold (Const. art. 206). */
const ROUTES: Partial<Record<ActionKind, { route: string; cue: RegExp }[]>> = {
  'reform.vote': [
    {
      route: 'two-legislatures',
      cue: /two (successive |consecutive )?(ordinary )?legislatures|dos legislaturas|sucesivas/i,
    },
    { route: 'referendum', cue: /referendum|referéndum/i },
  ],
};

function engineThreshold(kind: ActionKind, date: IsoDate, route?: string) {
  try {
    return evaluateRaw({
      date,
      action: { kind, ...(route ? { route } : {}), tally: { for: 0, against: 0, abstain: 0 } },
    });
  } catch {
    return null;
  }
}

function judgeThreshold(c: ExtractedClaim, ctx: JudgeContext): Judgement {
  const v = c.value;
  const date = sentenceDate(c, ctx);
  const investiture = /investiture|investidura/i.test(c.sentence.text);
  const kind = investiture ? 'cabinet.investiture' : TOPIC_ACTION.find(([t]) => c.topics.includes(t))?.[1];
  // The clause the claim stands in (up to the next comma or semicolon) names its route, if any.
  const at = c.sentence.text.indexOf(c.text);
  const rest = at >= 0 ? c.sentence.text.slice(at) : c.text;
  const clause = rest.split(/[,;]/)[0] ?? c.text;
  const routes = kind ? (ROUTES[kind] ?? []) : [];
  const route = routes.find((r) => r.cue.test(clause))?.route;
  const fraction = v.fraction as [number, number] | undefined;
  // "two-thirds of 130": plain arithmetic, no rule needed.
  if (fraction && typeof v.of === 'number' && !kind) {
    const t = computeThreshold(atLeast(fraction), v.of);
    return {
      verdict: 'accurate',
      expected: t.required,
      explanation: `arithmetic only: ${t.arithmetic}`,
      evidence: [],
      interpretation: null,
    };
  }
  if (!kind || !date)
    return unverifiable('the sentence does not say which procedure this rule belongs to, or when');
  const verdict = engineThreshold(kind, date, route);
  if (!verdict || verdict.required === null)
    return unverifiable(`no rule for ${kind} gives a threshold on ${date}`);
  const rule: Evidence = {
    type: 'rule',
    id: verdict.rule,
    date,
    summary: `${kind} on ${date}: ${verdict.arithmetic ?? `${verdict.required} votes`}; ${verdict.citations.map((x) => x.cite).join('; ')}`,
    sources: verdict.citations.map((x) => x.url).filter((u): u is string => !!u),
  };
  const interp = verdict.interpretations.map((i) => `${i.key}=${i.option}`).join(', ') || null;
  const base = verdict.baseCount ?? 0;
  const expected = { required: verdict.required, base: verdict.base, baseCount: verdict.baseCount };
  const ok = (claimed: boolean, what: string): Judgement => ({
    verdict: claimed ? 'accurate' : 'inaccurate',
    expected,
    explanation: claimed
      ? `${what} matches the rule in force: ${rule.summary}`
      : `${what} does not match the rule in force: ${rule.summary}`,
    evidence: [rule],
    interpretation: interp,
  });
  if (typeof v.votes === 'number') {
    if (v.votes !== verdict.required) {
      // Right number, wrong rule: the figure is the threshold of another route of the same procedure.
      for (const r of routes.filter((x) => x.route !== route)) {
        const other = engineThreshold(kind, date, r.route);
        if (other?.required === v.votes)
          return {
            verdict: 'misleading',
            expected,
            explanation: `${v.votes} votes is the threshold for ${kind} by the ${r.route} route (${other.arithmetic}), not for the route the sentence describes; ${rule.summary}`,
            evidence: [
              rule,
              { ...rule, id: other.rule, summary: `${kind} (${r.route}) on ${date}: ${other.arithmetic}` },
            ],
            interpretation: interp,
          };
      }
    }
    return ok(v.votes === verdict.required, `${v.votes} votes`);
  }
  if (fraction) {
    if (typeof v.of === 'number' && v.of !== base)
      return { ...ok(false, `a base of ${v.of}`), verdict: 'inaccurate' };
    const t = computeThreshold(atLeast(fraction), base);
    if (t.required !== verdict.required) {
      // Right fraction, wrong rule: it is the threshold of another route of the same procedure.
      for (const r of routes.filter((x) => x.route !== route)) {
        const other = engineThreshold(kind, date, r.route);
        if (other?.required === t.required)
          return {
            verdict: 'misleading',
            expected,
            explanation: `${fraction[0]}/${fraction[1]} (${t.required} votes) is the threshold for ${kind} by the ${r.route} route (${other.arithmetic}), not for the route the sentence describes; ${rule.summary}`,
            evidence: [
              rule,
              { ...rule, id: other.rule, summary: `${kind} (${r.route}) on ${date}: ${other.arithmetic}` },
            ],
            interpretation: interp,
          };
      }
    }
    return ok(t.required === verdict.required, `${fraction[0]}/${fraction[1]}`);
  }
  if (typeof v.majority === 'string') {
    const half = Math.floor(base / 2) + 1;
    if (typeof v.base === 'string' && verdict.base && v.base !== verdict.base)
      return {
        ...ok(false, `a majority of the members ${v.base === 'habiles' ? 'hábiles' : v.base}`),
        explanation: `the base is wrong: the rule in force counts ${verdict.base === 'legal' ? 'the legal number of members' : verdict.base}, not ${v.base}; ${rule.summary}`,
      };
    if (v.majority === 'qualified') return ok(verdict.required > half, 'a qualified majority');
    return ok(verdict.required <= half, `a ${v.majority} majority`);
  }
  if (typeof v.article === 'number') {
    const cited = verdict.citations.some((x) => new RegExp(`art\\.?\\s*${v.article}\\b`, 'i').test(x.cite));
    return cited
      ? ok(true, `Article ${v.article}`)
      : unverifiable(
          `Article ${v.article} is not among the citations of the rule for ${kind} (${rule.summary})`,
          [rule],
        );
  }
  return unverifiable('no comparable figure in the claim');
}

function deathsOf(e: RecordEvent): number | null {
  return e.deaths ?? e.counts?.deaths ?? null;
}
function injuredOf(e: RecordEvent): number | null {
  return e.injured ?? e.counts?.injured ?? null;
}

function compareCount(claimed: Record<string, unknown>, actual: number): boolean {
  const range = claimed.range as [number, number] | null;
  if (range) return actual >= range[0] && actual <= range[1];
  const n = claimed.n as number;
  switch (claimed.approx) {
    case 'more-than':
      return actual > n || actual === n;
    case 'less-than':
      return actual <= n;
    case 'about':
      return Math.abs(actual - n) <= Math.max(2, n * 0.15);
    default:
      return actual === n;
  }
}

function judgeToll(c: ExtractedClaim, ctx: JudgeContext, which: 'deaths' | 'injured'): Judgement {
  const get = which === 'deaths' ? deathsOf : injuredOf;
  // A toll is judged as of the article's day: without that day there is nothing to compare with.
  if (!ctx.date)
    return unverifiable(`the article's date is unknown, so the ${which} count it could know cannot be told`);
  const tolls = known(ctx).filter((e) => get(e) !== null);
  if (!tolls.length) return unverifiable(`the record has no ${which} count up to the article's date`);
  const latest = tolls[tolls.length - 1]!;
  if (ctx.date && daysBetween(latest.date, ctx.date) > 30)
    return unverifiable(
      `the latest recorded ${which} count (${latest.date}) is more than 30 days older than the article`,
      [evidenceOf(latest)],
    );
  const actual = get(latest)!;
  const right = compareCount(c.value, actual);
  return {
    verdict: right ? 'accurate' : 'inaccurate',
    expected: actual,
    explanation: `the recorded ${which} count on ${latest.date} (the latest before the article) is ${actual}`,
    evidence: [evidenceOf(latest)],
    interpretation:
      which === 'deaths'
        ? 'deaths counted as the Defensoría del Pueblo counts them (all protest-related deaths)'
        : null,
  };
}

function judgeRegions(c: ExtractedClaim, ctx: JudgeContext): Judgement {
  if (!ctx.date) return unverifiable('the article date is unknown');
  const window = c.dates.find((d) => d.from && d.to);
  const from = window?.from ?? addDays(ctx.date, -14);
  const decl = known(ctx).filter(
    (e) =>
      (e.kind === 'emergency.declare' || e.kind === 'emergency.extend') &&
      e.date >= from &&
      (e.regions ?? e.areas),
  );
  if (!decl.length)
    return unverifiable('no emergency declaration with its areas is recorded shortly before the article');
  const n = c.value.n as number;
  const match = decl.find((e) => (e.regions ?? e.areas)!.length === n);
  const e = match ?? decl[decl.length - 1]!;
  const count = (e.regions ?? e.areas)!.length;
  // Only a sentence about one declaration can be held to that decree's list; a running total of areas
  // under several decrees depends on which were still in force, which the record does not settle.
  if (!match && !/\b(declared|decreed|declare[sd]?|declaró|decretó|declara)\b/i.test(c.sentence.text)) {
    const all = new Set(decl.flatMap((x) => x.regions ?? x.areas ?? []));
    return unverifiable(
      `a total across decrees: the recent declarations list ${all.size} areas in all (${[...all].join(', ')}), but which were still in force is not recorded`,
      decl.map((x) => evidenceOf(x)),
      all.size,
    );
  }
  return {
    verdict: match ? 'accurate' : 'inaccurate',
    expected: count,
    explanation: `${e.id} covers ${count} areas: ${(e.regions ?? e.areas)!.join(', ')}`,
    evidence: [evidenceOf(e)],
    interpretation: 'regions counted as the decree lists its departments/areas',
  };
}

function presidencies(record: ClaimsRecord): RecordMembership[] {
  return record.memberships.filter((m) => m.role === 'president');
}

function judgePresidents(c: ExtractedClaim, ctx: JudgeContext): Judgement {
  const years = c.dates.filter((d) => d.year).map((d) => d.year!);
  const pres = presidencies(ctx.record);
  if (!pres.length || years.length < 2) return unverifiable('no period or no presidencies in the record');
  const from = `${Math.min(...years)}-01-01`;
  const to = `${Math.max(...years)}-12-31`;
  const held = new Set(
    pres.filter((m) => m.start_date <= to && (!m.end_date || m.end_date >= from)).map((m) => m.person_id),
  );
  const right = compareCount(c.value, held.size);
  return {
    verdict: right ? 'accurate' : 'inaccurate',
    expected: held.size,
    explanation: `${held.size} people held the presidency between ${from} and ${to}: ${[...held].join(', ')}`,
    evidence: pres
      .filter((m) => held.has(m.person_id))
      .map((m) => ({
        type: 'membership' as const,
        id: `${m.person_id}:president:${m.start_date}`,
        date: m.start_date,
        summary: `${m.person_id} president ${m.start_date}–${m.end_date ?? ''}`,
        sources: m.sources ?? [],
      })),
    interpretation: 'acting presidents counted as presidents',
  };
}

function judgeCount(c: ExtractedClaim, ctx: JudgeContext): Judgement {
  const noun = c.value.noun;
  if (noun === 'deaths') return judgeToll(c, ctx, 'deaths');
  if (noun === 'injured') return judgeToll(c, ctx, 'injured');
  if (noun === 'regions') return judgeRegions(c, ctx);
  if (noun === 'presidents') return judgePresidents(c, ctx);
  return unverifiable(`the record keeps no running count of ${String(noun)}`);
}

function membershipEvidence(m: RecordMembership): Evidence {
  return {
    type: 'membership',
    id: `${m.person_id}:${m.role}:${m.start_date}`,
    date: m.start_date,
    summary: `${m.person_id} ${m.label ?? m.role} from ${m.start_date}${m.end_date ? ` to ${m.end_date}` : ''}`,
    sources: m.sources ?? [],
  };
}

function judgeDate(c: ExtractedClaim, ctx: JudgeContext): Judgement {
  const v = c.value;
  const people = personIds(c);
  // "(1990-2000)": a person's period in office
  if (v.period) {
    const ms = ctx.record.memberships.filter((m) => people.includes(m.person_id) && m.role === 'president');
    if (!ms.length) return unverifiable('no presidency of the people named is recorded');
    const m = ms[0]!;
    const ok = +m.start_date.slice(0, 4) === v.from && +(m.end_date ?? '9999').slice(0, 4) === v.to;
    return {
      verdict: ok ? 'accurate' : 'inaccurate',
      expected: { from: m.start_date, to: m.end_date },
      explanation: `${m.person_id} was president from ${m.start_date} to ${m.end_date ?? 'now'}`,
      evidence: [membershipEvidence(m)],
      interpretation: null,
    };
  }
  if (v.until) {
    // "term will not expire until 2026": a five-year term from the start of the presidency (Const. art. 112)
    const ms = ctx.record.memberships.filter(
      (m) =>
        people.includes(m.person_id) &&
        m.role === 'president' &&
        m.start_date.slice(5) === '07-28' &&
        // only a term not yet over on the article's date ("until 2026" is about the current term)
        (!ctx.date || `${+m.start_date.slice(0, 4) + 5}-07-28` >= ctx.date),
    );
    if (!ms.length) return unverifiable('no elected presidency of the people named is recorded');
    const m = ms[0]!;
    const end = +m.start_date.slice(0, 4) + 5;
    return {
      verdict: end === v.year ? 'accurate' : 'inaccurate',
      expected: `${end}-07-28`,
      explanation: `the presidential term is five years (Const. art. 112): ${m.start_date} to ${end}-07-28`,
      evidence: [
        membershipEvidence(m),
        {
          type: 'rule',
          id: 'const-art-112',
          summary: 'Const. 1993 art. 112: the presidential term is five years',
          sources: [],
        },
      ],
      interpretation: 'term counted from the constitutional start date, regardless of removal',
    };
  }
  const claimed = v.date as IsoDate | null;
  if (!claimed && typeof v.from === 'string' && typeof v.to === 'string')
    return judgeWindow(c, ctx, v.from, v.to);
  if (!claimed && typeof v.month === 'string') return judgeMonth(c, ctx, v.month);
  if (!claimed) return unverifiable('the date is not precise enough to check (no day or no year)');
  const kinds = kindsFor(c);
  // Memberships: sworn in / resigned
  if (c.topics.includes('inauguration') || c.topics.includes('resignation')) {
    const ms = ctx.record.memberships.filter((m) => people.includes(m.person_id));
    const field = c.topics.includes('resignation') ? 'end_date' : 'start_date';
    const hit = ms.find((m) => m[field] === claimed);
    if (hit)
      return {
        verdict: 'accurate',
        expected: claimed,
        explanation: `${hit.person_id} ${field === 'end_date' ? 'left' : 'took'} office (${hit.label ?? hit.role}) on ${claimed}`,
        evidence: [membershipEvidence(hit)],
        interpretation: null,
      };
  }
  const near = between(ctx.record.events, addDays(claimed, -45), addDays(claimed, 45));
  const named = [...new Set(c.entities.map((x) => x.id))];
  const onDay = near.filter(
    (e) => e.date === claimed && (kinds.has(kindOf(e)) || named.some((p) => involved(e).includes(p))),
  );
  if (onDay.length) {
    return {
      verdict: 'accurate',
      expected: claimed,
      explanation: `recorded on ${claimed}: ${onDay.map((e) => e.id).join(', ')}`,
      evidence: onDay.map((e) => evidenceOf(e)),
      interpretation: null,
    };
  }
  // Only an event of the same kind about the same people can show the date wrong, and only when the
  // sentence itself says what happened (not a topic borrowed from the sentence before).
  const sameKind = c.inherited
    ? []
    : near.filter((e) => kinds.has(kindOf(e)) && people.some((p) => involved(e).includes(p)));
  if (sameKind.length && kinds.size) {
    const best = sameKind.sort(
      (a, b) => Math.abs(daysBetween(a.date, claimed)) - Math.abs(daysBetween(b.date, claimed)),
    )[0]!;
    // A day or two apart is often another step of the same procedure (a cabinet presented on the 26th,
    // voted on the 27th): not enough to call the date wrong.
    if (Math.abs(daysBetween(best.date, claimed)) <= 2)
      return unverifiable(
        `the record has ${best.id} on ${best.date}, not ${claimed}; a neighbouring step of the same procedure may be meant`,
        [evidenceOf(best)],
        best.date,
      );
    return {
      verdict: 'inaccurate',
      expected: best.date,
      explanation: `the record dates ${best.id} to ${best.date}, not ${claimed}`,
      evidence: [evidenceOf(best)],
      interpretation: null,
    };
  }
  // Membership changes on other dates for the people named
  const ms = ctx.record.memberships.filter(
    (m) => people.includes(m.person_id) && (m.start_date === claimed || m.end_date === claimed),
  );
  if (ms.length)
    return {
      verdict: 'accurate',
      expected: claimed,
      explanation: `a recorded change of office on ${claimed}`,
      evidence: ms.map(membershipEvidence),
      interpretation: null,
    };
  return unverifiable(`the record has no matching event on or near ${claimed}`);
}

/** "last month", "la semana pasada": an event of the kind the sentence names, about its people, then. */
function judgeWindow(c: ExtractedClaim, ctx: JudgeContext, from: IsoDate, to: IsoDate): Judgement {
  const kinds = kindsFor(c);
  const people = [...new Set(c.entities.map((x) => x.id))];
  const hits = known(ctx).filter(
    (e) =>
      e.date >= from &&
      e.date <= to &&
      kinds.has(kindOf(e)) &&
      (!people.length || !involved(e).length || people.some((p) => involved(e).includes(p))),
  );
  if (hits.length && kinds.size)
    return {
      verdict: 'accurate',
      expected: { from, to },
      explanation: `recorded between ${from} and ${to}: ${hits.map((e) => e.id).join(', ')}`,
      evidence: hits.map((e) => evidenceOf(e)),
      interpretation: null,
    };
  return unverifiable(`no recorded event of this kind between ${from} and ${to}`);
}

const MONTH_NAMES = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  es: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
};

/** "elections in April 2024": a recorded decision on the matter that names that month. */
function judgeMonth(c: ExtractedClaim, ctx: JudgeContext, month: string): Judgement {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const names = [
    `${MONTH_NAMES.en[m - 1]} ${y}`,
    `${MONTH_NAMES.es[m - 1]} de ${y}`,
    `${MONTH_NAMES.es[m - 1]} ${y}`,
  ].map((x) => x.toLowerCase());
  const hits = known(ctx).filter((e) => names.some((n) => (e.description ?? '').toLowerCase().includes(n)));
  // a decision that passed is better evidence of what was decided than one that failed
  hits.sort((a, b) => Number(b.outcome === 'passed') - Number(a.outcome === 'passed'));
  if (hits.length)
    return {
      verdict: 'accurate',
      expected: month,
      explanation: `recorded: ${hits.map((e) => describe(e)).join('; ')}`,
      evidence: hits.map((e) => evidenceOf(e)),
      interpretation: null,
    };
  return unverifiable(`the record has no event on this matter that names ${month}`);
}

function judgeDuration(c: ExtractedClaim, ctx: JudgeContext): Judgement {
  const v = c.value;
  const people = personIds(c);
  const unit = String(v.unit);
  const unitDays =
    unit.startsWith('we') || unit.startsWith('se')
      ? 7
      : unit.startsWith('mo') || unit.startsWith('me')
        ? 30.44
        : unit.startsWith('y') || unit.startsWith('añ')
          ? 365.25
          : 1;
  const within = (days: number) =>
    Math.abs(days / unitDays - (v.amount as number)) <= (unitDays === 1 ? 1 : 0.5);
  // "resigned three weeks after taking office": the person's office, start to end
  if (
    c.topics.includes('resignation') &&
    (c.topics.includes('inauguration') || /in office|en el cargo|in the post|en el puesto/i.test(c.text))
  ) {
    const m = ctx.record.memberships.find(
      (x) => people.includes(x.person_id) && x.end_date && x.role !== 'member',
    );
    if (m && m.end_date) {
      const days = daysBetween(m.start_date, m.end_date);
      return {
        verdict: within(days) ? 'accurate' : 'inaccurate',
        expected: `${days} days`,
        explanation: `${m.person_id} held office ${m.start_date} to ${m.end_date}: ${days} days`,
        evidence: [membershipEvidence(m)],
        interpretation: null,
      };
    }
  }
  // "two months since X was removed": the last recorded event of that kind about the people named
  // "a week after lawmakers ousted X": from that event to the day the sentence is about (its own date,
  // else the article's).
  const after = /\b(after|later|después|tras)\b/i.test(c.text);
  const since = /\b(since|now|ago|hace|desde)\b/i.test(c.sentence.text);
  // "after" needs someone it is about; "since the coup" does not
  if (ctx.date && ((after && people.length > 0) || since)) {
    // "resigned three weeks after taking office": the end point is the resignation itself
    const resignation = c.topics.includes('resignation')
      ? known(ctx)
          .filter((e) => /resign/.test(kindOf(e)) && people.some((p) => involved(e).includes(p)))
          .pop()?.date
      : undefined;
    const until =
      resignation ??
      (after ? c.dates.find((d) => d.date && !(d.start >= c.start && d.end <= c.end))?.date : undefined) ??
      ctx.date;
    const kinds = kindsFor(c);
    const cands = known(ctx).filter(
      (e) =>
        e.date < until &&
        kinds.has(kindOf(e)) &&
        (people.length === 0 || people.some((p) => involved(e).includes(p))),
    );
    const e = cands[cands.length - 1];
    if (e) {
      const days = daysBetween(e.date, until);
      return {
        verdict: within(days) ? 'accurate' : 'inaccurate',
        expected: `${days} days`,
        explanation: `${e.id} was on ${e.date}, ${days} days before ${until === ctx.date ? 'the article' : until}`,
        evidence: [evidenceOf(e)],
        interpretation: null,
      };
    }
  }
  return unverifiable('no recorded start and end for this period');
}

function judgeElection(c: ExtractedClaim, ctx: JudgeContext): Judgement {
  const v = c.value;
  const rounds = known(ctx).filter((e) => e.kind === 'election.round' && e.results?.candidates?.length);
  if (!rounds.length) return unverifiable('no election results in the record');
  const yearMention = c.dates.find((d) => d.year)?.year;
  const cands = rounds.filter((e) => !yearMention || +e.date.slice(0, 4) === yearMention);
  const pool = cands.length ? cands : rounds;
  const roundOf = (x: RecordEvent) =>
    (x as { round?: number }).round ??
    (/round-?1\b|first/.test(x.id) ? 1 : /round-?2\b|second|runoff/.test(x.id) ? 2 : null);
  const wanted = typeof v.round === 'number' ? pool.filter((x) => roundOf(x) === v.round) : pool;
  if (!wanted.length) return unverifiable(`no round ${String(v.round)} results in the record`);
  const e = wanted[wanted.length - 1]!;
  const sorted = [...e.results!.candidates].sort((a, b) => b.votes - a.votes);
  const [w, r] = [sorted[0]!, sorted[1]];
  const margin = r ? w.votes - r.votes : w.votes;
  if (typeof v.margin === 'number') {
    const tol = v.approx ? Math.max(1000, margin * 0.03) : 0;
    const ok = Math.abs(v.margin - margin) <= tol;
    return {
      verdict: ok ? 'accurate' : 'inaccurate',
      expected: margin,
      explanation: `${w.name} won ${e.id} by ${margin} votes (${w.votes} to ${r?.votes ?? 0})${v.approx ? '; the claim rounds' : ''}`,
      evidence: [evidenceOf(e)],
      interpretation: null,
    };
  }
  if (typeof v.percent === 'number') {
    const valid = e.results!.candidates.reduce((s, x) => s + x.votes, 0);
    const pct = sorted.map((x) => (100 * x.votes) / valid);
    const ok = pct.some((p) => Math.abs(p - (v.percent as number)) <= 0.15);
    return {
      verdict: ok ? 'accurate' : 'unverifiable',
      expected: pct.map((p) => Math.round(p * 1000) / 1000),
      explanation: `shares of valid votes in ${e.id}`,
      evidence: [evidenceOf(e)],
      interpretation: 'percent of valid votes',
    };
  }
  if (v.won) {
    const people = personIds(c);
    const winnerId = w.person_id;
    if (!people.length || !winnerId)
      return unverifiable('the winner is not named or not linked to the record');
    const ok = people.includes(winnerId);
    return {
      verdict: ok ? 'accurate' : 'inaccurate',
      expected: winnerId,
      explanation: `${w.name} won ${e.id}`,
      evidence: [evidenceOf(e)],
      interpretation: null,
    };
  }
  return unverifiable('nothing comparable in the claim');
}

function judgeSuccession(c: ExtractedClaim, ctx: JudgeContext): Judgement {
  const people = personIds(c);
  const succ = known(ctx).filter(
    (e) => e.kind === 'succession' && involved(e).some((p) => people.includes(p)),
  );
  const pres = presidencies(ctx.record).filter(
    (m) => people.includes(m.person_id) && (!ctx.date || m.start_date <= ctx.date),
  );
  const e = succ[succ.length - 1];
  const appointed =
    /\b(appoint\w*|elected|chose|named|designat\w*|install\w*|nombr\w+|eligi\w+|design[oó]\w*)\b/i.test(
      c.text,
    );
  if (e) {
    const via = c.value.via as string | null;
    const ok = !via || !e.role || e.role === via;
    // A vice-president succeeds by operation of the Constitution (art. 115); saying Congress
    // "appointed" or "elected" them misstates how it happened, though the person is right.
    if (ok && appointed && e.role?.includes('vice-president'))
      return {
        verdict: 'misleading',
        expected: { successor: e.target, via: e.role },
        explanation: `${e.target} succeeded as ${e.role} under Const. art. 115 (constitutional succession), not by appointment or election by Congress`,
        evidence: [
          evidenceOf(e),
          {
            type: 'rule',
            id: 'const-art-115',
            summary:
              'Const. 1993 art. 115: the first vice-president assumes the presidency when it falls vacant',
            sources: [],
          },
        ],
        interpretation: null,
      };
    return {
      verdict: ok ? 'accurate' : 'inaccurate',
      expected: { successor: e.target, via: e.role ?? null },
      explanation: `recorded succession ${e.id}${e.role ? ` through the office of ${e.role}` : ''}`,
      evidence: [evidenceOf(e)],
      interpretation: null,
    };
  }
  if (pres.length) {
    const m = pres[pres.length - 1]!;
    const vp = ctx.record.memberships.find(
      (x) => x.person_id === m.person_id && x.role.includes('vice-president') && x.start_date < m.start_date,
    );
    const via = c.value.via as string | null;
    const ok = !via || (vp ? vp.role === via : false);
    return {
      verdict: ok ? 'accurate' : 'unverifiable',
      expected: { successor: m.person_id, via: vp?.role ?? null },
      explanation: `${m.person_id} became president on ${m.start_date}${vp ? ` having been ${vp.role}` : ''}`,
      evidence: [membershipEvidence(m), ...(vp ? [membershipEvidence(vp)] : [])],
      interpretation: null,
    };
  }
  return unverifiable('no recorded succession involving the people named');
}

/** Characterisations are contested: never true or false. The nearest procedural facts are context. */
function judgeCharacterisation(c: ExtractedClaim, ctx: JudgeContext): Judgement {
  const people = personIds(c);
  const ref = sentenceDate(c, ctx);
  const pool = ref ? between(known(ctx), addDays(ref, -120), addDays(ref, 120)) : known(ctx);
  const context = pool
    .map((e) => ({
      e,
      r:
        relevance(e, c, ctx) +
        (people.some((p) => involved(e).includes(p)) ? 2 : 0) +
        (/vacancy|succession|dissol|coup/.test(kindOf(e)) ? 1 : 0),
    }))
    .sort((a, b) => b.r - a.r)
    .slice(0, 3)
    .map((x) => evidenceOf(x.e));
  return {
    verdict: 'contested',
    expected: null,
    explanation: `"${String(c.value.word ?? c.value.label)}" is a characterisation (${String(c.value.label)}): a judgement, not a checkable fact${context.length ? '; the procedural facts around it are listed as context' : ''}`,
    evidence: context,
    interpretation: null,
  };
}

export function judgeClaim(c: ExtractedClaim, ctx: JudgeContext): Judgement {
  switch (c.kind) {
    case 'characterisation':
      return judgeCharacterisation(c, ctx);
    case 'tally':
      return judgeTally(c, ctx);
    case 'threshold':
      return judgeThreshold(c, ctx);
    case 'count':
      return judgeCount(c, ctx);
    case 'date':
      return judgeDate(c, ctx);
    case 'duration':
      return judgeDuration(c, ctx);
    case 'election':
      return judgeElection(c, ctx);
    case 'succession':
      return judgeSuccession(c, ctx);
  }
}
