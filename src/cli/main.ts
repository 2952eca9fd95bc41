#!/usr/bin/env node
/**
 * contrapeso's command line (DESIGN §4). Commands are registered from src/cli/commands; each takes
 * --json. Bad input prints a clear message (no stack trace) and exits 2; a verdict, even a failed vote,
 * exits 0.
 */
import { Command, CommanderError } from 'commander';
import { InputError } from '../lib/issues.js';
import { processIo, type Io } from './io.js';
import { COMMANDS } from './commands/index.js';

export async function runCli(argv: string[], io: Io = processIo): Promise<number> {
  const program = new Command();
  program
    .name('contrapeso')
    .description("Peru's constitutional checks and balances as executable, effective-dated, sourced rules")
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .showHelpAfterError();
  for (const register of COMMANDS) register(program, io);
  for (const c of program.commands)
    c.exitOverride().configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof InputError) {
      const lang = argv.includes('es') && argv.some((a) => a.startsWith('--lang')) ? 'es' : 'en';
      if (argv.includes('--json')) io.err(JSON.stringify({ error: { issues: e.issues } }, null, 2));
      else io.err(`error: ${e.format(lang).split('\n').join('\nerror: ')}`);
      return 2;
    }
    io.err(`internal error: ${(e as Error).stack ?? String(e)}`);
    return 1;
  }
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
