// Builds web/dist with vite, starts `contrapeso serve`'s server in-process on a free port with a fresh
// workspace database, and hands its URL to the tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { startServer, type RunningServer } from '../../src/server/node.js';
import { packageRoot } from '../../src/lib/paths.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: RunningServer | undefined;
let dir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  await build({ configFile: join(packageRoot(), 'web', 'vite.config.ts'), logLevel: 'warn' });
  dir = mkdtempSync(join(tmpdir(), 'cp-e2e-'));
  server = await startServer({
    port: 0,
    host: '127.0.0.1',
    db: join(dir, 'workspace.sqlite'),
    log: (m) => console.error(m),
  });
  project.provide('baseUrl', server.url);
}

export async function teardown(): Promise<void> {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
}
