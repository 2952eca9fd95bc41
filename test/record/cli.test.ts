import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCliCaptured } from '../../src/cli/capture.js';

const cli = (argv: string[]) => runCliCaptured(argv);

describe('contrapeso state / replay / export', () => {
  it('state --date 2020-11-12 --json names Merino and says how far the record reaches', async () => {
    const r = await cli(['state', '--date', '2020-11-12', '--json']);
    expect(r.code).toBe(0);
    const o = JSON.parse(r.out);
    expect(o.state.offices.president).toBe('manuel-merino');
    expect(o.coverage.latestEvent).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('state renders a readable view in Spanish', async () => {
    const r = await cli(['state', '--date', '2020-11-12', '--lang', 'es']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Presidente de la República\s+Manuel Merino/);
    expect(r.out).toMatch(/El registro llega hasta/);
  });

  it('state refuses an impossible date with a clear error and exit 2', async () => {
    const r = await cli(['state', '--date', '2021-02-30']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/invalid_date/);
  });

  it('replay --from/--to --json lists the day’s events with verdicts', async () => {
    const r = await cli(['replay', '--from', '2022-12-07', '--to', '2022-12-07', '--json']);
    expect(r.code).toBe(0);
    const o = JSON.parse(r.out);
    expect(o.entries.map((e: { kind: string }) => e.kind)).toContain('vacancy.vote');
    expect(o.summary.unexplained).toBe(0);
  });

  it('replay --diff lists the 2019 dissolution under confidence.factual-denial=rejected', async () => {
    const r = await cli(['replay', '--diff', 'confidence.factual-denial=rejected']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/2019-09-30\s+\S*dissol\S*/);
  });

  it('replay refuses an unknown interpretation', async () => {
    const r = await cli(['replay', '--interpretation', 'nope=1']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown_interpretation/);
  });

  it('export popolo writes Popolo JSON', async () => {
    const r = await cli(['export', 'popolo']);
    expect(r.code).toBe(0);
    const p = JSON.parse(r.out);
    for (const k of ['persons', 'organizations', 'memberships', 'motions', 'vote_events', 'counts'])
      expect(Array.isArray(p[k])).toBe(true);
  });

  it('--data DIR merges a user folder and reports its problems with file and line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'contrapeso-cli-'));
    mkdirSync(join(dir, 'events'));
    writeFileSync(
      join(dir, 'events', '2023.yaml'),
      '- id: 2023-03-01-vacancy-file-test\n  date: 2023-03-01\n  kind: vacancy.file\n  target: nobody-known\n  outcome: done\n  sources: [https://example.org/x]\n',
    );
    const r = await cli(['state', '--date', '2023-03-02', '--data', dir]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/2023\.yaml:line 4: unknown_reference/);
  });
});
