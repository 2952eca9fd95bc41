/**
 * The workspace: saved what-if scenarios and checked articles, in an embedded SQLite database
 * (better-sqlite3). WAL journal with synchronous=FULL: each save is one transaction, so a process killed
 * at any instant (kill -9) leaves every committed save on disk and no half-written one. Imports run in a
 * single transaction: all items or none.
 *
 * Where the file lives by default: `$CONTRAPESO_DB`, else `$XDG_DATA_HOME/contrapeso/workspace.sqlite`
 * (`~/.local/share/contrapeso/workspace.sqlite` on Linux, `~/Library/Application Support/contrapeso/…`
 * on macOS, `%APPDATA%\contrapeso\…` on Windows); `contrapeso serve --db PATH` chooses another.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { ApiError } from './errors.js';

export { defaultDbPath } from './db-path.js';

export const ITEM_KINDS = ['scenario', 'article'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export interface WorkspaceItem {
  id: string;
  kind: ItemKind;
  title: string;
  /** The scenario (what-if input) or the article (text + options + result), as JSON. */
  data: unknown;
  created: string;
  updated: string;
}

export type ItemSummary = Omit<WorkspaceItem, 'data'>;

const MAX_TITLE = 300;

export const itemInputSchema = z.strictObject({
  title: z.string().trim().min(1, 'must not be empty').max(MAX_TITLE, `at most ${MAX_TITLE} characters`),
  data: z.unknown().refine((d) => d !== undefined, { message: 'is required' }),
});

export const exportSchema = z.strictObject({
  format: z.literal('contrapeso-workspace'),
  version: z.literal(1),
  items: z.array(
    z.strictObject({
      id: z.string().min(1).max(100),
      kind: z.enum(ITEM_KINDS),
      title: z.string().min(1).max(MAX_TITLE),
      data: z.unknown(),
      created: z.string().min(1).max(40),
      updated: z.string().min(1).max(40),
    }),
  ),
});
export type WorkspaceExport = z.infer<typeof exportSchema>;

function notFound(kind: string, id: string): ApiError {
  return new ApiError(
    404,
    'not_found',
    `no saved ${kind} with id ${id}`,
    `no hay ${kind === 'scenario' ? 'escenario' : 'artículo'} guardado con id ${id}`,
  );
}

export class Workspace {
  readonly db: Database.Database;
  readonly path: string;

  constructor(path: string) {
    this.path = path;
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS items (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('scenario', 'article')),
        title TEXT NOT NULL,
        data TEXT NOT NULL,
        created TEXT NOT NULL,
        updated TEXT NOT NULL
      );
      CREATE INDEX IF NOT EXISTS items_kind_updated ON items(kind, updated DESC);
    `);
  }

  list(kind: ItemKind): ItemSummary[] {
    return this.db
      .prepare('SELECT id, kind, title, created, updated FROM items WHERE kind = ? ORDER BY updated DESC, id')
      .all(kind) as ItemSummary[];
  }

  get(kind: ItemKind, id: string): WorkspaceItem {
    const row = this.db.prepare('SELECT * FROM items WHERE kind = ? AND id = ?').get(kind, id) as
      (Omit<WorkspaceItem, 'data'> & { data: string }) | undefined;
    if (!row) throw notFound(kind, id);
    return { ...row, data: JSON.parse(row.data) };
  }

  create(kind: ItemKind, input: { title: string; data: unknown }): WorkspaceItem {
    const now = new Date().toISOString();
    const item: WorkspaceItem = {
      id: randomUUID(),
      kind,
      title: input.title,
      data: input.data,
      created: now,
      updated: now,
    };
    this.db
      .prepare('INSERT INTO items (id, kind, title, data, created, updated) VALUES (?, ?, ?, ?, ?, ?)')
      .run(item.id, kind, item.title, JSON.stringify(item.data), now, now);
    return item;
  }

  update(kind: ItemKind, id: string, input: { title: string; data: unknown }): WorkspaceItem {
    const now = new Date().toISOString();
    const r = this.db
      .prepare('UPDATE items SET title = ?, data = ?, updated = ? WHERE kind = ? AND id = ?')
      .run(input.title, JSON.stringify(input.data), now, kind, id);
    if (r.changes === 0) throw notFound(kind, id);
    return this.get(kind, id);
  }

  delete(kind: ItemKind, id: string): void {
    const r = this.db.prepare('DELETE FROM items WHERE kind = ? AND id = ?').run(kind, id);
    if (r.changes === 0) throw notFound(kind, id);
  }

  export(): WorkspaceExport {
    const rows = this.db.prepare('SELECT * FROM items ORDER BY created, id').all() as (Omit<
      WorkspaceItem,
      'data'
    > & {
      data: string;
    })[];
    return {
      format: 'contrapeso-workspace',
      version: 1,
      items: rows.map((r) => ({ ...r, data: JSON.parse(r.data) as unknown })),
    };
  }

  /**
   * Imports every item in one transaction (an item with an existing id replaces it). `onItem` runs inside
   * the transaction after each row: tests use it to kill the process mid-import.
   */
  import(data: WorkspaceExport, onItem?: (index: number) => void): { imported: number } {
    const stmt = this.db.prepare(
      `INSERT INTO items (id, kind, title, data, created, updated) VALUES (@id, @kind, @title, @data, @created, @updated)
       ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, title = excluded.title, data = excluded.data,
         created = excluded.created, updated = excluded.updated`,
    );
    const run = this.db.transaction((items: WorkspaceExport['items']) => {
      items.forEach((it, i) => {
        stmt.run({ ...it, data: JSON.stringify(it.data ?? null) });
        onItem?.(i);
      });
    });
    run(data.items);
    return { imported: data.items.length };
  }

  close(): void {
    this.db.close();
  }
}
