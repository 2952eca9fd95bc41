import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCliCaptured } from './capture.js';

const cli = (argv: string[], stdin = '') => runCliCaptured(argv, stdin);

const castillo = JSON.stringify({
  date: '2022-12-07',
  action: { kind: 'vacancy.vote', tally: { for: 101, against: 6, abstain: 10 } },
});

describe('contrapeso evaluate', () => {
  it('prints the verdict as JSON with the DESIGN fields', async () => {
    const r = await cli(['evaluate', '-', '--json'], castillo);
    expect(r.code).toBe(0);
    const v = JSON.parse(r.out);
    expect(v).toMatchObject({
      kind: 'vacancy.vote',
      date: '2022-12-07',
      permitted: true,
      passed: true,
      required: 87,
      base: 'legal',
      baseCount: 130,
      margin: 14,
    });
  });
  it('reads a file argument and prints a readable table, in Spanish on request', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    const file = join(dir, 'in.json');
    writeFileSync(file, castillo);
    const r = await cli(['evaluate', file, '--lang', 'es']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/procede\s+sí/);
    expect(r.out).toMatch(/2\/3 × 130 = 86\.67 → 87/);
    expect(r.out).toMatch(/Fuentes:/);
  });
  it('exits 0 on a failed vote', async () => {
    const r = await cli(
      ['evaluate', '--json'],
      JSON.stringify({
        date: '2017-12-21',
        action: { kind: 'vacancy.vote', tally: { for: 79, against: 19, abstain: 21 } },
      }),
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ passed: false, margin: -8 });
  });
  it.each([
    [{ date: '2022-12-07', action: { kind: 'nope' } }, /unknown_kind.*known kinds/],
    [{ date: '2022-02-30', action: { kind: 'vacancy.vote' } }, /invalid_date/],
    [{ date: '1990-01-01', action: { kind: 'vacancy.vote' } }, /date_out_of_range/],
    [
      { date: '2022-12-07', action: { kind: 'vacancy.vote', tally: { for: 200, against: 0, abstain: 0 } } },
      /tally_exceeds_chamber/,
    ],
    [
      { date: '2022-12-07', action: { kind: 'vacancy.vote', tally: { for: -3, against: 0, abstain: 0 } } },
      /negative_count/,
    ],
  ])('refuses bad input with a clear message and exit 2 (%#)', async (input, pattern) => {
    const r = await cli(['evaluate'], JSON.stringify(input));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(pattern);
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
  });
  it('refuses malformed JSON naming the line', async () => {
    const r = await cli(['evaluate'], '{\n  "date": "2022-12-07",\n  "action": {kind: 1}\n}');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/line 3: invalid_json/);
  });
  it('refuses a missing file clearly', async () => {
    const r = await cli(['evaluate', '/no/such/file.json']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/cannot read \/no\/such\/file\.json/);
  });
  it('errors as JSON with --json', async () => {
    const r = await cli(
      ['evaluate', '--json'],
      JSON.stringify({ date: 'x', action: { kind: 'vacancy.vote' } }),
    );
    expect(r.code).toBe(2);
    expect(JSON.parse(r.err).error.issues[0].code).toBe('invalid_date');
  });
});

describe('help', () => {
  it('every command has --help', async () => {
    const top = await cli(['--help']);
    expect(top.code).toBe(0);
    const names = [...top.out.matchAll(/^\s{2}(\w[\w-]*)\b/gm)].map((m) => m[1]!).filter((n) => n !== 'help');
    expect(names).toContain('evaluate');
    for (const name of names) {
      const r = await cli([name, '--help']);
      expect(r.code, name).toBe(0);
      expect(r.out, name).toMatch(/--json/);
    }
  });
  it('an unknown command is an error', async () => {
    expect((await cli(['frobnicate'])).code).toBe(2);
  });
});
