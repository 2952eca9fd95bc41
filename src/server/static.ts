/**
 * The built web app (web/dist), served from memory: index.html for `/` and the hashed assets under
 * /assets/. Paths are matched against the files that exist, never joined from user input. When the app
 * has not been built, `/` answers with a page that says how to build it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { packageRoot } from '../lib/paths.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

export interface StaticFile {
  body: Uint8Array;
  type: string;
  immutable: boolean;
}

export function defaultWebDir(): string {
  return join(packageRoot(), 'web', 'dist');
}

/** Every file under `dir`, keyed by URL path (`/index.html`, `/assets/app-abc123.js`). */
export function loadStatic(dir: string): Map<string, StaticFile> | null {
  if (!existsSync(join(dir, 'index.html'))) return null;
  const files = new Map<string, StaticFile>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else {
        const url = '/' + relative(dir, full).split(sep).join('/');
        files.set(url, {
          body: readFileSync(full),
          type: TYPES[extname(name).toLowerCase()] ?? 'application/octet-stream',
          immutable: url.startsWith('/assets/'),
        });
      }
    }
  };
  walk(dir);
  return files;
}

export function notBuiltPage(dir: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>contrapeso: web app not built</title></head>
<body><main>
<h1>contrapeso</h1>
<p>The API is running (see <a href="/api/openapi.json">/api/openapi.json</a>), but the web app has not been built:
<code>${dir.replace(/[<>&"]/g, '')}</code> has no <code>index.html</code>.</p>
<p>Build it with <code>npm run build</code> (or only the app: <code>npm run build:web</code>) and restart <code>contrapeso serve</code>.</p>
<hr>
<p lang="es">La API está en marcha, pero la aplicación web no está construida. Constrúyala con
<code>npm run build</code> (o <code>npm run build:web</code>) y reinicie <code>contrapeso serve</code>.</p>
</main></body></html>`;
}
