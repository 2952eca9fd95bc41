import type { Command } from 'commander';
import { emit, langOf, readJsonInput, type Io } from '../io.js';
import { renderVerdict } from '../render.js';

export function register(program: Command, io: Io): void {
  program
    .command('evaluate')
    .description(
      'evaluate one action on a date: {date, action, interpretations?, state?} from FILE or stdin (-); the state comes from the record for that date, `state` overrides it',
    )
    .argument('[file]', 'JSON input file, or - for stdin', '-')
    .option('--json', 'machine-readable output')
    .option('--lang <lang>', 'language of the explanation: en or es', 'en')
    .action(async (file: string, opts: { json?: boolean; lang?: string }) => {
      const lang = langOf(opts);
      const input = await readJsonInput(io, file);
      // The record is read only when evaluating (lazy import keeps `--help` and errors fast).
      const { evaluateRawOnRecord } = await import('../../engine/with-record.js');
      const verdict = evaluateRawOnRecord(input, { lang });
      emit(io, opts.json, verdict, (v) => renderVerdict(v, lang));
    });
}
