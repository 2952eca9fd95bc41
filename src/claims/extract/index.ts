/**
 * Extraction: prepared text → sentences → claims, each with its span in the ORIGINAL input.
 */
import type { IsoDate } from '../../lib/dates.js';
import { toOriginal, type PreparedInput } from '../input.js';
import type { ClaimsRecord } from '../record.js';
import { claimsInSentence, topicsOf, type ExtractedClaim } from './claims.js';
import { findArticleDate } from './dates.js';
import { EntityMatcher, type EntityMention } from './entities.js';
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
  const found = findArticleDate(p.text);
  const articleDate = date ?? found?.date;
  // the dateline's own mention is not a claim (only when it is a dateline, not a date in a sentence)
  const datelineAt = found?.dateline ? found.start : -1;
  const matcher = matcherFor(record);
  const sentences = splitSentences(p.text);
  const claims: ExtractedClaim[] = [];
  let prev: { entities: EntityMention[]; text: string; end: number } | null = null;
  for (const s of sentences) {
    const entities = matcher.find(s.text, s.start);
    // "It did so by 110 votes…": a sentence right after another inherits its people and topics for
    // its numeric claims (tallies, thresholds, counts) when it names none itself.
    const near: boolean = prev !== null && s.start - prev.end < 300;
    const context: { text: string; entities: EntityMention[] } | undefined =
      near && prev ? { text: prev.text, entities: prev.entities } : undefined;
    prev = {
      entities: entities.length || !context ? entities : context.entities,
      // chains of pronoun sentences keep the topic of the sentence that named it
      text: topicsOf(s.text).length || !context ? s.text : context.text,
      end: s.end,
    };
    for (const c of claimsInSentence({ start: s.start, text: s.text, articleDate, entities, context })) {
      // The dateline/byline gives the article's date; it is not a claim.
      if (c.kind === 'date' && c.start === datelineAt) continue;
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
