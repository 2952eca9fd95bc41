/**
 * Runs the CLI in-process with its output captured in memory: how tests (and any embedding program) call
 * a command and read what it printed, without spawning a process.
 */
import { runCli } from './main.js';
import type { Io } from './io.js';

export interface Captured {
  code: number;
  out: string;
  err: string;
}

export async function runCliCaptured(argv: string[], stdin = ''): Promise<Captured> {
  let out = '';
  let err = '';
  const line = (t: string) => (t.endsWith('\n') ? t : t + '\n');
  const io: Io = { out: (t) => (out += line(t)), err: (t) => (err += line(t)), readStdin: async () => stdin };
  const code = await runCli(argv, io);
  return { code, out, err };
}
