import type { Command } from 'commander';
import { InputError, issue } from '../../lib/issues.js';
import type { Lang } from '../../law/types.js';
import { findEvent, loadRecordData } from '../../simulate/record-adapter.js';
import { parseSet, whatIf, type WhatIfResult } from '../../simulate/whatif.js';
import { emit, langOf, table, type Io } from '../io.js';

const collect = (v: string, prev: string[]) => [...prev, v];

export function register(program: Command, io: Io): void {
  program
    .command('whatif')
    .description(
      'counterfactuals on a recorded vote: margin, fewest members or groups that flip it; --set group=for|against|abstain|absent re-evaluates',
    )
    .argument('<event-id>', 'id of a vote event in the record, e.g. 2022-12-07-vacancy-vote-castillo')
    .option('--set <group=option>', 'change a whole group’s vote (repeatable)', collect, [] as string[])
    .option('--json', 'machine-readable output')
    .option('--lang <lang>', 'language: en or es', 'en')
    .action((id: string, opts: { set: string[]; json?: boolean; lang?: string }) => {
      const lang = langOf(opts);
      const sets = opts.set.map((s, i) => parseSet(s, i));
      const data = loadRecordData();
      const event = findEvent(data, id);
      if (!event) {
        const votes = data.events.filter((e) => e.action.tally).map((e) => e.id);
        throw new InputError([
          issue(
            'unknown_reference',
            `no event ${id} in the record${votes.length ? `; recorded votes include: ${votes.slice(0, 8).join(', ')}` : ''}`,
            `no hay evento ${id} en el registro${votes.length ? `; votaciones registradas: ${votes.slice(0, 8).join(', ')}` : ''}`,
            { field: 'event-id' },
          ),
        ]);
      }
      const result = whatIf(event, { lang, sets });
      emit(io, opts.json, result, (r) => renderWhatIf(r, lang));
    });
}

export function renderWhatIf(r: WhatIfResult, lang: Lang): string {
  const es = lang === 'es';
  const t = r.tally;
  const outcome = (p: boolean | null) =>
    p === null ? '—' : p ? (es ? 'aprobada' : 'passed') : es ? 'rechazada' : 'failed';
  const lines = [
    table([
      [es ? 'evento' : 'event', `${r.eventId} (${r.kind}, ${r.date})`],
      [es ? 'regla' : 'rule', r.rule],
      [es ? 'umbral' : 'threshold', `${r.threshold}${r.required !== null ? ` → ${r.required}` : ''}`],
      [
        es ? 'votación' : 'tally',
        `${t.for} / ${t.against} / ${t.abstain} (${es ? 'ausentes' : 'absent'} ${t.absent ?? '—'})`,
      ],
      [
        es ? 'resultado' : 'outcome',
        `${outcome(r.passed)}${r.recordedOutcome ? ` (${es ? 'registrado' : 'recorded'}: ${r.recordedOutcome})` : ''}`,
      ],
      [es ? 'margen' : 'margin', r.margin],
      [
        es ? 'cambio mínimo' : 'smallest flip',
        r.smallestFlip
          ? `${r.smallestFlip.members} ${es ? 'miembros' : 'members'}: ${r.smallestFlip.moves.map((m) => `${m.members} ${m.from}→${m.to}`).join(', ')}`
          : '—',
      ],
    ]),
    '',
    table(
      r.byMove.map((m) => [`${m.from} → ${m.to}`, m.members]),
      [es ? 'un solo tipo de cambio' : 'one kind of change', es ? 'miembros' : 'members'],
    ),
  ];
  if (r.groupFlips) {
    lines.push(
      '',
      es
        ? `Conjuntos mínimos de grupos (${r.groupFlips.size}):`
        : `Smallest sets of groups (${r.groupFlips.size}):`,
    );
    lines.push(
      table(
        r.groupFlips.sets.map((s) => [
          s.groups.join(' + '),
          s.members,
          `${s.tally.for}/${s.tally.against}/${s.tally.abstain}`,
        ]),
        [es ? 'grupos' : 'groups', es ? 'miembros' : 'members', es ? 'votación' : 'tally'],
      ),
    );
  }
  if (r.changed) {
    const c = r.changed;
    lines.push(
      '',
      `--set ${c.sets.map((s) => `${s.group}=${s.option} (${s.members})`).join(', ')}: ${c.tally.for}/${c.tally.against}/${c.tally.abstain} → ${outcome(c.verdict.passed)}, ${es ? 'margen' : 'margin'} ${c.verdict.margin ?? '—'}`,
    );
  }
  for (const n of r.notes) lines.push(`  ! ${n}`);
  return lines.join('\n');
}
