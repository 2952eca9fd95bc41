import type { Command } from 'commander';
import type { Lang } from '../../law/types.js';
import { recordModelProvider } from '../../simulate/record-model.js';
import { simulateRaw, type SimulationResult } from '../../simulate/simulate.js';
import { emit, langOf, readJsonInput, table, type Io } from '../io.js';
import { renderCitations } from '../render.js';

export function register(program: Command, io: Io): void {
  program
    .command('simulate')
    .description(
      'exact probability that a vote passes: {date, action, model?} from FILE or stdin (-); without a model, groups and votes come from the record',
    )
    .argument('[file]', 'JSON input file, or - for stdin', '-')
    .option('--json', 'machine-readable output')
    .option('--lang <lang>', 'language: en or es', 'en')
    .action(async (file: string, opts: { json?: boolean; lang?: string }) => {
      const lang = langOf(opts);
      const input = await readJsonInput(io, file);
      const result = simulateRaw(input, { lang, recordModel: recordModelProvider() });
      emit(io, opts.json, result, (r) => renderSimulation(r, lang));
    });
}

const pct = (p: number) => `${(p * 100).toFixed(p > 0 && p < 0.001 ? 4 : 2)} %`;

function quantile(dist: readonly number[], q: number): number {
  let acc = 0;
  for (let k = 0; k < dist.length; k++) {
    acc += dist[k]!;
    if (acc >= q - 1e-12) return k;
  }
  return dist.length - 1;
}

export function renderSimulation(r: SimulationResult, lang: Lang): string {
  const es = lang === 'es';
  const L = es
    ? {
        rule: 'regla',
        chamber: 'cámara',
        threshold: 'umbral',
        required: 'requeridos',
        pPass: 'P(aprobar)',
        expected: 'a favor esperados',
        range: 'a favor (5 %–50 %–95 %)',
        permitted: 'procede',
        model: 'modelo',
        unmodelled: 'escaños fuera del modelo (ausentes)',
        source: 'origen',
        votesUsed: 'votos usados',
        group: 'grupo',
        seats: 'escaños',
      }
    : {
        rule: 'rule',
        chamber: 'chamber',
        threshold: 'threshold',
        required: 'required',
        pPass: 'P(pass)',
        expected: 'expected for',
        range: 'for (5%–50%–95%)',
        permitted: 'permitted',
        model: 'model',
        unmodelled: 'seats outside the model (absent)',
        source: 'source',
        votesUsed: 'votes used',
        group: 'group',
        seats: 'seats',
      };
  const required =
    r.required !== null
      ? `${r.required}${r.arithmetic ? ` (${r.arithmetic})` : ''}`
      : es
        ? `depende de la asistencia (${r.requiredIfAllAttend} si asisten todos)`
        : `depends on attendance (${r.requiredIfAllAttend} if all attend)`;
  const lines = [
    table([
      [L.rule, r.rule],
      [L.chamber, `${r.chamber} (${r.model.chamberSeats ?? '—'})`],
      [L.threshold, r.threshold],
      [L.required, required],
      [L.permitted, r.permitted ? (es ? 'sí' : 'yes') : `no: ${r.reasons.join('; ')}`],
      [L.pPass, pct(r.pPass)],
      [L.expected, r.expectedFor.toFixed(2)],
      [
        L.range,
        `${quantile(r.distribution, 0.05)} – ${quantile(r.distribution, 0.5)} – ${quantile(r.distribution, 0.95)}`,
      ],
      [L.unmodelled, r.model.unmodelled],
      [L.source, r.model.source.kind],
    ]),
    '',
    table(
      r.model.groups.map((g) => [
        g.name,
        g.seats,
        g.pFor.toFixed(3),
        g.pAgainst.toFixed(3),
        g.pAbstain.toFixed(3),
        g.pAbsent.toFixed(3),
      ]),
      [L.group, L.seats, 'pFor', 'pAgainst', 'pAbstain', 'pAbsent'],
    ),
  ];
  if (r.model.source.votesUsed?.length) {
    lines.push('', `${L.votesUsed}:`);
    for (const v of r.model.source.votesUsed) lines.push(`  · ${v.date} ${v.kind} ${v.eventId}`);
  }
  for (const n of r.model.source.notes ?? []) lines.push(`  ! ${n}`);
  lines.push('', renderCitations(r.citations, lang));
  return lines.join('\n');
}
