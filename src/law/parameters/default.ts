/**
 * The embedded parameters: from the JSON bundle that `npm run build` writes next to the compiled code
 * (fast cold start), else from the YAML sources (development, tests).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { embeddedDataDir, packageRoot } from '../../lib/paths.js';
import { loadParameters } from './load.js';
import { ParameterSet, type Parameter } from './parameters.js';

export const PARAMETER_BUNDLE = 'dist/data/parameters.json';

let cached: ParameterSet | undefined;

export function defaultParameters(): ParameterSet {
  if (cached) return cached;
  const bundle = join(packageRoot(), PARAMETER_BUNDLE);
  const fromSource = import.meta.url.endsWith('.ts');
  cached =
    !fromSource && existsSync(bundle)
      ? new ParameterSet(JSON.parse(readFileSync(bundle, 'utf8')) as Parameter[])
      : loadParameters(join(embeddedDataDir(), 'parameters'));
  return cached;
}
