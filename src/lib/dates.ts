/**
 * Calendar dates as ISO strings (`YYYY-MM-DD`). Peru's procedures count natural days, so a date is a day,
 * never an instant: no time zones, no clocks. Comparison of valid ISO dates is string comparison.
 */
export type IsoDate = string & { readonly __isoDate?: never };

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `s` is a real calendar day written `YYYY-MM-DD` (2022-02-30 is not). */
export function isIsoDate(s: unknown): s is IsoDate {
  if (typeof s !== 'string') return false;
  const m = ISO.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days since 1970-01-01 (UTC), for arithmetic on days. */
export function dayNumber(d: IsoDate): number {
  const m = ISO.exec(d);
  if (!m) throw new RangeError(`not an ISO date: ${d}`);
  return Math.round(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000);
}

export function fromDayNumber(n: number): IsoDate {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

export function addDays(d: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(d) + days);
}

/** Natural days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return dayNumber(b) - dayNumber(a);
}

export function addMonths(d: IsoDate, months: number): IsoDate {
  const m = ISO.exec(d);
  if (!m) throw new RangeError(`not an ISO date: ${d}`);
  let y = Number(m[1]);
  let mo = Number(m[2]) - 1 + months;
  y += Math.floor(mo / 12);
  mo = ((mo % 12) + 12) % 12;
  const day = Math.min(Number(m[3]), daysInMonth(y, mo + 1));
  return `${y}-${String(mo + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

/** Whether `d` lies in the half-open interval [from, to): a version ending on `to` no longer applies on `to`. */
export function inInterval(d: IsoDate, from: IsoDate, to?: IsoDate): boolean {
  return d >= from && (to === undefined || d < to);
}

/** Today's date on this machine, as an ISO day. */
export function today(): IsoDate {
  return new Date().toISOString().slice(0, 10);
}
