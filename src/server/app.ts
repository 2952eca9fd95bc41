/**
 * The HTTP face of contrapeso: a hono app with the JSON API under /api and the built web app at /.
 * It holds no logic of its own: every route calls the functions the CLI calls. `createApp` builds it
 * without listening, so tests drive it in-process with `app.request()`; src/server/node.ts listens.
 */
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from './context.js';
import { ApiError, handleError, type Logger } from './errors.js';
import { negotiateLang } from './lang.js';
import { DEFAULT_MAX_BODY_BYTES } from './body.js';
import { openApiDocument, type Operation } from './openapi.js';
import { lawOps, registerLaw } from './routes/law.js';
import { registerWorkspace, workspaceOps } from './routes/workspace.js';
import { recordOps, registerRecord } from './routes/record.js';
import { registerSimulate, simulateOps } from './routes/simulate.js';
import { claimsOps, registerClaims } from './routes/claims.js';
import { defaultWebDir, loadStatic, notBuiltPage, type StaticFile } from './static.js';
import type { Workspace } from './workspace.js';

export const VERSION = '0.1.0';

export interface AppOptions {
  /** The workspace database; null or absent: the workspace routes answer 503. */
  workspace?: Workspace | null;
  /** Directory of the built web app; null: serve no pages. Default web/dist in the package. */
  webDir?: string | null;
  /** Largest JSON body accepted, in bytes (default 1 MB; workspace imports allow 20 MB). */
  maxBodyBytes?: number;
  /** Where internal errors are logged (default stderr). */
  log?: Logger;
}

/** The Content-Security-Policy of the pages: only our own scripts, styles and API; no inline code. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function createApp(opts: AppOptions = {}) {
  const log: Logger = opts.log ?? ((m) => process.stderr.write(m + '\n'));
  const workspace = opts.workspace ?? null;
  const maxBody = opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const webDir = opts.webDir === undefined ? defaultWebDir() : opts.webDir;
  let files: Map<string, StaticFile> | null | undefined;
  const staticFiles = () => (files === undefined ? (files = webDir ? loadStatic(webDir) : null) : files);

  const app = new Hono<AppEnv>();
  const ops: Operation[] = [...lawOps, ...recordOps, ...simulateOps, ...claimsOps, ...workspaceOps];

  app.use('*', async (c, next) => {
    c.set('lang', negotiateLang(c.req.query('lang'), c.req.header('accept-language')));
    c.set('maxBody', maxBody);
    c.set('workspace', workspace);
    await next();
  });
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: undefined,
      crossOriginResourcePolicy: 'same-origin',
      crossOriginOpenerPolicy: 'same-origin',
      referrerPolicy: 'no-referrer',
      xFrameOptions: 'DENY',
      strictTransportSecurity: false,
    }),
  );
  app.use('*', async (c, next) => {
    await next();
    c.header('content-security-policy', CSP);
    if (c.req.path.startsWith('/api/')) c.header('cache-control', 'no-store');
  });

  app.onError((err, c) => handleError(err, c, log));

  app.get('/api/health', (c) => c.json({ ok: true }));
  app.get('/api/openapi.json', (c) => c.json(openApiDocument(ops, VERSION)));
  app.get('/api/meta', (c) =>
    c.json({
      name: 'contrapeso',
      version: VERSION,
      workspace: workspace !== null,
      endpoints: ops.map((o) => `${o.method.toUpperCase()} ${o.path}`),
    }),
  );
  ops.push(
    { method: 'get', path: '/api/health', tag: 'meta', summary: 'Liveness: always {ok: true}' },
    { method: 'get', path: '/api/openapi.json', tag: 'meta', summary: 'This description' },
    {
      method: 'get',
      path: '/api/meta',
      tag: 'meta',
      summary: 'Version, whether a workspace is attached, and the endpoints',
    },
  );

  registerLaw(app);
  registerRecord(app);
  registerSimulate(app);
  registerClaims(app);
  registerWorkspace(app);

  app.all('/api/*', (c) => {
    const known = ops.filter((o) => matches(o.path, c.req.path));
    if (known.length)
      throw new ApiError(
        405,
        'method_not_allowed',
        `${c.req.method} is not allowed on ${c.req.path}; use ${known.map((o) => o.method.toUpperCase()).join(', ')}`,
        `${c.req.method} no está permitido en ${c.req.path}; use ${known.map((o) => o.method.toUpperCase()).join(', ')}`,
      );
    throw new ApiError(
      404,
      'not_found',
      `no API endpoint ${c.req.path}; see /api/openapi.json`,
      `no existe el punto de la API ${c.req.path}; vea /api/openapi.json`,
    );
  });

  app.get('*', (c) => {
    const all = staticFiles();
    if (!all) return c.html(notBuiltPage(webDir ?? '(none)'), 503);
    const file = all.get(c.req.path === '/' ? '/index.html' : c.req.path);
    if (!file) {
      // Pages live in the URL fragment (#/timeline), so any other path is simply not there.
      return c.html(
        '<!doctype html><title>404</title><p>Not found / No encontrado. <a href="/">contrapeso</a></p>',
        404,
      );
    }
    c.header('content-type', file.type);
    c.header('cache-control', file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    return c.body(file.body as Uint8Array<ArrayBuffer>);
  });
  app.all('*', () => {
    throw new ApiError(
      405,
      'method_not_allowed',
      'only GET is allowed on pages',
      'en las páginas solo se permite GET',
    );
  });

  return Object.assign(app, { operations: ops });
}

function matches(pattern: string, path: string): boolean {
  const re = new RegExp(
    '^' + pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z]+/g, '[^/]+') + '$',
  );
  return re.test(path);
}

export type App = ReturnType<typeof createApp>;
