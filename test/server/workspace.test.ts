import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createApp } from '../../src/server/app.js';
import { defaultDbPath, Workspace } from '../../src/server/workspace.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test assertions walk the JSON freely
const json = (r: Response): Promise<any> => r.json();
const fail = (m: string) => {
  throw new Error(`unexpected internal error: ${m}`);
};

describe('workspace API', () => {
  const app = createApp({ webDir: null, workspace: new Workspace(':memory:'), log: fail });
  const call = (method: string, path: string, body?: unknown) =>
    app.request(path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  it('saves, lists, reopens, updates and deletes a scenario', async () => {
    const data = {
      date: '2022-12-07',
      action: { kind: 'vacancy.vote', tally: { for: 80, against: 30, abstain: 5 } },
    };
    const created = await call('POST', '/api/workspace/scenarios', { title: 'Castillo with 80', data });
    expect(created.status).toBe(201);
    const { id } = await json(created);
    const list = await json(await call('GET', '/api/workspace/scenarios'));
    expect(list.items.map((i: { id: string }) => i.id)).toContain(id);
    expect((await json(await call('GET', `/api/workspace/scenarios/${id}`))).data).toEqual(data);
    const updated = await call('PUT', `/api/workspace/scenarios/${id}`, {
      title: 'renamed',
      data: { ...data, date: '2022-12-08' },
    });
    expect((await json(updated)).title).toBe('renamed');
    expect((await call('GET', `/api/workspace/articles/${id}`)).status).toBe(404);
    expect((await call('DELETE', `/api/workspace/scenarios/${id}`)).status).toBe(204);
    expect((await call('GET', `/api/workspace/scenarios/${id}?lang=es`)).status).toBe(404);
  });

  it('refuses an empty title or missing data with 422', async () => {
    const res = await call('POST', '/api/workspace/articles?lang=es', { title: '  ' });
    expect(res.status).toBe(422);
    const body = await json(res);
    expect(body.error.issues.map((i: { field: string }) => i.field).sort()).toEqual(['data', 'title']);
  });

  it('exports and imports the whole workspace as JSON (round trip)', async () => {
    await call('POST', '/api/workspace/articles', { title: 'An article', data: { text: '<b>87 votos</b>' } });
    const exported = await json(await call('GET', '/api/workspace/export'));
    expect(exported.format).toBe('contrapeso-workspace');
    const other = createApp({ webDir: null, workspace: new Workspace(':memory:'), log: fail });
    const imp = await other.request('/api/workspace/import', {
      method: 'POST',
      body: JSON.stringify(exported),
    });
    expect(await json(imp)).toEqual({ imported: exported.items.length });
    const again = await json(await other.request('/api/workspace/export'));
    expect(again).toEqual(exported);
  });

  it('answers 503 when the server runs without a database', async () => {
    const bare = createApp({ webDir: null, log: fail });
    expect((await bare.request('/api/workspace/scenarios')).status).toBe(503);
  });

  it('puts the default database under the user data directory, or where CONTRAPESO_DB says', () => {
    expect(defaultDbPath({ CONTRAPESO_DB: '/x/y.sqlite' })).toBe('/x/y.sqlite');
    if (process.platform === 'linux')
      expect(defaultDbPath({ XDG_DATA_HOME: '/data' })).toBe('/data/contrapeso/workspace.sqlite');
  });
});

describe('a save interrupted by kill -9', () => {
  it('keeps every committed save, loses no earlier one, and leaves no half-written import', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-kill-'));
    const db = join(dir, 'workspace.sqlite');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, 'fixtures', 'writer.ts'), db],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const saved: string[] = [];
    let buffer = '';
    await new Promise<void>((resolve, reject) => {
      child.on('error', reject);
      child.on('exit', () => reject(new Error('writer exited before it was killed')));
      child.stdout.on('data', (d: Buffer) => {
        buffer += d.toString();
        let nl: number;
        while ((nl = buffer.indexOf('\n')) >= 0) {
          const line = buffer.slice(0, nl);
          buffer = buffer.slice(nl + 1);
          if (line.startsWith('saved ')) saved.push(line.slice(6));
          // The writer is inside the import transaction, having written some of its rows: kill it now.
          if (line === 'importing') {
            child.removeAllListeners('exit');
            child.on('exit', () => resolve());
            child.kill('SIGKILL');
          }
        }
      });
    });
    expect(child.signalCode).toBe('SIGKILL');
    expect(saved.length).toBe(20);

    const check = new Database(db);
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();
    const ws = new Workspace(db);
    const ids = new Set(ws.list('scenario').map((i) => i.id));
    for (const id of saved) expect(ids.has(id)).toBe(true);
    // None of the interrupted import's rows survived: all or nothing.
    expect(ws.list('article')).toEqual([]);
    // And the database still takes new saves.
    const after = ws.create('scenario', { title: 'after', data: { ok: true } });
    expect(ws.get('scenario', after.id).data).toEqual({ ok: true });
    ws.close();
  });
});
