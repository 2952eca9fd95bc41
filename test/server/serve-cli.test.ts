import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { packageRoot } from '../../src/lib/paths.js';

const MAIN = join(packageRoot(), 'src', 'cli', 'main.ts');

describe('contrapeso serve', () => {
  it('serves the API on loopback, creates its workspace database, and stops cleanly on SIGTERM', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'cp-serve-')), 'ws.sqlite');
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'serve', '--port', '0', '--db', db], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.on('exit', (code) => reject(new Error(`serve exited early with ${code}`)));
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /serving on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
        if (m) resolve(m[1]!);
      });
    });
    child.removeAllListeners('exit');
    const health = await fetch(`${url}api/health`);
    expect(await health.json()).toEqual({ ok: true });
    const saved = await fetch(`${url}api/workspace/scenarios`, {
      method: 'POST',
      body: JSON.stringify({ title: 't', data: { x: 1 } }),
    });
    expect(saved.status).toBe(201);
    expect(existsSync(db)).toBe(true);
    const exit = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  });

  it('refuses a port that is not a port, with exit code 2', async () => {
    const err: string[] = [];
    const code = await runCli(['serve', '--port', 'http'], {
      out: () => undefined,
      err: (t) => err.push(t),
      readStdin: async () => '',
    });
    expect(code).toBe(2);
    expect(err.join('')).toMatch(/--port must be a whole number/);
  });
});
