import type { Command } from 'commander';
import { evaluateRaw } from '../../engine/evaluate.js';
import { emit, langOf, readJsonInput, type Io } from '../io.js';
import { renderVerdict } from '../render.js';

export function register(program: Command, io: Io): void {
  program
    .command('evaluate')
    .description(
      'evaluate one action on a date: {date, action, interpretations?, state?} from FILE or stdin (-)',
    )
    .argument('[file]', 'JSON input file, or - for stdin', '-')
    .option('--json', 'machine-readable output')
    .option('--lang <lang>', 'language of the explanation: en or es', 'en')
    .action(async (file: string, opts: { json?: boolean; lang?: string }) => {
      const lang = langOf(opts);
      const input = await readJsonInput(io, file);
      const verdict = evaluateRaw(input, { lang });
      emit(io, opts.json, verdict, (v) => renderVerdict(v, lang));
    });
}
