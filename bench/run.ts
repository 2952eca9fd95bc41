/**
 * Runs every benchmark in bench/ (files named *.bench.ts whose default export returns report lines), or
 * only those whose name contains an argument: `npm run bench`, `npm run bench -- evaluate`.
 * Every figure is reported as a ratio to a baseline measured in the same process run.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = import.meta.dirname;
const filters = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !filters.length || filters.some((x) => f.includes(x)))
  .sort();
for (const f of files) {
  const mod = (await import(join(dir, f))) as { default: () => Promise<string[]> };
  console.log(`\n## ${f.replace('.bench.ts', '')}`);
  for (const line of await mod.default()) console.log(line);
}
