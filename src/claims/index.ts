/**
 * The claim checker (DESIGN §7): article text → claims with spans → verdicts with evidence.
 * `checkArticle` is pure given its record (no I/O beyond loading the default record once), so the CLI,
 * the HTTP API and the web page share it.
 */
import { isIsoDate, type IsoDate } from '../lib/dates.js';
import { InputError, issue } from '../lib/issues.js';
import { extractClaims, type ClaimKind } from './extract/index.js';
import { prepareInput, type ArticleLang, type InputFormat } from './input.js';
import { judgeClaim, type Evidence, type VerdictLabel } from './judge/index.js';
import { defaultClaimsRecord, type ClaimsRecord } from './record.js';

export type { ClaimKind } from './extract/index.js';
export type { VerdictLabel, Evidence } from './judge/index.js';
export { VERDICTS } from './judge/index.js';
export { CLAIM_KINDS } from './extract/index.js';

export interface CheckOptions {
  lang?: ArticleLang;
  /** The article's date (YYYY-MM-DD); detected from the text when absent. */
  date?: string;
  format?: InputFormat;
  /** File name, for format detection and error messages. */
  name?: string;
  record?: ClaimsRecord;
  maxBytes?: number;
}

export interface CheckedClaim {
  text: string;
  /** Offsets into the original input (UTF-16 code units, as JavaScript strings index). */
  start: number;
  end: number;
  kind: ClaimKind;
  value: Record<string, unknown>;
  verdict: VerdictLabel;
  expected: unknown;
  explanation: string;
  evidence: Evidence[];
  sources: string[];
  interpretation: string | null;
  /** The words are inside quotation marks: the article reports someone else's claim. */
  attributed: boolean;
  sentence: string;
}

export interface ArticleReport {
  article: {
    date: IsoDate | null;
    lang: ArticleLang;
    format: InputFormat;
    name?: string;
    warnings: string[];
  };
  claims: CheckedClaim[];
  summary: Record<VerdictLabel, number>;
}

const SORTED = new WeakMap<ClaimsRecord, ClaimsRecord>();
/** The judge looks events up by date with binary search: make sure they are in date order (once). */
function sortedRecord(r: ClaimsRecord): ClaimsRecord {
  let s = SORTED.get(r);
  if (!s) {
    const ok = r.events.every((e, i) => i === 0 || r.events[i - 1]!.date <= e.date);
    s = ok
      ? r
      : { ...r, events: [...r.events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)) };
    SORTED.set(r, s);
  }
  return s;
}

export function checkArticle(input: string | Uint8Array, opts: CheckOptions = {}): ArticleReport {
  if (opts.date !== undefined && !isIsoDate(opts.date)) {
    throw new InputError([
      issue(
        'invalid_date',
        `--date must be a calendar date YYYY-MM-DD, got ${opts.date}`,
        `--date debe ser una fecha AAAA-MM-DD, se recibió ${opts.date}`,
        { field: 'date' },
      ),
    ]);
  }
  const prepared = prepareInput(input, {
    lang: opts.lang,
    format: opts.format,
    name: opts.name,
    maxBytes: opts.maxBytes,
  });
  const record = sortedRecord(opts.record ?? defaultClaimsRecord());
  const ex = extractClaims(prepared, record, opts.date);
  const summary: Record<VerdictLabel, number> = {
    accurate: 0,
    inaccurate: 0,
    misleading: 0,
    unverifiable: 0,
    contested: 0,
  };
  const ctx = { record, date: ex.date };
  const claims: CheckedClaim[] = ex.claims.map((c) => {
    const j = judgeClaim(c, ctx);
    // The guarantee of DESIGN §7, enforced here as well as in the judge: labels are never true/false.
    const verdict: VerdictLabel = c.kind === 'characterisation' ? 'contested' : j.verdict;
    summary[verdict]++;
    return {
      text: c.text,
      start: c.start,
      end: c.end,
      kind: c.kind,
      value: c.value,
      verdict,
      expected: j.expected ?? null,
      explanation: j.explanation,
      evidence: j.evidence,
      sources: [...new Set(j.evidence.flatMap((e) => e.sources))],
      interpretation: j.interpretation,
      attributed: c.quoted,
      sentence: c.sentence.text,
    };
  });
  return {
    article: {
      date: ex.date ?? null,
      lang: prepared.lang,
      format: prepared.format,
      name: opts.name,
      warnings: prepared.warnings,
    },
    claims,
    summary,
  };
}
