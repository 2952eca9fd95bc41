/**
 * The HTTP face under load (issue 7): autocannon against `contrapeso serve`'s server on loopback, each run
 * bounded in time. Reports p50/p99 latency and throughput of POST /api/evaluate, and its ratio to the
 * trivial GET /api/health measured in the same run; then POST /api/evaluate at a fixed 1000 req/s (the
 * goal: p99 < 10 ms); then the production bundle of the web app, gzipped (goal: ≤ 250 kB).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { packageRoot } from '../src/lib/paths.js';
import { ratio } from './harness.js';

const SECONDS = Number(process.env.CONTRAPESO_BENCH_SECONDS ?? 5);
const BODY = JSON.stringify({
  date: '2022-12-07',
  action: { kind: 'vacancy.vote', tally: { for: 101, against: 6, abstain: 10 } },
});

interface Run {
  p50: number;
  p99: number;
  rps: number;
  non2xx: number;
}

async function load(url: string, opts: { post?: boolean; rate?: number }): Promise<Run> {
  const r = await autocannon({
    url,
    connections: opts.rate ? 10 : 20,
    duration: SECONDS,
    ...(opts.rate ? { overallRate: opts.rate } : {}),
    ...(opts.post
      ? { method: 'POST' as const, body: BODY, headers: { 'content-type': 'application/json' } }
      : {}),
  });
  return { p50: r.latency.p50, p99: r.latency.p99, rps: r.requests.average, non2xx: r.non2xx + r.errors };
}

function bundleGzip(dir: string): { files: number; raw: number; gzip: number } | null {
  if (!existsSync(join(dir, 'index.html'))) return null;
  let raw = 0;
  let gzip = 0;
  let files = 0;
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(js|css|html)$/.test(name)) {
        const buf = readFileSync(full);
        raw += buf.length;
        gzip += gzipSync(buf, { level: 9 }).length;
        files++;
      }
    }
  };
  walk(dir);
  return { files, raw, gzip };
}

/**
 * `contrapeso serve` in its own process (the built CLI when present, else from source), so the load
 * generator does not share the server's event loop.
 */
async function spawnServer(): Promise<{ url: string; child: ChildProcess; built: boolean }> {
  const root = packageRoot();
  const built = existsSync(join(root, 'dist', 'bundle', 'main.js'));
  const args = built
    ? [join(root, 'bin', 'contrapeso.js')]
    : ['--import', 'tsx', join(root, 'src', 'cli', 'main.ts')];
  const child = spawn(process.execPath, [...args, 'serve', '--port', '0', '--db', ':memory:'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.on('exit', (code) => reject(new Error(`contrapeso serve exited with ${code}`)));
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /serving on (http:\/\/\S+\/)/.exec(out);
      if (m) resolve(m[1]!);
    });
  });
  child.removeAllListeners('exit');
  return { url, child, built };
}

export default async function serveBench(): Promise<string[]> {
  const server = await spawnServer();
  const lines: string[] = [
    `server: ${server.built ? 'built CLI (bin/contrapeso.js)' : 'from source (tsx)'} on ${server.url}`,
  ];
  try {
    // Warm up the rulebook and the JIT before measuring.
    await load(`${server.url}api/evaluate`, { post: true, rate: 200 }).catch(() => undefined);
    const trivial = await load(`${server.url}api/health`, {});
    const evaluate = await load(`${server.url}api/evaluate`, { post: true });
    const paced = await load(`${server.url}api/evaluate`, { post: true, rate: 1000 });
    lines.push(
      `GET /api/health (trivial): ${trivial.rps.toFixed(0)} req/s, p50 ${trivial.p50} ms, p99 ${trivial.p99} ms (${SECONDS} s, 20 connections)`,
      `POST /api/evaluate: ${evaluate.rps.toFixed(0)} req/s, p50 ${evaluate.p50} ms, p99 ${evaluate.p99} ms; throughput ${ratio(evaluate.rps, trivial.rps)} of the trivial route`,
      `POST /api/evaluate at 1000 req/s: p50 ${paced.p50} ms, p99 ${paced.p99} ms (goal p99 < 10 ms: ${paced.p99 < 10 ? 'met' : 'NOT met'}), ${paced.rps.toFixed(0)} req/s served`,
    );
    const bad = trivial.non2xx + evaluate.non2xx + paced.non2xx;
    if (bad) lines.push(`warning: ${bad} non-2xx answers or errors during the runs`);
  } finally {
    server.child.kill('SIGTERM');
  }
  const b = bundleGzip(join(packageRoot(), 'web', 'dist'));
  lines.push(
    b
      ? `web bundle: ${b.files} files, ${(b.raw / 1024).toFixed(1)} kB, ${(b.gzip / 1024).toFixed(1)} kB gzip (goal ≤ 250 kB: ${b.gzip <= 250 * 1024 ? 'met' : 'NOT met'})`
      : 'web bundle: web/dist not built (npm run build:web)',
  );
  return lines;
}
