/**
 * Extraction: prepared text → sentences → claims, each with its span in the ORIGINAL input.
 */
import type { IsoDate } from '../../lib/dates.js';
import { toOriginal, type PreparedInput } from '../input.js';
import type { ClaimsRecord } from '../record.js';
import { claimsInSentence, type ExtractedClaim } from './claims.js';
import { detectArticleDate } from './dates.js';
import { EntityMatcher } from './entities.js';
import { splitSentences } from './sentences.js';

export type { ExtractedClaim, ClaimKind, Topic } from './claims.js';
export { CLAIM_KINDS } from './claims.js';

export interface Extraction {
  date?: IsoDate;
  claims: ExtractedClaim[];
  sentences: number;
}

const matchers = new WeakMap<ClaimsRecord, EntityMatcher>();
export function matcherFor(record: ClaimsRecord): EntityMatcher {
  let m = matchers.get(record);
  if (!m) matchers.set(record, (m = new EntityMatcher(record)));
  return m;
}

/** Finds every claim; spans (`start`, `end`) are offsets into `p.original`. */
export function extractClaims(p: PreparedInput, record: ClaimsRecord, date?: IsoDate): Extraction {
  const articleDate = date ?? detectArticleDate(p.text);
  const matcher = matcherFor(record);
  const sentences = splitSentences(p.text);
  const claims: ExtractedClaim[] = [];
  for (const s of sentences) {
    const entities = matcher.find(s.text, s.start);
    for (const c of claimsInSentence({ start: s.start, text: s.text, articleDate, entities })) {
      // The dateline/byline gives the article's date; it is not a claim.
      if (c.kind === 'date' && c.value.date === articleDate && c.start < 600) continue;
      const [start, end] = toOriginal(p, c.start, c.end);
      const [ss, se] = toOriginal(p, c.sentence.start, c.sentence.end);
      claims.push({
        ...c,
        start,
        end,
        text: p.original.slice(start, end),
        sentence: { start: ss, end: se, text: c.sentence.text },
      });
    }
  }
  return { date: articleDate, claims, sentences: sentences.length };
}
