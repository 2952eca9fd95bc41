/**
 * Saved scenarios and checked articles (the workspace): list, open, save, update, delete, export and
 * import as JSON. Without a database the routes answer 503 with a clear message.
 */
import type { Context, Hono } from 'hono';
import { InputError, issue } from '../../lib/issues.js';
import { readJsonBody } from '../body.js';
import type { AppEnv } from '../context.js';
import { ApiError } from '../errors.js';
import { parseWith } from '../parse.js';
import type { Operation } from '../openapi.js';
import { exportSchema, itemInputSchema, type ItemKind, type Workspace } from '../workspace.js';

/** The workspace import may be larger than an ordinary request. */
export const MAX_IMPORT_BYTES = 20_000_000;

function ws(c: Context<AppEnv>): Workspace {
  const w = c.get('workspace');
  if (!w)
    throw new ApiError(
      503,
      'no_workspace',
      'this server runs without a workspace database',
      'este servidor no tiene base de datos de trabajo',
    );
  return w;
}

function idParam(c: Context<AppEnv>): string {
  const id = c.req.param('id') ?? '';
  if (!/^[A-Za-z0-9._-]{1,100}$/.test(id))
    throw new InputError([
      issue('invalid_value', 'id: not a valid item id', 'id: no es un id válido', { field: 'id' }),
    ]);
  return id;
}

export function registerWorkspace(app: Hono<AppEnv>): void {
  for (const [kind, plural] of [
    ['scenario', 'scenarios'],
    ['article', 'articles'],
  ] as [ItemKind, string][]) {
    app.get(`/api/workspace/${plural}`, (c) => c.json({ items: ws(c).list(kind) }));
    app.post(`/api/workspace/${plural}`, async (c) => {
      const body = parseWith(itemInputSchema, await readJsonBody(c, c.get('maxBody')));
      return c.json(ws(c).create(kind, body), 201);
    });
    app.get(`/api/workspace/${plural}/:id`, (c) => c.json(ws(c).get(kind, idParam(c))));
    app.put(`/api/workspace/${plural}/:id`, async (c) => {
      const id = idParam(c);
      const body = parseWith(itemInputSchema, await readJsonBody(c, c.get('maxBody')));
      return c.json(ws(c).update(kind, id, body));
    });
    app.delete(`/api/workspace/${plural}/:id`, (c) => {
      ws(c).delete(kind, idParam(c));
      return c.body(null, 204);
    });
  }
  app.get('/api/workspace/export', (c) => {
    c.header('content-disposition', 'attachment; filename="contrapeso-workspace.json"');
    return c.json(ws(c).export());
  });
  app.post('/api/workspace/import', async (c) => {
    const w = ws(c);
    const data = parseWith(exportSchema, await readJsonBody(c, MAX_IMPORT_BYTES));
    return c.json(w.import(data));
  });
}

const idPath = {
  name: 'id',
  in: 'path' as const,
  required: true,
  description: 'item id',
  schema: { type: 'string' },
};
export const workspaceOps: Operation[] = [
  ...(['scenarios', 'articles'] as const).flatMap((plural): Operation[] => [
    { method: 'get', path: `/api/workspace/${plural}`, tag: 'workspace', summary: `List saved ${plural}` },
    {
      method: 'post',
      path: `/api/workspace/${plural}`,
      tag: 'workspace',
      summary: `Save a new ${plural.slice(0, -1)}`,
      body: itemInputSchema,
      responses: { '201': 'saved' },
    },
    {
      method: 'get',
      path: `/api/workspace/${plural}/:id`,
      tag: 'workspace',
      summary: `Open a saved ${plural.slice(0, -1)}`,
      params: [idPath],
      responses: { '200': 'the item', '404': 'no such item' },
    },
    {
      method: 'put',
      path: `/api/workspace/${plural}/:id`,
      tag: 'workspace',
      summary: `Update a saved ${plural.slice(0, -1)}`,
      params: [idPath],
      body: itemInputSchema,
      responses: { '200': 'updated', '404': 'no such item' },
    },
    {
      method: 'delete',
      path: `/api/workspace/${plural}/:id`,
      tag: 'workspace',
      summary: `Delete a saved ${plural.slice(0, -1)}`,
      params: [idPath],
      responses: { '204': 'deleted', '404': 'no such item' },
    },
  ]),
  {
    method: 'get',
    path: '/api/workspace/export',
    tag: 'workspace',
    summary: 'Export the whole workspace as JSON',
  },
  {
    method: 'post',
    path: '/api/workspace/import',
    tag: 'workspace',
    summary: 'Import an exported workspace (one transaction: all or nothing)',
    body: exportSchema,
  },
];
