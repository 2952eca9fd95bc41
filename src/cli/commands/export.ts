/** `contrapeso export popolo [--data DIR] [--out FILE]`: the record as Popolo JSON. */
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { InputError, issue } from '../../lib/issues.js';
import type { Io } from '../io.js';
import { loadRecordFor } from './state.js';

export function register(program: Command, io: Io): void {
  program
    .command('export')
    .description(
      'export the record: `export popolo` writes Popolo JSON (persons, organizations, memberships, motions, vote_events, counts)',
    )
    .argument('<format>', 'popolo')
    .option('--json', 'machine-readable output (Popolo is always JSON)')
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--data <dir>', 'a folder of YAML (same layout as data/peru) merged over the embedded record')
    .action(async (format: string, opts: { out?: string; data?: string }) => {
      if (format !== 'popolo')
        throw new InputError([
          issue(
            'invalid_value',
            `unknown export format ${JSON.stringify(format)}; known: popolo`,
            `formato de exportación desconocido ${JSON.stringify(format)}; conocidos: popolo`,
            { field: 'format' },
          ),
        ]);
      const record = await loadRecordFor(opts.data);
      const { toPopolo } = await import('../../record/popolo.js');
      const text = JSON.stringify(toPopolo(record), null, 2);
      if (opts.out) {
        await writeFile(opts.out, text + '\n');
        io.err(`wrote ${opts.out}`);
      } else io.out(text);
    });
}
