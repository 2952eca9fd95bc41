/**
 * Dates in English and Spanish text: "August 17, 2021", "17 August 2021", "17 de agosto de 2021",
 * "August 17" / "17 de agosto" (year from the article's date: the latest such day not after it, since
 * news reports on the past), "November 2020", "in 2026", and relative ones ("yesterday", "last week",
 * "ayer", "la semana pasada") resolved from the article's own date.
 */
import { addDays, isIsoDate, type IsoDate } from '../../lib/dates.js';

export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** Exact day, when the text gives (or implies) one. */
  date?: IsoDate;
  /** Month and day when the year is unknown (no article date): MM-DD. */
  monthDay?: string;
  /** Month precision: YYYY-MM. */
  month?: string;
  year?: number;
  /** For "last week": the window of days it covers. */
  from?: IsoDate;
  to?: IsoDate;
  relative?: boolean;
}

const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
};
const MONTH_ALT =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre';

const pad = (n: number) => String(n).padStart(2, '0');

function iso(y: number, m: number, d: number): IsoDate | undefined {
  const s = `${y}-${pad(m)}-${pad(d)}`;
  return isIsoDate(s) ? s : undefined;
}

/** The latest date with this month and day that is not after `ref` (news reports on the past). */
function inferYear(m: number, d: number, ref: IsoDate | undefined, forward: boolean): IsoDate | undefined {
  if (!ref) return undefined;
  const y = Number(ref.slice(0, 4));
  const same = iso(y, m, d);
  if (!same) return undefined;
  if (forward) {
    // "will present on August 26": the next such day on or after ref, unless that is far away.
    if (same >= ref || ref.slice(5) < '03') return same >= ref ? same : iso(y + 1, m, d);
    return same;
  }
  return same <= addDays(ref, 3) ? same : iso(y - 1, m, d);
}

const RE_MDY = new RegExp(`\\b(${MONTH_ALT})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`, 'gi');
const RE_DMY = new RegExp(
  `\\b(\\d{1,2})(?:º|°|st|nd|rd|th)?\\s+(?:de\\s+|of\\s+)?(${MONTH_ALT})\\.?(?:,?\\s+(?:de\\s+|del\\s+)?(\\d{4}))?\\b`,
  'gi',
);
const RE_MY = new RegExp(
  `\\b(?:in\\s+|en\\s+|de\\s+)?(${MONTH_ALT})\\s+(?:de\\s+|del\\s+|of\\s+)?(\\d{4})\\b`,
  'gi',
);
const RE_ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const RE_DMY_NUM = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g;
const RE_YEAR = /\b(19[5-9]\d|20[0-4]\d)\b/g;
const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  domingo: 0,
  lunes: 1,
  martes: 2,
  miércoles: 3,
  miercoles: 3,
  jueves: 4,
  viernes: 5,
  sábado: 6,
  sabado: 6,
};
/** "on Thursday", "el jueves" (not followed by a day number): the latest such weekday before `ref`. */
const RE_WEEKDAY =
  /\b(?:on|last|el|este|el pasado|this)\s+(sunday|monday|tuesday|wednesday|thursday|friday|saturday|domingo|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado)\b(?!,?\s+(?:\d|the\s+\d|[A-Z][a-z]+\s+\d))/gi;
const RE_RELATIVE =
  /\b(yesterday|today|last week|this week|last month|ayer|hoy|anteayer|la semana pasada|esta semana|el mes pasado)\b/gi;

const FUTURE_CUE = /\b(will|shall|next|upcoming|to be held|is to|are to|va a|será|serán|próximo|próxima)\b/i;

function overlaps(list: DateMention[], s: number, e: number): boolean {
  return list.some((d) => s < d.end && e > d.start);
}

/** Finds date mentions in `text` (one sentence, usually). `ref` is the article's date. */
const DATE_GATE =
  /\d|yesterday|today|last (week|month)|this week|ayer|hoy|semana|mes pasado|day|lunes|martes|rcoles|jueves|viernes|bado|domingo/i;

export function findDates(text: string, ref?: IsoDate, offset = 0): DateMention[] {
  const out: DateMention[] = [];
  if (!/\d/.test(text) && !DATE_GATE.test(text)) return out;
  const forward = FUTURE_CUE.test(text);
  const push = (d: DateMention) => {
    if (!overlaps(out, d.start, d.end)) out.push(d);
  };
  for (const m of text.matchAll(RE_ISO)) {
    const d = iso(+m[1]!, +m[2]!, +m[3]!);
    if (d) push({ start: m.index!, end: m.index! + m[0].length, text: m[0], date: d, year: +m[1]! });
  }
  // "Month day[, year]" and "day [de] month [de year]": the same date once month and day are read.
  const pushDayMonth = (m: RegExpMatchArray, monthWord: string, dayText: string) => {
    const mo = MONTHS[monthWord.toLowerCase()]!;
    const day = +dayText;
    if (day < 1 || day > 31) return;
    // "May 2021" style (two-digit day impossible) is handled by RE_MY; "may 10" in lower case is a verb.
    if (monthWord === 'may' || monthWord === 'mar') return;
    const y = m[3] ? +m[3] : undefined;
    const date = y ? iso(y, mo, day) : inferYear(mo, day, ref, forward);
    push({
      start: m.index!,
      end: m.index! + m[0].length,
      text: m[0],
      date,
      monthDay: `${pad(mo)}-${pad(day)}`,
      year: y ?? (date ? +date.slice(0, 4) : undefined),
    });
  };
  for (const m of text.matchAll(RE_MDY)) pushDayMonth(m, m[1]!, m[2]!);
  for (const m of text.matchAll(RE_DMY)) pushDayMonth(m, m[2]!, m[1]!);
  for (const m of text.matchAll(RE_MY)) {
    if (m[1] === 'may' || m[1] === 'mar') continue;
    const mo = MONTHS[m[1]!.toLowerCase()]!;
    const idx = m.index! + m[0].toLowerCase().indexOf(m[1]!.toLowerCase());
    push({
      start: idx,
      end: m.index! + m[0].length,
      text: text.slice(idx, m.index! + m[0].length),
      month: `${m[2]}-${pad(mo)}`,
      year: +m[2]!,
    });
  }
  for (const m of text.matchAll(RE_DMY_NUM)) {
    const d = iso(+m[3]!, +m[2]!, +m[1]!);
    if (d) push({ start: m.index!, end: m.index! + m[0].length, text: m[0], date: d, year: +m[3]! });
  }
  if (ref) {
    for (const m of text.matchAll(RE_RELATIVE)) {
      const w = m[1]!.toLowerCase();
      const s = m.index!;
      const e = s + m[0].length;
      if (w === 'yesterday' || w === 'ayer')
        push({ start: s, end: e, text: m[0], date: addDays(ref, -1), relative: true });
      else if (w === 'anteayer')
        push({ start: s, end: e, text: m[0], date: addDays(ref, -2), relative: true });
      else if (w === 'today' || w === 'hoy')
        push({ start: s, end: e, text: m[0], date: ref, relative: true });
      else if (w === 'last week' || w === 'la semana pasada')
        push({ start: s, end: e, text: m[0], from: addDays(ref, -13), to: addDays(ref, -1), relative: true });
      else if (w === 'this week' || w === 'esta semana')
        push({ start: s, end: e, text: m[0], from: addDays(ref, -7), to: ref, relative: true });
      else
        push({ start: s, end: e, text: m[0], from: addDays(ref, -62), to: addDays(ref, -1), relative: true });
    }
  }
  if (ref) {
    for (const m of text.matchAll(RE_WEEKDAY)) {
      const want = WEEKDAYS[m[1]!.toLowerCase()];
      if (want === undefined) continue;
      const refDow = new Date(ref + 'T00:00:00Z').getUTCDay();
      // "on Wednesday" in a Wednesday dateline is that day; otherwise the latest one before it.
      const back = (refDow - want + 7) % 7;
      const end = m.index! + m[0].length;
      push({ start: m.index!, end, text: m[0], date: addDays(ref, -back), relative: true });
    }
  }
  for (const m of text.matchAll(RE_YEAR)) {
    push({ start: m.index!, end: m.index! + m[0].length, text: m[0], year: +m[1]! });
  }
  out.sort((a, b) => a.start - b.start);
  if (offset)
    for (const d of out) {
      d.start += offset;
      d.end += offset;
    }
  return out;
}

/**
 * The article's own date: a full date in the first lines (dateline or byline), else the latest full
 * date in the first 3,000 characters. Undefined when none is found.
 */
export function detectArticleDate(text: string): IsoDate | undefined {
  return findArticleDate(text)?.date;
}

/**
 * The article's date and where it was found. `dateline` is true when the mention is a dateline or
 * byline ("Lima, December 10, 2022 —", "By X on …", a date alone on its line): that mention is not a
 * claim. Otherwise the latest full date near the top is taken, and it stays a claim.
 */
export function findArticleDate(
  text: string,
): { date: IsoDate; start: number; dateline: boolean } | undefined {
  const head = text.slice(0, 3000);
  const found = findDates(head).filter((d) => d.date);
  if (!found.length) return undefined;
  const byline = found.find((d) => {
    const around = head.slice(Math.max(0, d.start - 40), d.end + 40).toLowerCase();
    const prefix = head.slice(head.lastIndexOf('\n', d.start - 1) + 1, d.start);
    return (
      /\b(by|por|published|publicado|updated|actualizado)\b/.test(around) ||
      /^[\s*_]*$/.test(prefix) ||
      /^[\s*_]*[A-ZÁÉÍÓÚ][A-Za-záéíóúñ .]{0,30},\s*(<[^>]*>\s*)?$/.test(prefix)
    );
  });
  const pick = byline ?? found.reduce((a, b) => (a.date! >= b.date! ? a : b));
  return { date: pick.date!, start: pick.start, dateline: !!byline };
}
