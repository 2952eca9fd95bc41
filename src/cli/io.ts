/**
 * What every command shares: where output goes (so tests can run the CLI in-process), reading JSON input
 * from a file or stdin with positions in parse errors, and printing errors without stack traces.
 */
import { readFile } from 'node:fs/promises';
import { InputError, issue } from '../lib/issues.js';
import type { Lang } from '../law/types.js';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  readStdin(): Promise<string>;
}

export const processIo: Io = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : t + '\n'),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : t + '\n'),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
};

/** Reads `file` (or stdin for `-` or no file) and parses it as JSON; bad JSON names line and column. */
export async function readJsonInput(
  io: Io,
  file: string | undefined,
  maxBytes = 10_000_000,
): Promise<unknown> {
  let text: string;
  const name = !file || file === '-' ? '<stdin>' : file;
  try {
    text = !file || file === '-' ? await io.readStdin() : await readFile(file, 'utf8');
  } catch (e) {
    throw new InputError([
      issue(
        'invalid_json',
        `cannot read ${name}: ${(e as Error).message}`,
        `no se puede leer ${name}: ${(e as Error).message}`,
        { file: name },
      ),
    ]);
  }
  if (text.length > maxBytes) {
    throw new InputError([
      issue('invalid_json', `${name} is larger than ${maxBytes} bytes`, `${name} supera ${maxBytes} bytes`, {
        file: name,
      }),
    ]);
  }
  return parseJsonText(text, name);
}

export function parseJsonText(text: string, name: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const msg = (e as Error).message;
    const pos = /position (\d+)/.exec(msg);
    let line: number | undefined;
    if (pos) line = text.slice(0, Number(pos[1])).split('\n').length;
    throw new InputError([
      issue('invalid_json', `not valid JSON: ${msg}`, `JSON no válido: ${msg}`, { file: name, line }),
    ]);
  }
}

export function langOf(opts: { lang?: string }): Lang {
  return opts.lang === 'es' ? 'es' : 'en';
}

/** Prints `data` as JSON, or through `human` as text. */
export function emit<T>(io: Io, json: boolean | undefined, data: T, human: (d: T) => string): void {
  io.out(json ? JSON.stringify(data, null, 2) : human(data));
}

/** Plain-text table with aligned columns. */
export function table(rows: (string | number | null | undefined)[][], header?: string[]): string {
  const all = header ? [header, ...rows] : rows;
  const cells = all.map((r) => r.map((c) => (c === null || c === undefined ? '—' : String(c))));
  const widths: number[] = [];
  for (const r of cells) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, [...c].length)));
  const lines = cells.map((r) =>
    r.map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(widths[i]! - [...c].length))).join('  '),
  );
  if (header) lines.splice(1, 0, widths.map((w) => '─'.repeat(w)).join('  '));
  return lines.join('\n');
}
