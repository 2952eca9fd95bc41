/**
 * The embedded record: from the JSON bundle that `npm run build` writes (validated at build time; fast
 * cold start), else from the YAML in data/peru (development, tests). With a user's folder (`--data DIR`)
 * both are read from YAML and validated together, so every problem names its file and line.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { embeddedDataDir, packageRoot } from '../lib/paths.js';
import { layerFromFolder, loadRecordOrThrow } from './load.js';
import type { PeruRecord } from './types.js';

export const RECORD_BUNDLE = 'dist/data/record.json';

let cached: PeruRecord | undefined;

export function embeddedRecord(): PeruRecord {
  if (cached) return cached;
  const bundle = join(packageRoot(), RECORD_BUNDLE);
  const fromSource = import.meta.url.endsWith('.ts');
  cached =
    !fromSource && existsSync(bundle)
      ? (JSON.parse(readFileSync(bundle, 'utf8')) as PeruRecord)
      : loadRecordOrThrow([layerFromFolder(embeddedDataDir(), 'data/peru')]);
  return cached;
}

/** The embedded record, or the embedded record with a user's folder merged over it. */
export function recordFor(dataDir?: string): PeruRecord {
  if (!dataDir) return embeddedRecord();
  return loadRecordOrThrow([layerFromFolder(embeddedDataDir(), 'data/peru'), layerFromFolder(dataDir)]);
}
