/**
 * Foundation benchmarks (issue 2), each a ratio measured in the same run:
 * 1. 10⁵ generated vacancy actions across all eras through `evaluate`, against a bare loop that does only
 *    the threshold arithmetic for the same actions;
 * 2. the cold start of one `contrapeso evaluate` (process start to verdict) against `node -e 0`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, daysBetween } from '../src/lib/dates.js';
import { evaluate } from '../src/engine/evaluate.js';
import { peruRulebook } from '../src/law/peru/index.js';
import { requiredVotes, presentCount } from '../src/law/threshold.js';
import type { ThresholdSpec } from '../src/law/parameters/threshold-spec.js';
import type { Action } from '../src/law/types.js';
import { packageRoot } from '../src/lib/paths.js';
import { median, ratio, rng, time } from './harness.js';

const N = 100_000;

function generate(): { date: string; action: Action }[] {
  const rand = rng(42);
  const span = daysBetween('1993-12-31', '2031-12-31');
  const kinds = ['vacancy.file', 'vacancy.admit', 'vacancy.vote'] as const;
  const out: { date: string; action: Action }[] = [];
  for (let i = 0; i < N; i++) {
    const date = addDays('1993-12-31', Math.floor(rand() * span));
    const kind = kinds[Math.floor(rand() * 3)]!;
    const bicameral = date >= '2026-07-28';
    const chamber = bicameral
      ? kind === 'vacancy.vote' && rand() < 0.5
        ? 'senate'
        : 'deputies'
      : 'congress';
    const seats = chamber === 'senate' ? 60 : date < '1995-07-27' ? 80 : date < '2011-07-27' ? 120 : 130;
    const f = Math.floor(rand() * seats * 0.6);
    const a = Math.floor(rand() * (seats - f) * 0.5);
    const ab = Math.floor(rand() * (seats - f - a) * 0.5);
    out.push({ date, action: { kind, chamber, tally: { for: f, against: a, abstain: ab }, signatures: f } });
  }
  return out;
}

export default async function run(): Promise<string[]> {
  const actions = generate();
  const rulebook = peruRulebook();
  // Baseline: the arithmetic alone, with the spec and base looked up from a prepared table.
  const specs = actions.map(({ date, action }) => {
    const key =
      action.kind === 'vacancy.file'
        ? 'vacancy.file.signatures'
        : action.kind === 'vacancy.admit'
          ? 'vacancy.admit.threshold'
          : action.chamber === 'senate'
            ? 'vacancy.senate.threshold'
            : 'vacancy.vote.threshold';
    const spec = rulebook.params.at<ThresholdSpec>(key, date).value;
    const seats = rulebook.params.at<number>(`chamber.${action.chamber}.seats`, date).value;
    return { spec, seats, tally: action.tally! };
  });
  let sink = 0;
  const base = median(
    [0, 1, 2].map(() =>
      time(() => {
        for (const { spec, seats, tally } of specs) {
          const n = spec.base === 'present' ? presentCount(tally) : seats;
          sink += tally.for >= requiredVotes(spec, n) ? 1 : 0;
        }
      }),
    ),
  );
  const full = median(
    [0, 1, 2].map(() =>
      time(() => {
        for (const input of actions) sink += evaluate(input).passed ? 1 : 0;
      }),
    ),
  );
  const lines = [
    `evaluate: ${N.toLocaleString('en')} vacancy actions across all eras in ${full.toFixed(0)} ms (${((N / full) * 1000).toFixed(0)}/s); bare threshold loop ${base.toFixed(1)} ms; evaluate / arithmetic = ${ratio(full, base)} (sink ${sink % 7})`,
  ];

  const bin = join(packageRoot(), 'bin', 'contrapeso.js');
  const example = join(packageRoot(), 'examples', 'vacancy-castillo.json');
  if (!existsSync(join(packageRoot(), 'dist', 'bundle', 'main.js'))) {
    lines.push('cold start: skipped (run `npm run build` first)');
    return lines;
  }
  const wall = (args: string[]) => {
    const t = performance.now();
    const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
    return performance.now() - t;
  };
  const runs = 15;
  const noop: number[] = [];
  const cli: number[] = [];
  for (let i = 0; i < runs; i++) {
    noop.push(wall(['-e', '0']));
    cli.push(wall([bin, 'evaluate', example, '--json']));
  }
  lines.push(
    `cold start: contrapeso evaluate median ${median(cli).toFixed(0)} ms vs node -e 0 median ${median(noop).toFixed(0)} ms = ${ratio(median(cli), median(noop))} (goal < 3×; ${runs} runs each, interleaved)`,
  );
  return lines;
}
