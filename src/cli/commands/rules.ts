/**
 * `contrapeso rules [--date D] [--diff D1 D2] [--kind K] [--json] [--lang es|en]` (DESIGN §4): the rule
 * versions in force on a date with their citations, validity, notes and confidence, the dated parameters
 * and the default readings; or, with --diff, what changed between two dates. The rulebook is imported
 * inside the handler so that other commands start without loading it.
 */
import type { Command } from 'commander';
import { isIsoDate, today, type IsoDate } from '../../lib/dates.js';
import { InputError, issue } from '../../lib/issues.js';
import { ACTION_KINDS, isActionKind, type ActionKind } from '../../law/kinds.js';
import type { Lang } from '../../law/types.js';
import { emit, langOf, table, type Io } from '../io.js';
import type { RuleListing, RulesDiff, RulesOnDate } from '../rules-listing.js';

const EARLIEST: IsoDate = '1993-12-31';

function checkDate(d: string, field: string): IsoDate {
  if (!isIsoDate(d))
    throw new InputError([
      issue(
        'invalid_date',
        `${field}: ${JSON.stringify(d)} is not a real calendar date, YYYY-MM-DD`,
        `${field}: ${JSON.stringify(d)} no es una fecha real, AAAA-MM-DD`,
        { field },
      ),
    ]);
  if (d < EARLIEST)
    throw new InputError([
      issue(
        'date_out_of_range',
        `${field}: ${d} is before ${EARLIEST}, when the 1993 Constitution took effect; the rulebook starts there`,
        `${field}: ${d} es anterior al ${EARLIEST}, cuando entró en vigor la Constitución de 1993; las reglas empiezan ahí`,
        { field },
      ),
    ]);
  return d;
}

function checkKind(k: string | undefined): ActionKind | undefined {
  if (k === undefined) return undefined;
  if (isActionKind(k)) return k;
  throw new InputError([
    issue(
      'unknown_kind',
      `unknown action kind ${JSON.stringify(k)}; known kinds: ${ACTION_KINDS.join(', ')}`,
      `tipo de acción desconocido ${JSON.stringify(k)}; tipos conocidos: ${ACTION_KINDS.join(', ')}`,
      { field: 'kind' },
    ),
  ]);
}

const T = {
  en: {
    inForce: (d: string) => `Rules in force on ${d}`,
    header: ['kind', 'version', 'from', 'until', 'chambers', 'confidence'],
    sources: 'Sources and notes',
    params: 'Parameters in force',
    pheader: ['parameter', 'value', 'since', 'confidence', 'source'],
    interps: 'Default readings of disputed points',
    diff: (a: string, b: string) => `What changed between ${a} and ${b}`,
    added: 'Versions that came into force',
    removed: 'Versions no longer in force',
    changed: 'Parameters whose value changed',
    cheader: ['parameter', 'before', 'after', 'since', 'source'],
    defaults: 'Default readings that changed',
    none: '(none)',
    note: 'note',
    open: 'open',
  },
  es: {
    inForce: (d: string) => `Reglas vigentes el ${d}`,
    header: ['tipo', 'versión', 'desde', 'hasta', 'cámaras', 'confianza'],
    sources: 'Fuentes y notas',
    params: 'Parámetros vigentes',
    pheader: ['parámetro', 'valor', 'desde', 'confianza', 'fuente'],
    interps: 'Lecturas por defecto de los puntos discutidos',
    diff: (a: string, b: string) => `Qué cambió entre el ${a} y el ${b}`,
    added: 'Versiones que entraron en vigor',
    removed: 'Versiones que dejaron de regir',
    changed: 'Parámetros cuyo valor cambió',
    cheader: ['parámetro', 'antes', 'después', 'desde', 'fuente'],
    defaults: 'Lecturas por defecto que cambiaron',
    none: '(ninguno)',
    note: 'nota',
    open: 'abierta',
  },
} as const;

function rulesTable(rules: RuleListing[], lang: Lang): string {
  const t = T[lang];
  if (!rules.length) return t.none;
  return table(
    rules.map((r) => [
      r.kinds.join(', '),
      r.id,
      r.validFrom,
      r.validTo ?? t.open,
      r.chambers.join(', '),
      r.confidence,
    ]),
    [...t.header],
  );
}

function sourcesBlock(rules: RuleListing[], lang: Lang): string {
  const t = T[lang];
  const lines: string[] = [];
  for (const r of rules) {
    lines.push(`${r.id} — ${r.title}`);
    for (const c of r.cites)
      lines.push(`  · ${c.cite}${c.published ? ` (${c.published})` : ''}${c.url ? ` <${c.url}>` : ''}`);
    if (r.notes) lines.push(`  ${t.note}: ${r.notes}`);
  }
  return lines.join('\n');
}

export function renderRulesOn(data: RulesOnDate, lang: Lang): string {
  const t = T[lang];
  return [
    t.inForce(data.date),
    '',
    rulesTable(data.rules, lang),
    '',
    t.sources,
    sourcesBlock(data.rules, lang),
    '',
    t.params,
    table(
      data.parameters.map((p) => [p.key, p.value, p.from, p.confidence, p.citation.cite]),
      [...t.pheader],
    ),
    '',
    t.interps,
    ...data.interpretations.map((i) => `  ${i.key} = ${i.option} (${i.because}); ${i.options.join(' | ')}`),
  ].join('\n');
}

export function renderRulesDiff(d: RulesDiff, lang: Lang): string {
  const t = T[lang];
  return [
    t.diff(d.from, d.to),
    '',
    t.added,
    rulesTable(d.added, lang),
    '',
    t.removed,
    rulesTable(d.removed, lang),
    '',
    t.changed,
    d.parameters.length
      ? table(
          d.parameters.map((p) => [
            p.key,
            p.before?.value ?? '—',
            p.after?.value ?? '—',
            p.after?.from ?? '—',
            p.after?.citation.cite ?? p.before?.citation.cite ?? '—',
          ]),
          [...t.cheader],
        )
      : t.none,
    '',
    t.defaults,
    d.interpretations.length
      ? d.interpretations
          .map((i) => `  ${i.key}: ${i.before.option} → ${i.after.option} (${i.after.because})`)
          .join('\n')
      : t.none,
  ].join('\n');
}

interface RulesOptions {
  date?: string;
  diff?: string[];
  kind?: string;
  json?: boolean;
  lang?: string;
}

export function register(program: Command, io: Io): void {
  program
    .command('rules')
    .description('the rule versions in force on a date (default today) with their sources, or --diff D1 D2')
    .option('--date <date>', 'the date, YYYY-MM-DD (default: today)')
    .option('--diff <dates...>', 'two dates, YYYY-MM-DD: what changed between them')
    .option('--kind <kind>', 'only the rules governing this action kind')
    .option('--json', 'machine-readable output')
    .option('--lang <lang>', 'language of titles and readings: en or es', 'en')
    .action(async (opts: RulesOptions) => {
      const lang = langOf(opts);
      const kind = checkKind(opts.kind);
      // Loaded here, not at the top: the rulebook and its parameters are only needed by this command.
      const [{ peruRulebook }, listing] = await Promise.all([
        import('../../law/peru/index.js'),
        import('../rules-listing.js'),
      ]);
      const rulebook = peruRulebook();
      if (opts.diff !== undefined) {
        if (opts.diff.length !== 2 || opts.date !== undefined)
          throw new InputError([
            issue(
              'invalid_value',
              '--diff takes exactly two dates (and no --date): --diff 2019-01-01 2027-01-01',
              '--diff lleva exactamente dos fechas (y no --date): --diff 2019-01-01 2027-01-01',
              { field: 'diff' },
            ),
          ]);
        const from = checkDate(opts.diff[0]!, 'diff');
        const to = checkDate(opts.diff[1]!, 'diff');
        emit(io, opts.json, listing.rulesDiff(rulebook, from, to, lang, kind), (d) =>
          renderRulesDiff(d, lang),
        );
        return;
      }
      const date = checkDate(opts.date ?? today(), 'date');
      emit(io, opts.json, listing.rulesOn(rulebook, date, lang, kind), (d) => renderRulesOn(d, lang));
    });
}
