// Writes the embedded data as JSON next to the compiled code, so the CLI starts without parsing YAML.
// Run after `tsc -p tsconfig.build.json` (npm run build). Validation is the same as at run time: a
// broken data file fails the build with file, line and field.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadParameters } from '../dist/law/parameters/load.js';
import { embeddedDataDir, packageRoot } from '../dist/lib/paths.js';
import { layerFromFolder, loadRecordOrThrow } from '../dist/record/load.js';

const out = join(packageRoot(), 'dist', 'data');
mkdirSync(out, { recursive: true });
try {
  const params = loadParameters(join(embeddedDataDir(), 'parameters'));
  writeFileSync(join(out, 'parameters.json'), JSON.stringify(params.toJSON()));
  console.log(`bundled ${params.byKey.size} parameters → dist/data/parameters.json`);
  // The record, validated against these parameters (tallies within the chamber) exactly as at run time.
  const record = loadRecordOrThrow([layerFromFolder(embeddedDataDir(), 'data/peru')], { params });
  writeFileSync(join(out, 'record.json'), JSON.stringify(record));
  console.log(
    `bundled the record (${record.events.length} events to ${record.coverage.latestEvent}) → dist/data/record.json`,
  );
} catch (e) {
  console.error(e.format ? e.format() : e);
  process.exit(1);
}
