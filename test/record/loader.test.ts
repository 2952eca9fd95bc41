import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatIssue } from '../../src/lib/issues.js';
import { embeddedDataDir } from '../../src/lib/paths.js';
import { layerFromFolder, loadLayers, readDataFolder } from '../../src/record/load.js';
import { recordFor } from '../../src/record/default.js';

const here = import.meta.dirname;
const BASIC = join(here, 'fixtures', 'basic');
const FAULTS = join(here, 'faults');

/** The basic fixture with one file replaced (or added) by a fault file's text. */
function withFile(as: string, text: string) {
  const files = readDataFolder(BASIC, 'basic').filter((f) => f.path !== join('basic', as));
  files.push({ path: join('basic', as), text });
  return loadLayers([{ label: 'basic', files }]);
}

describe('record loader', () => {
  it('loads the basic fixture with no problems', () => {
    const { issues, record } = loadLayers([layerFromFolder(BASIC, 'basic')]);
    expect(issues.map((i) => formatIssue(i))).toEqual([]);
    expect(record.events.length).toBeGreaterThan(5);
    expect(record.coverage.latestEvent).toBe('2022-12-07');
  });

  it('loads the whole embedded record with zero problems', () => {
    const { issues } = loadLayers([layerFromFolder(embeddedDataDir(), 'data/peru')]);
    expect(issues.map((i) => formatIssue(i))).toEqual([]);
  });

  const faults = readdirSync(FAULTS).filter((f) => f.endsWith('.yaml'));
  it('has a seeded-fault corpus of at least 30 files', () => {
    expect(faults.length).toBeGreaterThanOrEqual(30);
  });

  for (const name of faults) {
    it(`catches ${name} with its code and line`, () => {
      const text = readFileSync(join(FAULTS, name), 'utf8');
      const as = /# as: (\S+)/.exec(text)?.[1];
      const lines = text.split('\n');
      const line = lines.findIndex((l) => /# expect: /.test(l)) + 1;
      const code = /# expect: (\w+)/.exec(text)?.[1];
      expect(as && code && line > 0, `${name} names its file and expected code`).toBeTruthy();
      const { issues } = withFile(as!, text);
      const found = issues.filter((i) => i.code === code && i.file === join('basic', as!));
      expect(
        found.map((i) => i.line),
        `${name}: expected ${code} at line ${line}; got ${issues.map((i) => formatIssue(i)).join(' | ')}`,
      ).toContain(line);
      for (const i of found) {
        expect(i.message.en.length).toBeGreaterThan(0);
        expect(i.message.es.length).toBeGreaterThan(0);
      }
    });
  }

  it('reports every problem of a file at once', () => {
    const text = [
      '- id: ana',
      '  name: Ana',
      '  colour: red',
      '  sources: [not-a-url]',
      '- id: Bad Id',
      '  name: Bad',
      '  sources: [https://example.org]',
    ].join('\n');
    const { issues } = withFile('persons.yaml', text);
    const codes = issues.map((i) => `${i.code}@${i.line}`);
    expect(codes).toEqual(expect.arrayContaining(['unknown_field@3', 'invalid_url@4', 'invalid_value@5']));
    // The events that now point at persons no longer in persons.yaml are reported too.
    expect(issues.filter((i) => i.code === 'unknown_reference').length).toBeGreaterThan(0);
  });
});

describe('--data DIR: a user folder merged over a base', () => {
  function userDir(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'contrapeso-data-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  }

  it('adds events and overrides items with the same id, listing the overrides', () => {
    const dir = userDir({
      'events/2023.yaml': [
        '- id: 2023-02-01-vacancy-file-boluarte',
        '  date: 2023-02-01',
        '  kind: vacancy.file',
        '  target: dina-boluarte',
        '  outcome: done',
        '  sources: [https://example.org/motion]',
      ].join('\n'),
      'persons.yaml': [
        '- id: dina-boluarte',
        '  name: Dina Ercilia Boluarte Zegarra',
        '  sources: [https://example.org/dina]',
      ].join('\n'),
    });
    const { issues, record } = loadLayers([layerFromFolder(BASIC, 'basic'), layerFromFolder(dir)]);
    expect(issues).toEqual([]);
    expect(record.events.at(-1)!.id).toBe('2023-02-01-vacancy-file-boluarte');
    expect(record.coverage.latestEvent).toBe('2023-02-01');
    expect(record.persons.find((p) => p.id === 'dina-boluarte')!.name).toBe('Dina Ercilia Boluarte Zegarra');
    expect(record.overrides).toEqual([
      expect.objectContaining({ collection: 'persons', id: 'dina-boluarte' }),
    ]);
  });

  it('validates the user folder exactly like the embedded one (file and line in the user folder)', () => {
    const dir = userDir({
      'events/2023.yaml': [
        '- id: 2023-02-01-vacancy-vote-boluarte',
        '  date: 2023-02-01',
        '  kind: vacancy.vote',
        '  target: dina-boluarte',
        '  tally: {for: 200, against: 0, abstain: 0}',
        '  outcome: failed',
        '  sources: [https://example.org/vote]',
      ].join('\n'),
    });
    const { issues } = loadLayers([layerFromFolder(BASIC, 'basic'), layerFromFolder(dir)]);
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'tally_exceeds_chamber',
        file: join(dir, 'events', '2023.yaml'),
        line: 5,
      }),
    ]);
  });

  it('refuses the same id twice within one user folder', () => {
    const p = ['- id: x-person', '  name: X', '  sources: [https://example.org/x]'].join('\n');
    const dir = userDir({ 'persons.yaml': `${p}\n${p}` });
    const { issues } = loadLayers([layerFromFolder(BASIC, 'basic'), layerFromFolder(dir)]);
    expect(issues.map((i) => i.code)).toEqual(['duplicate_id']);
  });

  it('recordFor(dir) merges over the embedded record and throws on problems', () => {
    const dir = userDir({ 'persons.yaml': '- id: x\n  name: X\n  sources: [nope]\n' });
    expect(() => recordFor(dir)).toThrow(/invalid_url/);
  });
});
