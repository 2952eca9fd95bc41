/**
 * Replay benchmark (issue 4): the whole embedded record replayed under every combination of every
 * interpretation option, parsing and validating the YAML once. Reports events per second, the share of
 * the total time spent parsing, and the replay's cost as a ratio to a baseline measured in the same run
 * (folding the state alone over the same events, without evaluating). `npm run bench -- replay`.
 */
import { embeddedDataDir } from '../src/lib/paths.js';
import { INTERPRETATIONS } from '../src/law/interpretations.js';
import { peruRulebook } from '../src/law/peru/index.js';
import { replay } from '../src/engine/replay.js';
import { layerFromFolder, loadRecordOrThrow } from '../src/record/load.js';
import { RecordIndex, StateWalker } from '../src/record/state.js';
import { median, ratio, time } from './harness.js';

function combinations(): Record<string, string>[] {
  let out: Record<string, string>[] = [{}];
  for (const i of INTERPRETATIONS) out = out.flatMap((c) => i.options.map((o) => ({ ...c, [i.key]: o.id })));
  return out;
}

export default async function run(): Promise<string[]> {
  const rulebook = peruRulebook();
  let record!: ReturnType<typeof loadRecordOrThrow>;
  const parseMs = time(() => {
    record = loadRecordOrThrow([layerFromFolder(embeddedDataDir(), 'data/peru')]);
  });
  const combos = combinations();
  const ix = new RecordIndex(record);
  replay(record, { rulebook, index: ix }); // warm-up
  let evaluated = 0;
  const replayRuns = [0, 1, 2].map(() =>
    time(() => {
      evaluated = 0;
      for (const interpretations of combos)
        evaluated += replay(record, { rulebook, index: ix, interpretations }).summary.evaluated;
    }),
  );
  const replayMs = median(replayRuns);
  // Baseline: the state fold alone (the state before every event), once per combination.
  const foldMs = median(
    [0, 1, 2].map(() =>
      time(() => {
        for (let c = 0; c < combos.length; c++) {
          const w = new StateWalker(ix);
          for (let i = 0; i < record.events.length; i++) w.before(i);
        }
      }),
    ),
  );
  const events = record.events.length * combos.length;
  const total = parseMs + replayMs;
  return [
    `record: ${record.events.length} events (${record.coverage.firstEvent} → ${record.coverage.latestEvent}); ${combos.length} interpretation combinations`,
    `parse + validate once: ${parseMs.toFixed(1)} ms`,
    `replay under every combination: ${replayMs.toFixed(1)} ms for ${events} events (${evaluated} evaluated) → ${Math.round(events / (replayMs / 1000)).toLocaleString('en')} events/s`,
    `share of time parsing: ${((100 * parseMs) / total).toFixed(1)}% of ${total.toFixed(1)} ms`,
    `replay vs state fold alone (baseline, same run): ${ratio(replayMs, foldMs)}`,
  ];
}
