/**
 * `contrapeso state --date D [--json] [--lang es|en] [--data DIR]`: the constitutional state at the end of
 * a day, from the record: office holders, chamber composition, the Council of Ministers and its
 * confidence, fallen Councils, motions under way, states of exception, the terms and whether Congress is
 * in its last year, each answer citing the events it rests on; and how far the record reaches.
 */
import type { Command } from 'commander';
import { isIsoDate, type IsoDate } from '../../lib/dates.js';
import { InputError, issue } from '../../lib/issues.js';
import type { State } from '../../law/state.js';
import type { Lang } from '../../law/types.js';
import type { Coverage, Override, PeruRecord } from '../../record/types.js';
import { emit, langOf, table, type Io } from '../io.js';

export function checkDate(d: string | undefined, field: string): IsoDate {
  if (d === undefined || !isIsoDate(d))
    throw new InputError([
      issue(
        'invalid_date',
        `${field}: ${JSON.stringify(d ?? '')} is not a real calendar date, YYYY-MM-DD`,
        `${field}: ${JSON.stringify(d ?? '')} no es una fecha real, AAAA-MM-DD`,
        { field },
      ),
    ]);
  return d;
}

/** The record for a command: embedded, or with the user's folder merged over it (loaded lazily). */
export async function loadRecordFor(dataDir: string | undefined): Promise<PeruRecord> {
  const { recordFor } = await import('../../record/default.js');
  return recordFor(dataDir);
}

export function coverageLine(c: Coverage, lang: Lang, overrides: Override[] = []): string {
  const base =
    lang === 'es'
      ? `El registro llega hasta ${c.latestEvent ?? '—'} (último evento con fuentes; ${c.events} eventos desde ${c.firstEvent ?? '—'}).`
      : `The record reaches ${c.latestEvent ?? '—'} (latest sourced event; ${c.events} events since ${c.firstEvent ?? '—'}).`;
  if (!overrides.length) return base;
  const list = overrides.map((o) => `${o.collection}:${o.id}`).join(', ');
  return `${base}\n${lang === 'es' ? 'Reemplazados por --data' : 'Replaced by --data'}: ${list}`;
}

const L = {
  en: {
    title: 'State at the end of',
    offices: 'Offices',
    president: 'President of the Republic',
    firstVicePresident: 'First Vice President',
    secondVicePresident: 'Second Vice President',
    presidentOfCongress: 'President of Congress',
    presidentOfSenate: 'President of the Senate',
    presidentOfDeputies: 'President of the Chamber of Deputies',
    primeMinister: 'Prime Minister',
    vacant: 'vacant',
    unknown: 'not in the record',
    asPoc: 'holds it as President of Congress (Art. 115)',
    council: 'Council of Ministers',
    appointed: 'appointed',
    confidence: 'confidence (investiture)',
    yes: 'yes',
    no: 'no',
    terms: 'Terms',
    congressTerm: 'Congress',
    presidentialTerm: 'Presidential term',
    lastYear: 'in its last year (no dissolution: Art. 134)',
    notLastYear: 'not in its last year',
    dissolved: 'Congress dissolved',
    composition: 'Composition',
    group: 'group',
    seats: 'seats',
    fallen:
      'Councils fallen by censure or refusal of confidence (Art. 134 counts them by dissolution.count-scope)',
    date: 'date',
    how: 'how',
    pm: 'prime minister',
    term: 'term',
    congress: 'congress',
    pending: 'Motions under way',
    kind: 'kind',
    target: 'target',
    filed: 'filed',
    admitted: 'admitted',
    exceptions: 'States of exception in force',
    reforms: 'Constitutional reforms under way (Art. 206)',
    current: 'the current presidential term / Congress',
    awaiting: 'awaiting',
    from: 'from',
    to: 'to',
    territory: 'territory',
    none: 'none',
    basis: 'Basis (events and records each answer rests on)',
  },
  es: {
    title: 'Estado al final del',
    offices: 'Cargos',
    president: 'Presidente de la República',
    firstVicePresident: 'Primer vicepresidente',
    secondVicePresident: 'Segundo vicepresidente',
    presidentOfCongress: 'Presidente del Congreso',
    presidentOfSenate: 'Presidente del Senado',
    presidentOfDeputies: 'Presidente de la Cámara de Diputados',
    primeMinister: 'Presidente del Consejo de Ministros',
    vacant: 'vacante',
    unknown: 'no consta en el registro',
    asPoc: 'lo ejerce como Presidente del Congreso (art. 115)',
    council: 'Consejo de Ministros',
    appointed: 'nombrado',
    confidence: 'confianza (investidura)',
    yes: 'sí',
    no: 'no',
    terms: 'Periodos',
    congressTerm: 'Congreso',
    presidentialTerm: 'Periodo presidencial',
    lastYear: 'en su último año (no cabe disolución: art. 134)',
    notLastYear: 'no está en su último año',
    dissolved: 'Congreso disuelto',
    composition: 'Composición',
    group: 'grupo',
    seats: 'escaños',
    fallen:
      'Consejos caídos por censura o denegación de confianza (el art. 134 los cuenta según dissolution.count-scope)',
    date: 'fecha',
    how: 'cómo',
    pm: 'premier',
    term: 'periodo',
    congress: 'congreso',
    pending: 'Mociones en trámite',
    kind: 'tipo',
    target: 'contra',
    filed: 'presentada',
    admitted: 'admitida',
    exceptions: 'Estados de excepción vigentes',
    reforms: 'Reformas constitucionales en trámite (art. 206)',
    current: 'el periodo presidencial / Congreso en curso',
    awaiting: 'pendiente',
    from: 'desde',
    to: 'hasta',
    territory: 'territorio',
    none: 'ninguno',
    basis: 'Sustento (eventos y registros en que descansa cada respuesta)',
  },
} as const;

export interface StateOutput {
  date: IsoDate;
  coverage: Coverage;
  beyondCoverage: boolean;
  overrides: Override[];
  names: Record<string, string>;
  state: State;
}

export function renderState(o: StateOutput, lang: Lang): string {
  const t = L[lang];
  const s = o.state;
  const name = (id: string | null | undefined) =>
    id === undefined ? t.unknown : id === null ? t.vacant : `${o.names[id] ?? id} (${id})`;
  const out: string[] = [`${t.title} ${o.date}`, coverageLine(o.coverage, lang, o.overrides)];
  if (o.beyondCoverage)
    out.push(
      lang === 'es'
        ? `Atención: ${o.date} es posterior al último evento registrado; el estado puede no reflejar hechos recientes.`
        : `Note: ${o.date} is after the latest recorded event; the state may miss later facts.`,
    );
  out.push('', t.offices);
  const offices = s.offices ?? {};
  const rows: string[][] = [];
  for (const key of [
    'president',
    'firstVicePresident',
    'secondVicePresident',
    'presidentOfCongress',
    'presidentOfSenate',
    'presidentOfDeputies',
    'primeMinister',
  ] as const) {
    if (!(key in offices)) continue;
    let v = name(offices[key]);
    if (key === 'president' && s.presidentIsPresidentOfCongress) v += ` — ${t.asPoc}`;
    rows.push([`  ${t[key]}`, v]);
  }
  out.push(table(rows));
  if (s.councilAppointedOn)
    out.push(
      '',
      `${t.council}: ${t.appointed} ${s.councilAppointedOn}; ${t.confidence}: ${s.councilHasConfidence === undefined ? '—' : s.councilHasConfidence ? t.yes : t.no}`,
    );
  out.push('', t.terms);
  if (s.congressTerm)
    out.push(
      `  ${t.congressTerm} ${s.congressTerm.id} (${s.congressTerm.from} → ${s.congressTerm.to}): ${s.congressInLastYear ? t.lastYear : t.notLastYear}${s.congressDissolved ? `; ${t.dissolved}` : ''}`,
    );
  if (s.presidentialTerm)
    out.push(
      `  ${t.presidentialTerm} ${s.presidentialTerm.id} (${s.presidentialTerm.from} → ${s.presidentialTerm.to})`,
    );
  for (const [chamber, comp] of Object.entries(s.composition ?? {})) {
    if (!comp) continue;
    out.push('', `${t.composition} (${chamber}, ${comp.id ?? ''} ${comp.date}, ${comp.total})`);
    out.push(
      table(
        comp.groups.map((g) => [`  ${g.name ?? g.organizationId}`, g.seats]),
        [`  ${t.group}`, t.seats],
      ),
    );
  }
  const fallen = s.fallenCouncils ?? [];
  out.push('', t.fallen);
  out.push(
    fallen.length
      ? table(
          fallen.map((c) => [
            `  ${c.date}`,
            c.how,
            name(c.primeMinister),
            `${c.term}${c.term === s.presidentialTerm?.id ? ' *' : ''}`,
            `${c.congress}${c.congress === s.congressTerm?.id ? ' *' : ''}`,
          ]),
          [`  ${t.date}`, t.how, t.pm, t.term, t.congress],
        )
      : `  ${t.none}`,
  );
  if (fallen.length) out.push(`  * ${t.current}`);
  const pending = s.pendingMotions ?? [];
  out.push('', t.pending);
  out.push(
    pending.length
      ? table(
          pending.map((m) => [`  ${m.kind}`, name(m.target), m.filedOn, m.admittedOn, m.id]),
          [`  ${t.kind}`, t.target, t.filed, t.admitted, 'id'],
        )
      : `  ${t.none}`,
  );
  const soe = s.statesOfException ?? [];
  out.push('', t.exceptions);
  out.push(
    soe.length
      ? table(
          soe.map((x) => [`  ${x.kind}`, x.from, x.to, x.territory]),
          [`  ${t.kind}`, t.from, t.to, t.territory],
        )
      : `  ${t.none}`,
  );
  const reforms = s.reformsUnderWay ?? [];
  out.push('', t.reforms);
  out.push(
    reforms.length
      ? table(
          reforms.map((r) => [`  ${r.date}`, r.route, r.awaiting, r.description ?? r.eventId]),
          [`  ${t.date}`, 'route', t.awaiting, ''],
        )
      : `  ${t.none}`,
  );
  const basis = Object.entries(s.basis ?? {}).filter(([, v]) => v.length);
  if (basis.length) {
    out.push('', t.basis);
    for (const [k, v] of basis) out.push(`  ${k}: ${v.join(', ')}`);
  }
  return out.join('\n');
}

export function register(program: Command, io: Io): void {
  program
    .command('state')
    .description('the constitutional state on a date, from the record, each answer citing its events')
    .requiredOption('--date <date>', 'the day (YYYY-MM-DD); the state at its end')
    .option('--json', 'machine-readable output')
    .option('--lang <lang>', 'language: en or es', 'en')
    .option('--data <dir>', 'a folder of YAML (same layout as data/peru) merged over the embedded record')
    .action(async (opts: { date: string; json?: boolean; lang?: string; data?: string }) => {
      const lang = langOf(opts);
      const date = checkDate(opts.date, 'date');
      const record = await loadRecordFor(opts.data);
      const { stateOn, RecordIndex } = await import('../../record/state.js');
      const ix = new RecordIndex(record);
      const state = stateOn(record, date, ix);
      const names: Record<string, string> = {};
      const ids = new Set<string>();
      for (const v of Object.values(state.offices ?? {})) if (v) ids.add(v);
      for (const c of state.fallenCouncils ?? []) if (c.primeMinister) ids.add(c.primeMinister);
      for (const m of state.pendingMotions ?? []) if (m.target) ids.add(m.target);
      for (const id of ids) names[id] = ix.personNames.get(id) ?? ix.orgNames.get(id) ?? id;
      const output: StateOutput = {
        date,
        coverage: record.coverage,
        beyondCoverage: !!record.coverage.latestEvent && date > record.coverage.latestEvent,
        overrides: record.overrides,
        names,
        state,
      };
      emit(io, opts.json, output, (o) => renderState(o, lang));
    });
}
