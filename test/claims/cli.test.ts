/** `contrapeso claims` in-process: text, --json, --format claimreview, stdin, a folder as a corpus, errors. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../../src/cli/capture.js';

const record = join(import.meta.dirname, 'fixtures', 'record');
const articles = join(import.meta.dirname, 'articles');

const cli = (argv: string[], stdin = '') => runCliCaptured(argv, stdin);

describe('contrapeso claims', () => {
  it('--json gives the article and claims with offsets into the input', async () => {
    const text =
      'Lima, December 10, 2022. Congress removed Pedro Castillo by 101 votes in favour, 6 against and 10 abstentions. Critics call it a coup.';
    const r = await cli(['claims', '-', '--json', '--record', record], text);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.article).toMatchObject({ date: '2022-12-10', lang: 'en' });
    const tally = j.claims.find((c: { kind: string }) => c.kind === 'tally');
    expect(tally).toMatchObject({ verdict: 'accurate', value: { for: 101, against: 6, abstain: 10 } });
    expect(text.slice(tally.start, tally.end)).toBe(tally.text);
    expect(tally.sources.length).toBeGreaterThan(0);
    expect(j.claims.find((c: { kind: string }) => c.kind === 'characterisation').verdict).toBe('contested');
  });

  it('--format claimreview gives schema.org ClaimReview JSON-LD, no rating number for contested', async () => {
    const r = await cli(
      ['claims', '-', '--format', 'claimreview', '--record', record, '--date', '2022-12-10'],
      'Congress removed Pedro Castillo by 110 votes in favour, 6 against. It was a coup.',
    );
    const j = JSON.parse(r.out);
    expect(j['@context']).toBe('https://schema.org');
    const reviews = j['@graph'] as {
      '@type': string;
      reviewRating: { ratingValue?: number; alternateName: string };
    }[];
    expect(reviews.every((x) => x['@type'] === 'ClaimReview')).toBe(true);
    expect(
      reviews.some((x) => x.reviewRating.alternateName === 'Inaccurate' && x.reviewRating.ratingValue === 1),
    ).toBe(true);
    const contested = reviews.find((x) => x.reviewRating.alternateName === 'Contested')!;
    expect(contested.reviewRating.ratingValue).toBeUndefined();
  });

  it('reads a folder as a corpus and prints a summary table on stderr', async () => {
    const r = await cli(['claims', articles, '--record', record]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/file\s+date\s+lang\s+claims\s+accurate/);
    expect(r.err).toContain('es-vacancia.md');
    expect(r.out).toMatch(/\[ACCURATE\]/);
  });

  it('the text report is in Spanish with --lang es', async () => {
    const r = await cli(['claims', join(articles, 'es-vacancia.md'), '--lang', 'es', '--record', record]);
    expect(r.out).toMatch(/\[EXACTO\]/);
    expect(r.out).toMatch(/\[DISCUTIBLE\]/);
  });

  it('a dateline is not a claim, but a date inside a sentence stays one', async () => {
    const withDateline = await cli(
      ['claims', '-', '--json', '--record', record],
      'Lima, December 10, 2022\n\nCongress removed Pedro Castillo on December 7.',
    );
    const a = JSON.parse(withDateline.out);
    expect(a.article.date).toBe('2022-12-10');
    expect(a.claims.map((c: { text: string }) => c.text)).toEqual(['December 7']);
    const noDateline = await cli(
      ['claims', '-', '--json', '--record', record],
      'El Congreso vacó a Pedro Castillo el 7 de diciembre de 2022 con 101 votos a favor y 6 en contra.',
    );
    const b = JSON.parse(noDateline.out);
    expect(
      b.claims.some((c: { kind: string; verdict: string }) => c.kind === 'date' && c.verdict === 'accurate'),
    ).toBe(true);
  });

  it('bad options and binary input are clear errors, not stack traces', async () => {
    expect((await cli(['claims', '-', '--format', 'xml'], 'x')).code).toBe(2);
    expect((await cli(['claims', '-', '--date', '2022-02-30'], 'x')).code).toBe(2);
    const bin = await cli(['claims', '-'], 'a\u0000b\u0000c\u0000'.repeat(50));
    expect(bin.code).toBe(2);
    expect(bin.err).toMatch(/NUL/);
    expect(bin.err).not.toMatch(/at .*\.ts:\d+/);
    expect((await cli(['claims', '/nonexistent/file.txt'])).code).toBe(2);
  });
});
