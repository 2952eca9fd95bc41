import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';

/** The package root (where package.json lives), whether running from `src/` (tsx) or `dist/` (built). */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    dir = dirname(dir);
  }
  throw new Error('contrapeso: package root not found');
}

export function embeddedDataDir(): string {
  return join(packageRoot(), 'data', 'peru');
}
