/**
 * `contrapeso replay [--json] [--interpretation k=v …] [--from D] [--to D] [--diff k=v …] [--data DIR]`:
 * every event of the record in order with its recorded outcome, the engine's verdict on the state of that
 * day and whether they agree; with --diff, only the past verdicts that change under other interpretations.
 */
import type { Command } from 'commander';
import { InputError, issue } from '../../lib/issues.js';
import type { Lang } from '../../law/types.js';
import type { DiffEntry, ReplayResult } from '../../engine/replay.js';
import { emit, langOf, table, type Io } from '../io.js';
import { checkDate, coverageLine, loadRecordFor } from './state.js';

function collect(v: string, prev: string[]): string[] {
  return [...prev, v];
}

/** `k=v` pairs → a record; a malformed pair is an InputError naming the option. */
export function parsePairs(pairs: string[], option: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of pairs) {
    const m = /^([^=]+)=(.+)$/.exec(p);
    if (!m)
      throw new InputError([
        issue(
          'invalid_value',
          `${option} expects key=option, e.g. confidence.factual-denial=rejected (got ${JSON.stringify(p)})`,
          `${option} espera clave=opción, p. ej. confidence.factual-denial=rejected (se recibió ${JSON.stringify(p)})`,
          { field: option },
        ),
      ]);
    out[m[1]!.trim()] = m[2]!.trim();
  }
  return out;
}

const yn = (v: boolean | null, lang: Lang) => (v === null ? '—' : v ? (lang === 'es' ? 'sí' : 'yes') : 'no');

function renderReplay(r: ReplayResult, lang: Lang): string {
  const s = r.summary;
  const head =
    lang === 'es'
      ? ['fecha', 'evento', 'tipo', 'registrado', 'motor', 'coincide', 'razón']
      : ['date', 'event', 'kind', 'recorded', 'engine', 'agrees', 'reason'];
  const engine = (e: ReplayResult['entries'][number]) =>
    e.rule === null
      ? '—'
      : e.passed !== null
        ? e.passed
          ? 'passed'
          : 'failed'
        : e.permitted
          ? 'permitted'
          : 'not permitted';
  const rows = r.entries.map((e) => [
    e.date + (e.seq !== undefined ? `#${e.seq}` : e.time ? ` ${e.time}` : ''),
    e.id,
    e.kind,
    e.outcome,
    engine(e),
    e.agrees === false
      ? `no${e.explained ? ` (${e.disagreement?.kind})` : ' (UNEXPLAINED)'}`
      : yn(e.agrees, lang),
    e.agrees === false && e.disagreement ? `${e.reason} — ${e.disagreement.note}` : e.reason,
  ]);
  const interp = Object.entries(r.interpretations)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
  const summary =
    lang === 'es'
      ? `${s.events} eventos, ${s.evaluated} evaluados: ${s.agree} coinciden, ${s.disagree} no (${s.explained} explicados, ${s.unexplained} sin explicar), ${s.notCompared} sin comparación.`
      : `${s.events} events, ${s.evaluated} evaluated: ${s.agree} agree, ${s.disagree} disagree (${s.explained} explained, ${s.unexplained} unexplained), ${s.notCompared} not compared.`;
  return [
    coverageLine(r.coverage, lang, r.overrides),
    interp ? `${lang === 'es' ? 'Interpretaciones elegidas' : 'Interpretations chosen'}: ${interp}` : '',
    '',
    table(rows, head),
    '',
    summary,
  ]
    .filter((l, i) => l !== '' || i > 1)
    .join('\n');
}

function renderDiff(
  d: { coverage: ReplayResult['coverage']; diff: Record<string, string>; changes: DiffEntry[] },
  lang: Lang,
): string {
  const verdict = (x: DiffEntry['before']) =>
    x.passed !== null
      ? x.passed
        ? 'passed'
        : 'failed'
      : x.permitted === null
        ? '—'
        : x.permitted
          ? 'permitted'
          : 'not permitted';
  const alt = Object.entries(d.diff)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
  if (!d.changes.length)
    return `${coverageLine(d.coverage, lang)}\n${lang === 'es' ? `Ningún veredicto cambia con ${alt}.` : `No verdict changes under ${alt}.`}`;
  return [
    coverageLine(d.coverage, lang),
    lang === 'es' ? `Veredictos que cambian con ${alt}:` : `Verdicts that change under ${alt}:`,
    '',
    table(
      d.changes.map((c) => [c.date, c.id, c.outcome, verdict(c.before), verdict(c.after), c.reason]),
      lang === 'es'
        ? ['fecha', 'evento', 'registrado', 'antes', 'después', 'razón']
        : ['date', 'event', 'recorded', 'before', 'after', 'reason'],
    ),
  ].join('\n');
}

export function register(program: Command, io: Io): void {
  program
    .command('replay')
    .description(
      'replay every recorded event through the rules in force on its date and compare with what happened',
    )
    .option('--json', 'machine-readable output')
    .option('--lang <lang>', 'language: en or es', 'en')
    .option('--interpretation <key=option>', 'choose an interpretation (repeatable)', collect, [])
    .option('--from <date>', 'first day to replay (the state still folds every earlier event)')
    .option('--to <date>', 'last day to replay')
    .option(
      '--diff <key=option>',
      'list the past verdicts that change under this interpretation (repeatable)',
      collect,
      [],
    )
    .option('--data <dir>', 'a folder of YAML (same layout as data/peru) merged over the embedded record')
    .action(
      async (opts: {
        json?: boolean;
        lang?: string;
        interpretation: string[];
        from?: string;
        to?: string;
        diff: string[];
        data?: string;
      }) => {
        const lang = langOf(opts);
        const interpretations = parsePairs(opts.interpretation, '--interpretation');
        const from = opts.from !== undefined ? checkDate(opts.from, 'from') : undefined;
        const to = opts.to !== undefined ? checkDate(opts.to, 'to') : undefined;
        const { validateInterpretations } = await import('../../law/interpretations.js');
        validateInterpretations(interpretations);
        const record = await loadRecordFor(opts.data);
        const { replay, diffReplays } = await import('../../engine/replay.js');
        const base = { interpretations, lang, ...(from ? { from } : {}), ...(to ? { to } : {}) };
        if (opts.diff.length) {
          const diff = parsePairs(opts.diff, '--diff');
          validateInterpretations(diff);
          const changes = diffReplays(record, base, diff);
          emit(io, opts.json, { coverage: record.coverage, interpretations, diff, changes }, (d) =>
            renderDiff(d, lang),
          );
          return;
        }
        const result = replay(record, { ...base, verdicts: !!opts.json });
        emit(io, opts.json, result, (r) => renderReplay(r, lang));
      },
    );
}
