/**
 * Hostile and odd input: scripts, event handlers, enormous lines, binary junk, wrong encodings, 50 MB.
 * Each gives a clear InputError or a safe result; nothing is executed, nothing hangs (linear scans).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkArticle } from '../../src/claims/index.js';
import { decodeBytes, detectLang, prepareInput, stripHtml, toOriginal } from '../../src/claims/input.js';
import { CHARACTERISATION_LABELS } from '../../src/claims/extract/claims.js';
import { loadClaimsRecord } from '../../src/claims/record.js';
import { InputError } from '../../src/lib/issues.js';
import { join } from 'node:path';

const record = loadClaimsRecord(join(import.meta.dirname, 'fixtures', 'record'));

describe('input handling', () => {
  it('drops script, style and comments, keeps text, maps offsets back to the original', () => {
    const html =
      '<p onclick="x()">A <b>vote</b> &amp; 101 votes in favour</p><script>var s="<p>87 votes</p>"</script><!-- 75 votes to 48 -->';
    const p = prepareInput(html, { format: 'html' });
    expect(p.text).not.toMatch(/87|75|var|onclick/);
    expect(p.text).toContain('A vote & 101 votes in favour');
    const at = p.text.indexOf('101');
    const [s, e] = toOriginal(p, at, at + 3);
    expect(html.slice(s, e)).toBe('101');
  });

  it('an unclosed script swallows the rest instead of leaking it', () => {
    expect(stripHtml('ok<script>alert(1) 101 votes in favour, 6 against').text).toBe('ok ');
  });

  it('a quoted ">" inside an attribute does not end the tag', () => {
    expect(stripHtml('<a title="x > y" href="#">link</a>').text).toBe('link');
  });

  it('refuses binary junk and NUL bytes with a clear error', () => {
    const junk = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect(() => checkArticle(junk, { record })).toThrow(InputError);
    expect(() => checkArticle('text\u0000'.repeat(100), { record })).toThrow(/NUL/);
  });

  it('reads windows-1252 and UTF-16 with a warning instead of failing', () => {
    const latin = new Uint8Array([
      ...Buffer.from('El Congreso vot', 'latin1'),
      0xf3,
      ...Buffer.from(' el 7 de diciembre de 2022.', 'latin1'),
    ]);
    const d = decodeBytes(latin);
    expect(d.text).toContain('votó');
    expect(d.warnings.join()).toMatch(/windows-1252/);
    const u16 = new Uint8Array([0xff, 0xfe, ...Buffer.from('Congreso', 'utf16le')]);
    expect(decodeBytes(u16).text).toBe('Congreso');
  });

  it('refuses input over the size limit', () => {
    expect(() => prepareInput('x'.repeat(1000), { maxBytes: 100 })).toThrow(InputError);
  });

  it('prepares a 50 MB article and enormous single lines in linear time', () => {
    const sentence =
      '<p>Congress voted 101 in favour, 6 against on December 7, 2022 in what critics call a coup.</p> ';
    const big = sentence.repeat(Math.ceil((50 * 1024 * 1024) / sentence.length));
    const p = prepareInput(big, { format: 'html' });
    expect(p.text.length).toBeGreaterThan(40 * 1024 * 1024);
    const oneLine = '<p>' + 'a'.repeat(5_000_000) + ' [[[[(((' + '<'.repeat(100_000) + '&#'.repeat(100_000);
    expect(() => checkArticle(oneLine, { record, format: 'html' })).not.toThrow();
    const md = '['.repeat(200_000) + '*_'.repeat(200_000);
    expect(() => checkArticle(md, { record, format: 'markdown' })).not.toThrow();
  }, 120_000);

  it('checks a 2 MB article end to end', () => {
    const sentence =
      'Congress voted 101 in favour, 6 against on December 7, 2022 in what critics call a coup. ';
    const r = checkArticle(sentence.repeat(Math.ceil((2 * 1024 * 1024) / sentence.length)), {
      record,
      date: '2022-12-10',
    });
    expect(r.claims.length).toBeGreaterThan(1000);
  }, 120_000);

  it('detects Spanish and English', () => {
    expect(detectLang('El Congreso aprobó la vacancia del presidente con los votos de la mayoría.')).toBe(
      'es',
    );
    expect(detectLang('Congress approved the removal of the president with the votes of the majority.')).toBe(
      'en',
    );
  });

  it('rejects a malformed --date', () => {
    expect(() => checkArticle('text', { record, date: '2022-13-45' })).toThrow(InputError);
  });
});

describe('arbitrary input', () => {
  it('random bytes, strings and markup give a report or an InputError, never another exception', () => {
    const markup = fc.constantFrom(
      '<script>',
      '</script>',
      '<p onclick="x()">',
      '&amp;',
      '&#x',
      '[a](',
      '**',
      '<!--',
      '\u0000',
      '\uFFFD',
      '101 votes in favour, 6 against',
      'golpe',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 2000 }),
          fc.string({ maxLength: 500 }),
          fc
            .array(fc.oneof(markup, fc.string({ maxLength: 20 })), { maxLength: 40 })
            .map((xs) => xs.join('')),
        ),
        fc.constantFrom<'text' | 'html' | 'markdown' | undefined>('text', 'html', 'markdown', undefined),
        (input, format) => {
          try {
            const r = checkArticle(input, { record, format, date: '2022-12-20' });
            const original = typeof input === 'string' ? input : null;
            for (const c of r.claims) {
              expect(c.start).toBeLessThanOrEqual(c.end);
              if (original !== null) expect(original.slice(c.start, c.end)).toBe(c.text);
            }
          } catch (e) {
            expect(e).toBeInstanceOf(InputError);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('characterisations are never true or false', () => {
  const words = CHARACTERISATION_LABELS.flatMap(([label]) => [label]).concat([
    'coup',
    'golpe de Estado',
    'usurper',
    'usurpadora',
    'illegitimate',
    'ilegítimo',
    'dictatorship',
    'dictadura',
    'fraud',
    'fraude',
    'regime',
    'self-coup',
    'autogolpe',
  ]);
  const filler = fc.constantFrom(
    'Congress voted 101 in favour, 6 against',
    'el 7 de diciembre de 2022',
    'two-thirds of Congress, 87 votes, were needed',
    'Pedro Castillo',
    'Dina Boluarte',
    'over 70 people died',
    'rejected by 75 votes to 48',
    'se necesitaban 87 votos',
    'the',
    'y',
  );
  it('holds for generated sentences', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(filler, fc.constantFrom(...words), fc.string({ maxLength: 12 })), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.constantFrom(...words),
        (parts, w) => {
          const text = [...parts, w].join(' ') + '.';
          const r = checkArticle(text, { record, date: '2022-12-20', format: 'text' });
          for (const c of r.claims) {
            if (c.kind === 'characterisation') expect(c.verdict).toBe('contested');
            else expect(c.verdict).not.toBe('contested');
          }
          expect(r.claims.some((c) => c.kind === 'characterisation')).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
