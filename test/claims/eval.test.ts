/**
 * Evaluation harness: the checker against my own inventories of the three shared articles and of small
 * fixtures of my own (es/en). Prints precision and recall of extraction and accuracy of verdicts, and
 * asserts floors. The record is the fixture in test/claims/fixtures/record, so these numbers do not move
 * while data/peru is being written.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkArticle, type CheckedClaim } from '../../src/claims/index.js';
import { loadClaimsRecord } from '../../src/claims/record.js';

interface Expected {
  article: string;
  file?: string;
  date: string | null;
  expect_date?: string;
  claims: { quote: string; occurrence?: number; kind: string; verdict: string; why: string }[];
  characterisations: Record<string, number>;
}

const root = join(import.meta.dirname, '..', '..');
const record = loadClaimsRecord(join(import.meta.dirname, 'fixtures', 'record'));
const inventories = readdirSync(join(import.meta.dirname, 'expected'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parse(readFileSync(join(import.meta.dirname, 'expected', f), 'utf8')) as Expected);

function pathOf(e: Expected): string {
  return e.file ? join(root, e.file) : join(root, '..', 'shared', 'articles', `${e.article}.txt`);
}

/** Where the `occurrence`-th appearance of `quote` is; any run of white space matches any other. */
function spanOf(text: string, quote: string, occurrence = 1): [number, number] {
  const re = new RegExp(
    quote
      .split(/\s+/)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+'),
    'g',
  );
  let m: RegExpExecArray | null = null;
  for (let i = 0; i < occurrence; i++) m = re.exec(text);
  if (!m) throw new Error(`quote not found: ${quote}`);
  return [m.index, m.index + m[0].length];
}

interface Score {
  tp: number;
  extracted: number;
  expected: number;
  verdictRight: number;
  verdictTotal: number;
  /** The same, for factual claims only (characterisations left out). */
  factTp: number;
  factExtracted: number;
  factExpected: number;
  factRight: number;
}

function score(e: Expected, text: string, claims: CheckedClaim[], misses: string[]): Score {
  const facts = claims.filter((c) => c.kind !== 'characterisation');
  const used = new Set<CheckedClaim>();
  let tp = 0;
  let verdictRight = 0;
  for (const x of e.claims) {
    const [s, t] = spanOf(text, x.quote, x.occurrence);
    const hit = facts.find((c) => !used.has(c) && c.kind === x.kind && c.start < t && c.end > s);
    if (!hit) {
      misses.push(`${e.article}: missed ${x.kind} “${x.quote}”`);
      continue;
    }
    used.add(hit);
    tp++;
    if (hit.verdict === x.verdict) verdictRight++;
    else misses.push(`${e.article}: “${x.quote}” judged ${hit.verdict}, expected ${x.verdict} (${x.why})`);
  }
  for (const c of facts)
    if (!used.has(c)) {
      const overlapsExpected = e.claims.some((x) => {
        const [s, t] = spanOf(text, x.quote, x.occurrence);
        return c.start < t && c.end > s;
      });
      if (overlapsExpected)
        used.add(c); // a second extraction of the same claim ("yesterday, on August 23")
      else misses.push(`${e.article}: extra ${c.kind} “${c.text}”`);
    }
  // characterisations: counted per label
  let cTp = 0;
  let cExp = 0;
  const got: Record<string, number> = {};
  for (const c of claims)
    if (c.kind === 'characterisation') got[String(c.value.label)] = (got[String(c.value.label)] ?? 0) + 1;
  for (const [label, n] of Object.entries(e.characterisations ?? {})) {
    cExp += n;
    cTp += Math.min(n, got[label] ?? 0);
  }
  const cExt = Object.values(got).reduce((a, b) => a + b, 0);
  return {
    tp: tp + cTp,
    extracted: used.size + (facts.length - used.size) + cExt,
    expected: e.claims.length + cExp,
    verdictRight: verdictRight + cTp, // every matched characterisation must be (and is checked to be) contested
    verdictTotal: tp + cTp,
    factTp: tp,
    factExtracted: facts.length,
    factExpected: e.claims.length,
    factRight: verdictRight,
  };
}

describe('claim checker against my inventories', () => {
  const totals: Score = {
    tp: 0,
    extracted: 0,
    expected: 0,
    verdictRight: 0,
    verdictTotal: 0,
    factTp: 0,
    factExtracted: 0,
    factExpected: 0,
    factRight: 0,
  };
  const misses: string[] = [];
  const rows: string[] = [];
  for (const e of inventories) {
    it(`${e.article}: extraction and verdicts`, () => {
      const path = pathOf(e);
      expect(existsSync(path), path).toBe(true);
      const bytes = readFileSync(path);
      const text = bytes.toString('utf8');
      const r = checkArticle(new Uint8Array(bytes), { record, date: e.date ?? undefined, name: path });
      if (e.expect_date) expect(r.article.date).toBe(e.expect_date);
      for (const c of r.claims) {
        expect(text.slice(c.start, c.end)).toBe(c.text);
        if (c.kind === 'characterisation') expect(c.verdict).toBe('contested');
      }
      const s = score(e, text, r.claims, misses);
      for (const k of Object.keys(totals) as (keyof Score)[]) totals[k] += s[k];
      rows.push(
        `${e.article.padEnd(24)} precision ${(s.tp / s.extracted).toFixed(2)} recall ${(s.tp / s.expected).toFixed(2)} verdicts ${s.verdictRight}/${s.verdictTotal}`,
      );
      expect(s.tp / s.expected).toBeGreaterThanOrEqual(0.6);
    });
  }
  it('overall precision, recall and verdict accuracy meet the floors', () => {
    const precision = totals.tp / totals.extracted;
    const recall = totals.tp / totals.expected;
    const accuracy = totals.verdictRight / totals.verdictTotal;
    console.log(
      [
        ...rows,
        `overall: precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} verdict accuracy ${accuracy.toFixed(3)} (${totals.verdictRight}/${totals.verdictTotal})`,
        `factual claims only: precision ${(totals.factTp / totals.factExtracted).toFixed(3)} recall ${(totals.factTp / totals.factExpected).toFixed(3)} verdict accuracy ${(totals.factRight / totals.factTp).toFixed(3)} (${totals.factRight}/${totals.factTp})`,
        ...misses.map((m) => `  - ${m}`),
      ].join('\n'),
    );
    expect(precision).toBeGreaterThanOrEqual(0.8);
    expect(recall).toBeGreaterThanOrEqual(0.8);
    expect(accuracy).toBeGreaterThanOrEqual(0.8);
  });
});
