import type { Command } from 'commander';
import { isIsoDate } from '../../lib/dates.js';
import { InputError, issue } from '../../lib/issues.js';
import type { Lang } from '../../law/types.js';
import { findPaths, GOALS, type Goal, type PathsResult } from '../../simulate/paths.js';
import { recordModelProvider } from '../../simulate/record-model.js';
import { recordStateOn } from '../../simulate/record-state.js';
import { emit, langOf, readJsonInput, table, type Io } from '../io.js';
import { parseModel, type Group } from '../../simulate/model.js';
import type { Chamber } from '../../law/types.js';

/** One model for every chamber, or one per chamber. */
function modelsByChamber(raw: unknown): Partial<Record<Chamber, Group[]>> {
  const r = (raw ?? {}) as Record<string, unknown>;
  if ('groups' in r || 'members' in r) {
    const g = parseModel(r);
    return { congress: g, deputies: g, senate: g };
  }
  const out: Partial<Record<Chamber, Group[]>> = {};
  for (const c of ['congress', 'deputies', 'senate'] as const)
    if (r[c] !== undefined) out[c] = parseModel(r[c], undefined, `model.${c}`);
  return out;
}

export function register(program: Command, io: Io): void {
  program
    .command('paths')
    .description(`legal sequences of steps from the state on a date to a goal (${GOALS.join(', ')})`)
    .requiredOption('--from <date>', 'start date, YYYY-MM-DD')
    .option('--goal <goal>', GOALS.join(' | '))
    .option('--to <goal>', 'alias of --goal (DESIGN §4)')
    .option('--depth <n>', 'most steps in a path (1–12)', '6')
    .option('--max <n>', 'most paths listed', '50')
    .option(
      '--model <file>',
      "vote model JSON (each bloc's chance of voting yes on every motion): {groups|members} for every chamber, or {congress|deputies|senate: {groups}}",
    )
    .option('--json', 'machine-readable output')
    .option('--lang <lang>', 'language: en or es', 'en')
    .action(
      async (opts: {
        model?: string;
        from: string;
        goal?: string;
        to?: string;
        depth: string;
        max: string;
        json?: boolean;
        lang?: string;
      }) => {
        const lang = langOf(opts);
        if (!isIsoDate(opts.from)) {
          throw new InputError([
            issue(
              'invalid_date',
              `--from must be a real date YYYY-MM-DD, got ${opts.from}`,
              `--from debe ser una fecha real AAAA-MM-DD, se recibió ${opts.from}`,
              {
                field: 'from',
              },
            ),
          ]);
        }
        const goal = (opts.goal ?? opts.to) as Goal;
        const depth = Number(opts.depth);
        const record = recordStateOn(opts.from);
        const model = opts.model ? modelsByChamber(await readJsonInput(io, opts.model)) : undefined;
        const result = findPaths(opts.from, goal, {
          ...(model ? { model } : {}),
          depth,
          lang,
          maxPaths: Math.max(1, Number(opts.max) || 50),
          ...(record ? { state: record.state } : {}),
          recordModel: recordModelProvider(),
        });
        if (record) result.notes.unshift(...record.notes);
        emit(io, opts.json, result, (r) => renderPaths(r, lang));
      },
    );
}

const pct = (p: number | null) =>
  p === null ? '—' : p > 0 && p < 0.0001 ? `${(p * 100).toExponential(1)} %` : `${(p * 100).toFixed(2)} %`;

export function renderPaths(r: PathsResult, lang: Lang): string {
  const es = lang === 'es';
  const lines = [
    es
      ? `${r.paths.length}${r.truncated ? '+' : ''} rutas hacia ${r.goal} desde ${r.from} (hasta ${r.depth} pasos; ${r.stats.statesExplored} estados, ${r.stats.ms.toFixed(0)} ms)`
      : `${r.paths.length}${r.truncated ? '+' : ''} paths to ${r.goal} from ${r.from} (up to ${r.depth} steps; ${r.stats.statesExplored} states, ${r.stats.ms.toFixed(0)} ms)`,
  ];
  r.paths.forEach((p, i) => {
    lines.push(
      '',
      `#${i + 1}  ${es ? 'llega' : 'reached'} ${p.reachedOn}  P = ${pct(p.probability)}${p.contested ? `  ${es ? 'DISPUTADA' : 'CONTESTED'}: ${p.dependsOn.map((d) => `${d.key}=${d.option}`).join(', ')}` : ''}`,
    );
    lines.push(
      table(
        p.steps.map((s, k) => [
          k + 1,
          s.earliestDate,
          s.kind,
          s.chamber ?? '—',
          s.outcome,
          s.required ?? s.threshold ?? '—',
          pct(s.probability),
          s.citations
            .slice(0, 2)
            .map((c) => c.cite)
            .join('; '),
        ]),
        [
          '',
          es ? 'desde' : 'earliest',
          es ? 'paso' : 'step',
          es ? 'cámara' : 'chamber',
          es ? 'resultado' : 'outcome',
          es ? 'requeridos' : 'required',
          'P',
          es ? 'fuentes' : 'sources',
        ],
      ),
    );
  });
  for (const n of r.notes) lines.push(`  ! ${n}`);
  return lines.join('\n');
}
