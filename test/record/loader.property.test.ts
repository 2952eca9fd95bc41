import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { join } from 'node:path';
import { loadLayers, readDataFolder } from '../../src/record/load.js';

const BASIC = join(import.meta.dirname, 'fixtures', 'basic');
const base = readDataFolder(BASIC, 'basic');
const FILES = [
  'persons.yaml',
  'organizations.yaml',
  'memberships.yaml',
  'compositions.yaml',
  'events/2017.yaml',
];

/** The loader never throws on any file content: it returns issues, each with a code, a file and es/en text. */
describe('record loader robustness (property)', () => {
  it('arbitrary text in any data file gives issues, never an exception', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FILES), fc.string({ maxLength: 400 }), (as, text) => {
        const files = base
          .filter((f) => f.path !== join('basic', as))
          .concat({ path: join('basic', as), text });
        const { issues } = loadLayers([{ label: 'basic', files }]);
        for (const i of issues) {
          expect(i.code).toMatch(/^[a-z_]+$/);
          expect(i.file).toBeTruthy();
          expect(i.message.en && i.message.es).toBeTruthy();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('deleting or corrupting any one line of a valid file never throws', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...base),
        fc.nat(),
        fc.constantFrom('', '  foo: bar', '- id: X', 'tally: {for: -1}', '  date: 2021-02-30', ':'),
        (file, n, replacement) => {
          const lines = file.text.split('\n');
          lines[n % lines.length] = replacement;
          const files = base.map((f) => (f === file ? { ...f, text: lines.join('\n') } : f));
          const { issues, record } = loadLayers([{ label: 'basic', files }]);
          expect(Array.isArray(issues)).toBe(true);
          expect(Array.isArray(record.events)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
