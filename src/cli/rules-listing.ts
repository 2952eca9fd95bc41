/**
 * What `contrapeso rules` shows, as plain data: the rule versions in force on a date (with citations,
 * validity, notes and confidence), the dated parameters in force, the interpretation defaults, and the
 * difference between two dates. Pure: it takes the rulebook, so the command can load it lazily.
 */
import type { IsoDate } from '../lib/dates.js';
import { ACTION_KINDS, type ActionKind } from '../law/kinds.js';
import { defaultOption, INTERPRETATIONS } from '../law/interpretations.js';
import type { ParameterScalar, ParameterValue } from '../law/parameters/parameters.js';
import type { ThresholdSpec } from '../law/parameters/threshold-spec.js';
import type { RuleVersion } from '../law/rule.js';
import type { Rulebook } from '../law/rulebook.js';
import type { Chamber, Citation, Lang } from '../law/types.js';

export interface RuleListing {
  id: string;
  kinds: ActionKind[];
  title: string;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  chambers: Chamber[];
  vote: 'yes' | 'no' | 'depends';
  confidence: 'high' | 'medium' | 'low' | null;
  notes: string | null;
  cites: Citation[];
}

export interface ParameterListing {
  key: string;
  description: string;
  /** The value as written in the parameter files (`>= 2/3 of legal`, `60`, `null`). */
  value: string;
  from: IsoDate;
  citation: Citation;
  confidence: 'high' | 'medium' | 'low' | null;
  note: string | null;
}

export interface InterpretationDefault {
  key: string;
  option: string;
  because: string;
  options: string[];
}

export interface RulesOnDate {
  date: IsoDate;
  rules: RuleListing[];
  parameters: ParameterListing[];
  interpretations: InterpretationDefault[];
}

export interface RulesDiff {
  from: IsoDate;
  to: IsoDate;
  /** Versions in force on `to` but not on `from`. */
  added: RuleListing[];
  /** Versions in force on `from` but not on `to`. */
  removed: RuleListing[];
  /** Parameters whose value differs between the two dates (a re-cited, equal value is not a change). */
  parameters: {
    key: string;
    description: string;
    before: ParameterListing | null;
    after: ParameterListing | null;
  }[];
  /** Interpretations whose default option differs between the two dates. */
  interpretations: { key: string; before: InterpretationDefault; after: InterpretationDefault }[];
}

/** A parameter value written back the way the YAML files write it. */
export function formatValue(value: ParameterScalar | undefined): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'object') {
    const spec = value as ThresholdSpec;
    return `${spec.comparison === 'at-least' ? '>=' : '>'} ${spec.label} of ${spec.base}`;
  }
  return String(value);
}

const kindOrder = (v: RuleVersion) => Math.min(...v.kinds.map((k) => ACTION_KINDS.indexOf(k)));

function sortVersions(vs: RuleVersion[]): RuleVersion[] {
  return [...vs].sort((a, b) => kindOrder(a) - kindOrder(b) || a.id.localeCompare(b.id));
}

export function listRule(v: RuleVersion, lang: Lang): RuleListing {
  return {
    id: v.id,
    kinds: [...v.kinds],
    title: v.title[lang],
    validFrom: v.validFrom,
    validTo: v.validTo ?? null,
    chambers: [...v.chambers],
    vote: typeof v.vote === 'function' ? 'depends' : v.vote ? 'yes' : 'no',
    confidence: v.confidence ?? null,
    notes: v.notes ?? null,
    cites: v.cites,
  };
}

function listParameter(key: string, description: string, pv: ParameterValue): ParameterListing {
  return {
    key,
    description,
    value: formatValue(pv.value),
    from: pv.from,
    citation: pv.citation,
    confidence: pv.confidence ?? null,
    note: pv.note ?? null,
  };
}

function parametersAt(rulebook: Rulebook, date: IsoDate): ParameterListing[] {
  const out: ParameterListing[] = [];
  for (const [key, p] of [...rulebook.params.byKey.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const pv = rulebook.params.lookup(key, date);
    if (pv) out.push(listParameter(key, p.description, pv));
  }
  return out;
}

function defaultsAt(date: IsoDate, lang: Lang): InterpretationDefault[] {
  return INTERPRETATIONS.map((i) => {
    const d = defaultOption(i.key, date);
    return { key: i.key, option: d.option, because: d.because[lang], options: i.options.map((o) => o.id) };
  });
}

/** The rules in force on `date`, optionally only those governing `kind`. */
export function rulesOn(rulebook: Rulebook, date: IsoDate, lang: Lang, kind?: ActionKind): RulesOnDate {
  const versions = rulebook.inForce(date).filter((v) => !kind || v.kinds.includes(kind));
  return {
    date,
    rules: sortVersions(versions).map((v) => listRule(v, lang)),
    parameters: parametersAt(rulebook, date),
    interpretations: defaultsAt(date, lang),
  };
}

/** What changed between two dates: versions added and removed, parameter values and default readings. */
export function rulesDiff(
  rulebook: Rulebook,
  from: IsoDate,
  to: IsoDate,
  lang: Lang,
  kind?: ActionKind,
): RulesDiff {
  const keep = (v: RuleVersion) => !kind || v.kinds.includes(kind);
  const before = new Set(rulebook.inForce(from).filter(keep));
  const after = new Set(rulebook.inForce(to).filter(keep));
  const parameters: RulesDiff['parameters'] = [];
  for (const [key, p] of [...rulebook.params.byKey.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const a = rulebook.params.lookup(key, from);
    const b = rulebook.params.lookup(key, to);
    if (formatValue(a?.value) === formatValue(b?.value) && !!a === !!b) continue;
    parameters.push({
      key,
      description: p.description,
      before: a ? listParameter(key, p.description, a) : null,
      after: b ? listParameter(key, p.description, b) : null,
    });
  }
  const da = defaultsAt(from, lang);
  const db = defaultsAt(to, lang);
  return {
    from,
    to,
    added: sortVersions([...after].filter((v) => !before.has(v))).map((v) => listRule(v, lang)),
    removed: sortVersions([...before].filter((v) => !after.has(v))).map((v) => listRule(v, lang)),
    parameters,
    interpretations: da
      .map((x, i) => ({ key: x.key, before: x, after: db[i]! }))
      .filter((d) => d.before.option !== d.after.option),
  };
}
