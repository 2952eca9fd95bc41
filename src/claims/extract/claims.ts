/**
 * Claims in one sentence. Each finder is a small, bounded pattern (sentences are at most MAX_SENTENCE
 * characters, and no pattern nests quantifiers), so extraction is linear in the article.
 *
 * Kinds (Full Fact's "quantity" and "rules" claims, made specific to constitutional procedure):
 * tally, threshold, count, date, duration, election, succession, characterisation.
 */
import type { IsoDate } from '../../lib/dates.js';
import { findDates, type DateMention } from './dates.js';
import { fold, type EntityMention } from './entities.js';
import { FRACTION_PATTERN, NUMBER_PATTERN, parseFractionWords, parseNumber } from './numbers.js';

export type ClaimKind =
  'tally' | 'threshold' | 'count' | 'date' | 'duration' | 'election' | 'succession' | 'characterisation';
export const CLAIM_KINDS: readonly ClaimKind[] = [
  'tally',
  'threshold',
  'count',
  'date',
  'duration',
  'election',
  'succession',
  'characterisation',
];

/** What the sentence is about, used to link a claim to kinds of record events. */
export type Topic =
  | 'vacancy'
  | 'confidence'
  | 'censure'
  | 'interpellation'
  | 'reform'
  | 'early-elections'
  | 'emergency'
  | 'deaths'
  | 'injured'
  | 'election'
  | 'inauguration'
  | 'resignation'
  | 'succession'
  | 'dissolution'
  | 'arrest';

export interface ExtractedClaim {
  kind: ClaimKind;
  /** Span in the analysed text. */
  start: number;
  end: number;
  text: string;
  value: Record<string, unknown>;
  sentence: { start: number; end: number; text: string };
  topics: Topic[];
  entities: EntityMention[];
  dates: DateMention[];
  /** Inside quotation marks: the article attributes the words to someone else. */
  quoted: boolean;
  /** Topics or people came from the previous sentence: enough to find evidence, not to refute. */
  inherited: boolean;
}

const TOPIC_CUES: [Topic, RegExp][] = [
  [
    'vacancy',
    /\b(vacanc(y|ia)|vacancia|vacad[oa]|vac[oó]|vacar|vacate[ds]?|removed?|removal|oust(ed|er)?|impeach\w*|destitu\w*|depose[ds]?|incapacidad moral|moral incapacity)\b/i,
  ],
  ['confidence', /\b(confidence|confianza|investiture|investidura)\b/i],
  ['censure', /\b(censure[ds]?|censura\w*)\b/i],
  ['interpellation', /\b(interpellat\w*|interpelaci\w+|motions? to question)\b/i],
  [
    'early-elections',
    /\b(early (general )?elections?|bring(ing)? forward (the )?elections|mov(e|ed|ing) (the )?elections|elections? (to be )?brought forward|adelanto (de|electoral)|adelantar (las )?elecciones)\b/i,
  ],
  [
    'reform',
    /\b(constitutional reform|reforma constitucional|amend(ment|ed)?|bill|proyecto de ley|referendum|referéndum)\b/i,
  ],
  ['emergency', /\b(state of emergency|emergency decree|estado de emergencia|curfew|toque de queda)\b/i],
  [
    'deaths',
    /\b(died|dead|deaths?|killed|muert[oa]s|muertes|fallecid[oa]s|asesinad[oa]s|v[ií]ctimas mortales)\b/i,
  ],
  ['injured', /\b(injured|wounded|heridos?)\b/i],
  [
    'election',
    /\b(elections?|electoral|runoff|run-off|second round|first round|segunda vuelta|primera vuelta|ballot|comicios)\b/i,
  ],
  [
    'inauguration',
    /\b(sworn in|swearing[- ]in|swore in|took office|taking office|inaugurat\w+|juramen\w+|asumi\w* (?:el cargo|la presidencia)|jurad[oa]|jur[oó]|tom[óo] posesi[óo]n)\b/i,
  ],
  ['resignation', /\b(resign\w*|renunci\w+|dimi\w+)\b/i],
  ['succession', /\b(succeed\w*|successor|succession|suced\w+|sucesi[óo]n|replaced|reemplaz\w+)\b/i],
  ['dissolution', /\b(dissol\w+|disolv\w+|disoluci[óo]n|clos(e|ing) (of )?congress|cierre del congreso)\b/i],
  ['arrest', /\b(arrest\w*|detained|imprison\w*|jailed|detenid[oa]|arrestad[oa]|encarcelad[oa])\b/i],
];

/**
 * Topics of a sentence. Cues are matched on the accent-folded text, because JavaScript's \b and \w do
 * not treat "ó" as a letter ("renunció", "reemplazó" would otherwise never match).
 */
const topicMemo: { text: string; topics: Topic[] }[] = [];
export function topicsOf(sentence: string): Topic[] {
  // Each sentence is asked about twice (as itself, then as the next one's context): remember a few.
  for (const m of topicMemo) if (m.text === sentence) return m.topics;
  const folded = fold(sentence);
  const topics = TOPIC_CUES.filter(([, re]) => re.test(folded)).map(([t]) => t);
  topicMemo.unshift({ text: sentence, topics });
  if (topicMemo.length > 4) topicMemo.pop();
  return topics;
}

const N = NUMBER_PATTERN;
const APPROX =
  '(around|about|nearly|almost|over|more than|fewer than|less than|at least|some|roughly|approximately|up to|close to|alrededor de|cerca de|más de|menos de|casi|unos|unas|al menos|aproximadamente|hasta|sobre)';

type Finder = (s: string) => { start: number; end: number; value: Record<string, unknown> }[];

function num(s: string | undefined): number | null {
  return s === undefined ? null : parseNumber(s);
}

const RE_TALLY_FAVOUR = new RegExp(
  `\\b${N}\\s+(?:votes?\\s+)?(?:in favou?r|for|yes|a favor|votos a favor|votos? favorables?)\\b[,;]?\\s+(?:and\\s+|y\\s+|with\\s+|con\\s+)?${N}\\s+(?:votes?\\s+|votos\\s+)?(?:against|en contra|no|opposed)\\b(?:[,;]?\\s+(?:and\\s+|y\\s+|with\\s+|con\\s+)?${N}\\s+(?:abstentions?|abstenciones|abstained|abstaining|se abstuvieron))?`,
  'gi',
);
const RE_TALLY_TO = new RegExp(
  `\\b(?:by|with|por|con)\\s+(?:a\\s+vote\\s+of\\s+)?${N}\\s+(?:votes?|votos)\\s+(?:to|against|contra|a|frente a)\\s+${N}\\b(?:[,;]?\\s+(?:and|with|y|con)\\s+${N}\\s+(?:abstentions?|abstenciones))?`,
  'gi',
);
const RE_TALLY_OF =
  /\b(?:vote|votes|votación|votos|by|por)\s+(?:of\s+|de\s+)?(\d{1,3})\s?[-–]\s?(\d{1,3})(?:\s?[-–]\s?(\d{1,3}))?\b/gi;
const RE_TALLY_VOTED = new RegExp(
  `\\b(?:vot(?:ed|aron|ó)|vote of|votación de)\\s+${N}\\s+(?:to|a|contra|against)\\s+${N}\\b(?:,?\\s+(?:with\\s+|con\\s+|and\\s+|y\\s+)?${N}\\s+(?:abstentions?|abstenciones))?`,
  'gi',
);
const RE_TALLY_DASH =
  /\b(\d{1,3})\s?[-–]\s?(\d{1,3})(?:\s?[-–]\s?(\d{1,3}))?\s+(?:vote|votes|votación|votos)\b/gi;
const REJECTED =
  /\b(reject\w*|defeat\w*|voted down|turned down|failed|fell|rechaz\w+|desestim\w+|archiv\w+|no aprob\w+)\b/i;

const TALLY_GATE = /favou?r|against|contra|vot/i;
const findTallies: Finder = (s) => {
  const out: ReturnType<Finder> = [];
  if (!TALLY_GATE.test(s)) return out;
  const rejected = REJECTED.test(s);
  // Cheap literal gates first: the number patterns are only run where their keywords occur.
  const favour = /favou?r|\bfor\b|\byes\b|favorable/i.test(s) && /against|contra|\bno\b|opposed/i.test(s);
  for (const m of favour ? s.matchAll(RE_TALLY_FAVOUR) : []) {
    const f = num(m[1]);
    const a = num(m[2]);
    if (f === null || a === null) continue;
    out.push({
      start: m.index!,
      end: m.index! + m[0].length,
      value: { for: f, against: a, abstain: num(m[3]) },
    });
  }
  for (const m of /vot(?:e|es|os)\s+(?:to|against|contra|a|frente)\b/i.test(s)
    ? s.matchAll(RE_TALLY_TO)
    : []) {
    const x = num(m[1]);
    const y = num(m[2]);
    if (x === null || y === null) continue;
    // "rejected by 75 votes to 48": the larger side voted against.
    const [f, a] = rejected ? [Math.min(x, y), Math.max(x, y)] : [x, y];
    out.push({
      start: m.index!,
      end: m.index! + m[0].length,
      value: { for: f, against: a, abstain: num(m[3]) },
    });
  }
  for (const m of /\bvot(?:ed|aron|ó)\s|vote of|votación de/i.test(s) ? s.matchAll(RE_TALLY_VOTED) : []) {
    const x = num(m[1]);
    const y = num(m[2]);
    if (x === null || y === null) continue;
    const [f, a] = rejected ? [Math.min(x, y), Math.max(x, y)] : [x, y];
    out.push({
      start: m.index!,
      end: m.index! + m[0].length,
      value: { for: f, against: a, abstain: num(m[3]) },
    });
  }
  // "a 101-vote majority": only the votes in favour are stated
  for (const m of /-vote\b/i.test(s) ? s.matchAll(/\b(\d{1,3})-vote (?:majority|margin|vote)\b/gi) : [])
    out.push({
      start: m.index!,
      end: m.index! + m[0].length,
      value: { for: +m[1]!, against: null, abstain: null },
    });
  const dashes = /\d\s?[-–]\s?\d/.test(s);
  for (const m of dashes ? [...s.matchAll(RE_TALLY_DASH), ...s.matchAll(RE_TALLY_OF)] : []) {
    const x = +m[1]!;
    const y = +m[2]!;
    const [f, a] = rejected ? [Math.min(x, y), Math.max(x, y)] : [x, y];
    out.push({
      start: m.index!,
      end: m.index! + m[0].length,
      value: { for: f, against: a, abstain: m[3] ? +m[3] : null },
    });
  }
  return dedupe(out);
};

const RE_FRACTION = new RegExp(
  `\\b(${FRACTION_PATTERN})(?:\\s+(?:of|de)\\s+(?:the\\s+|los\\s+|las\\s+|sus\\s+|its\\s+)?(?:(\\d{2,3})\\s+)?(?:legal\\s+|statutory\\s+)?(members|congress(?:men|people)?|lawmakers|legislators|votes|miembros|congresistas|parlamentarios|legisladores|votos|the legal number|número legal)?)?`,
  'gi',
);
const RE_VOTES_NEEDED = new RegExp(
  `\\b(?:${N}\\s+(?:votes?|votos)\\s+(?:(?:were|are|is|was|would be|será|serán|eran|son)\\s+)?(?:needed|required|necessary|necesarios|requeridos|needed to|required to)|(?:needed|required|requires|require|need|needs|necesita(?:ba)?n?|requiere(?:n)?|requerían|se necesitan|se requieren|at least|minimum of|mínimo de|al menos)\\s+${N}\\s+(?:votes?|votos))`,
  'gi',
);
const RE_OR_VOTES = new RegExp(`\\b(?:or|o|and|y)\\s+${N}\\s+(?:votes?|votos)\\b`, 'gi');
const RE_MAJORITY =
  /\b(simple majority|absolute majority|qualified majority|mayoría simple|mayoría absoluta|mayoría calificada|(?:la )?mitad más uno|half plus one|más de la mitad|more than half)(?:\s+(?:of|de)\s+(?:the\s+|los\s+|las\s+)?(?:members|congresistas|miembros|lawmakers|legisladores)?\s*(hábiles|habiles|present|presentes|in office|en funciones|legal|del número legal))?/gi;
const RE_ARTICLE =
  /\b(?:article|artículo|art\.)\s+(\d{1,3})(?:\s*(?:\(|,?\s*(?:inciso|inc\.|clause|paragraph|numeral)\s*)(\d{1,2}))?/gi;

const findThresholds: Finder = (s) => {
  const out: ReturnType<Finder> = [];
  for (const m of /third|fifth|quarter|tercio|quinto|cuarto|tercera|quinta/i.test(s)
    ? s.matchAll(RE_FRACTION)
    : []) {
    const f = parseFractionWords(m[1]!);
    if (!f) continue;
    out.push({
      start: m.index!,
      end: m.index! + m[0].length,
      value: { fraction: f, of: m[2] ? +m[2] : null, base: m[3] ? 'legal' : null },
    });
  }
  const needs = /vot/i.test(s) && /need|requir|necesit|requier|at least|minimum|m[ií]nimo|al menos/i.test(s);
  for (const m of needs ? s.matchAll(RE_VOTES_NEEDED) : []) {
    const v = num(m[1] ?? m[2]);
    if (v === null) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, value: { votes: v } });
  }
  // "requires 87 votes …, or 66 votes …": the alternative after a stated requirement
  for (const m of needs ? s.matchAll(RE_OR_VOTES) : []) {
    const v = num(m[1]);
    if (v !== null) out.push({ start: m.index!, end: m.index! + m[0].length, value: { votes: v } });
  }
  for (const m of /majority|mayor[ií]a|half|mitad/i.test(s) ? s.matchAll(RE_MAJORITY) : []) {
    const w = m[1]!.toLowerCase();
    const majority = /simple/.test(w) ? 'simple' : /absolut|half|mitad/.test(w) ? 'absolute' : 'qualified';
    const b = (m[2] ?? '').toLowerCase();
    const base = /h[áa]biles|in office|en funciones/.test(b)
      ? 'habiles'
      : /present/.test(b)
        ? 'present'
        : /legal/.test(b)
          ? 'legal'
          : null;
    out.push({ start: m.index!, end: m.index! + m[0].length, value: { majority, base } });
  }
  for (const m of /art/i.test(s) ? s.matchAll(RE_ARTICLE) : []) {
    out.push({
      start: m.index!,
      end: m.index! + m[0].length,
      value: { article: +m[1]!, clause: m[2] ? +m[2] : null },
    });
  }
  return mergeOverlaps(out);
};

const COUNT_NOUNS: [string, RegExp][] = [
  ['motions', /^(motions?|mociones|moción)$/],
  ['ministers', /^(ministers?|ministros?|ministras?)$/],
  ['presidents', /^(presidents?|presidentes?)$/],
  [
    'regions',
    /^(regions?|departments?|provinces?|regiones|departamentos|provincias|administrative areas?|areas?)$/,
  ],
  ['deaths', /^(deaths?|dead|people killed|muertos|muertes|fallecidos|víctimas)$/],
  ['injured', /^(injured|wounded|heridos)$/],
  ['cabinets', /^(cabinets?|gabinetes?)$/],
  ['censures', /^(censures?|censuras?)$/],
  ['protesters', /^(protesters|demonstrators|manifestantes)$/],
  ['arrested', /^(arrested|detenidos)$/],
  ['congressmen', /^(congressmen|congresspeople|lawmakers|legislators|congresistas|members of congress)$/],
  ['parties', /^(parties|partidos|bancadas|parliamentary groups)$/],
  ['organizations', /^(organi[sz]ations|organizaciones|movements|movimientos)$/],
  ['countries', /^(countries|países|nations|naciones)$/],
];
const VAGUE: Record<string, [number, number]> = {
  dozens: [24, 99],
  hundreds: [200, 999],
  thousands: [2000, 9999],
  decenas: [20, 99],
  cientos: [200, 999],
  centenares: [200, 999],
  miles: [2000, 9999],
  tens: [20, 99],
};
const RE_COUNT = new RegExp(
  `\\b(?:${APPROX}\\s+)?(${N.slice(1, -1)}|dozens|hundreds|thousands|decenas|cientos|centenares|miles|tens)\\s+(?:(?:of|de)\\s+)?((?:[A-Za-záéíóúñ’'-]+\\s+){0,3}?)(motions?|mociones|moción|ministers?|ministros?|ministras?|presidents?|presidentes?|regions?|departments?|provinces?|regiones|departamentos|provincias|areas?|deaths?|dead|muertos|muertes|fallecidos|víctimas|injured|wounded|heridos|cabinets?|gabinetes?|censures?|censuras?|protesters|demonstrators|manifestantes|arrested|detenidos|congressmen|lawmakers|legislators|congresistas|parties|partidos|bancadas|organi[sz]ations|organizaciones|movements|movimientos|countries|países|nations|naciones)\\b`,
  'gi',
);
const RE_DIED = new RegExp(
  `\\b(?:${APPROX}\\s+)?(${N.slice(1, -1)})\\s+((?:[A-Za-záéíóúñ]+\\s+){0,2}?)(?:have |has |had |were |was |han |fueron )?(?:died|been killed|killed|dead|murieron|fallecieron|han muerto|perdieron la vida)\\b`,
  'gi',
);

function approxOf(w: string | undefined): string | null {
  if (!w) return null;
  const l = w.toLowerCase();
  if (/over|more than|más de|at least|al menos|sobre/.test(l)) return 'more-than';
  if (/fewer|less|menos|up to|hasta/.test(l)) return 'less-than';
  return 'about';
}

const COUNT_GATE =
  /motion|moci[oó]n|minist|presiden|region|depart|provinc|area|death|dead|muert|fallec|v[ií]ctim|injur|wound|herid|cabinet|gabinet|censur|protest|demonstr|manifest|arrest|detenid|congres|lawmak|legislat|parti|bancad|organi|movement|movimient|countr|pa[ií]s|nation|naci[oó]n/i;
const RE_DIED_AFTER = new RegExp(
  `\\b(?:han muerto|murieron|fallecieron|perdieron la vida|have died|died|were killed|have been killed)\\s+(?:${APPROX}\\s+)?(${N.slice(1, -1)})(?:\\s+(?:personas|people|persons|manifestantes|protesters|civiles|civilians))?`,
  'gi',
);
const DIED_GATE = /died|killed|dead|murieron|fallecieron|muerto|perdieron/i;
const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  primera: 1,
  segunda: 2,
  tercera: 3,
  cuarta: 4,
  quinta: 5,
  sexta: 6,
  séptima: 7,
  octava: 8,
  novena: 9,
  décima: 10,
};
const RE_NTH_TIME =
  /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|primera|segunda|tercera|cuarta|quinta|sexta|séptima|octava|novena|décima)\s+(time|vez)\b/gi;
const findCounts: Finder = (s) => {
  const out: ReturnType<Finder> = [];
  for (const m of /time|vez/i.test(s) ? s.matchAll(RE_NTH_TIME) : []) {
    out.push({
      start: m.index!,
      end: m.index! + m[0].length,
      value: { n: ORDINALS[m[1]!.toLowerCase()] ?? null, range: null, noun: 'occurrences', approx: null },
    });
  }
  for (const m of COUNT_GATE.test(s) ? s.matchAll(RE_COUNT) : []) {
    const word = m[2]!.toLowerCase();
    const gap = (m[3] ?? '').trim().toLowerCase();
    // "101 in favour", "2021 presidential": a year or a number followed by a gap with a verb is not a count
    if (/\b(in|a|en|to|votes?|votos|against|contra|for)\b/.test(gap)) continue;
    const vague = VAGUE[word];
    const n = vague ? null : parseNumber(m[2]!);
    if (!vague && (n === null || n >= 1900)) continue;
    // "one of those cabinet changes" is not a count
    if (
      n === 1 &&
      /^(one|uno|una|un)$/i.test(m[2]!) &&
      /^(of|de)\b/i.test(s.slice(m.index! + m[0].indexOf(m[2]!) + m[2]!.length).trimStart())
    )
      continue;
    const nounWord = m[4]!.toLowerCase();
    const noun = COUNT_NOUNS.find(([, re]) => re.test(nounWord))?.[0] ?? nounWord;
    out.push({
      start: m.index!,
      end: m.index! + m[0].length,
      value: { n, range: vague ?? null, noun, approx: vague ? 'about' : approxOf(m[1]) },
    });
  }
  for (const m of DIED_GATE.test(s) ? s.matchAll(RE_DIED_AFTER) : []) {
    const n = parseNumber(m[2]!);
    if (n === null || n >= 1900) continue;
    out.push({
      start: m.index!,
      end: m.index! + m[0].length,
      value: { n, range: null, noun: 'deaths', approx: approxOf(m[1]) },
    });
  }
  for (const m of DIED_GATE.test(s) ? s.matchAll(RE_DIED) : []) {
    const n = parseNumber(m[2]!);
    if (n === null || n >= 1900) continue;
    out.push({
      start: m.index!,
      end: m.index! + m[0].length,
      value: { n, range: null, noun: 'deaths', approx: approxOf(m[1]) },
    });
  }
  return mergeOverlaps(out);
};

const RE_DURATION = new RegExp(
  `\\b(?:(in just|in only|just|only|after|within|for|en apenas|en solo|apenas|solo|tras|durante|hace|desde hace)\\s+)?(?:the\\s+(?:last|past)\\s+|los\\s+(?:últimos)\\s+)?(${N.slice(1, -1)}|a|an|un|una)\\s+(days?|weeks?|months?|years?|días|día|semanas|semana|meses|mes|años|año)\\b(\\s+(?:now|ago|since|after|later|of government|de gobierno|in office|en el cargo|después|antes))?`,
  'gi',
);
const UNIT_DAYS: Record<string, number> = {
  day: 1,
  week: 7,
  month: 30.44,
  year: 365.25,
  día: 1,
  semana: 7,
  mes: 30.44,
  año: 365.25,
};

const DURATION_GATE = /day|week|month|year|d[ií]a|semana|mes|a[ñn]o/i;
const findDurations: Finder = (s) => {
  const out: ReturnType<Finder> = [];
  if (!DURATION_GATE.test(s)) return out;
  for (const m of s.matchAll(RE_DURATION)) {
    const cue = m[1] ?? m[4];
    const hasPast = /\b(last|past|últimos)\b/i.test(m[0]);
    if (!cue && !hasPast && !/\b(since|desde|now|ago|after|tras)\b/i.test(s)) continue;
    const nWord = m[2]!.toLowerCase();
    const n = ['a', 'an', 'un', 'una'].includes(nWord) ? 1 : parseNumber(m[2]!);
    if (n === null || n > 500) continue;
    const unitRaw = m[3]!.toLowerCase();
    const unit = unitRaw
      .replace(/s$/, '')
      .replace(/e$/, '')
      .replace(/^(dí)a$/, 'día');
    const key = Object.keys(UNIT_DAYS).find((k) => unitRaw.startsWith(k.slice(0, 3))) ?? unit;
    out.push({
      start: m.index!,
      end: m.index! + m[0].length,
      value: { amount: n, unit: key, days: Math.round(n * (UNIT_DAYS[key] ?? 1)) },
    });
  }
  return out;
};

const RE_MARGIN = new RegExp(
  `\\b(?:by|por|with a margin of|margin of|con una diferencia de|diferencia de|ventaja de|por una diferencia de)\\s+(?:(?:just|only|apenas|solo|some|about|around|unos|alrededor de)\\s+)?${N}\\s+(?:votes|votos)\\b`,
  'gi',
);
const RE_PERCENT = /\b(\d{1,2}(?:[.,]\d{1,3})?)\s?(?:%|per ?cent|por ciento)/gi;
const RE_ROUND = /\b(first round|second round|runoff|run-off|primera vuelta|segunda vuelta)\b/gi;
const WON =
  /\b(won|win|wins|winning|defeated|beat|gan[oó]|ganar|ganado|gana|venci[oó]|derrot[oó]|victory|victoria|triunfo)(?![\wáéíóúñ])/i;

const findElection: Finder = (s) => {
  const out: ReturnType<Finder> = [];
  const about = WON.test(s) || /\b(election|elecciones|vuelta|round)\b/i.test(s);
  if (!about) return out;
  for (const m of /vot/i.test(s) ? s.matchAll(RE_MARGIN) : []) {
    const v = num(m[1]);
    if (v === null) continue;
    out.push({
      start: m.index!,
      end: m.index! + m[0].length,
      value: { margin: v, approx: /about|around|some|unos|alrededor/i.test(m[0]) || v % 1000 === 0 },
    });
  }
  if (WON.test(s)) {
    for (const m of s.matchAll(RE_PERCENT))
      out.push({
        start: m.index!,
        end: m.index! + m[0].length,
        value: { percent: Number(m[1]!.replace(',', '.')) },
      });
    for (const m of s.matchAll(RE_ROUND)) {
      const r = /first|primera/i.test(m[1]!) ? 1 : 2;
      out.push({ start: m.index!, end: m.index! + m[0].length, value: { round: r, won: true } });
    }
  }
  return dedupe(out);
};

const RE_SUCCESSION =
  /\b((?:succeeded|replaced|sucedió a|reemplazó a)\s+(?!in\b|to\b|en\b|by\b|with\b)(?:[A-ZÁÉÍÓÚ][\wáéíóúñ]+|him|her|the president|al presidente|a la presidenta)|sworn in as (?:the )?(?:new )?president|took office as president|became president|assumed the presidency|asumió (?:como )?(?:la )?presidencia|juramentó como presidenta?|appoint(?:ed)? (?:his|her|the) (?:former )?(?:first )?vice[- ]president,?\s+[A-ZÁÉÍÓÚ][\wáéíóúñ]+,? as president|proceeded to appoint [^.]{0,60}? as president|(?:first )?vice[- ]president[^.]{0,40}? (?:took over|assumed|was sworn in)|(?:took office|assumed office|took over|was sworn in)[^.]{0,40}?vice[- ]president)\b/gi;

const SUCCESSION_GATE =
  /succeed|replaced|suced|reemplaz|sworn|took office|became|assumed|asumi|jurament|appoint|vice/i;
const findSuccession: Finder = (s) => {
  const out: ReturnType<Finder> = [];
  if (!SUCCESSION_GATE.test(s)) return out;
  for (const m of s.matchAll(RE_SUCCESSION)) {
    const via = /vice/i.test(m[0]) || /vice/i.test(s) ? 'first-vice-president' : null;
    out.push({ start: m.index!, end: m.index! + m[0].length, value: { via } });
  }
  return out.slice(0, 1);
};

/** Labels a fact-checker treats as characterisations: contested, never true or false. */
export const CHARACTERISATION_LABELS: [string, RegExp][] = [
  ['self-coup', /\b(self[- ]coup|autogolpe)\b/gi],
  [
    'coup',
    /\b(coup(?:[- ]d[’']?[ée]tat)?|coups|coup-government|coup-wing|golpe(?: de estado)?|golpes|golpista[s]?)\b/gi,
  ],
  ['usurper', /\b(usurp(?:er|ers|ation|ed|ing)?|usurpador[a]?[s]?|usurpación)\b/gi],
  ['illegitimate', /\b(illegitimate|ileg[ií]tim[oa]s?)\b/gi],
  ['legitimate', /\b(legitimate|leg[ií]tim[oa]s?)\b/gi],
  ['dictatorship', /\b(dictator(?:ship|ial|s)?|dictadura|dictador[a]?[s]?|dictatorial)\b/gi],
  ['regime', /\b(regime|régimen)\b/gi],
  ['fraud', /\b(fraud|fraude|rigged|amañad[oa]s?)\b/gi],
  ['murderous', /\b(murderous|asesina|massacre|masacre)\b/gi],
  ['terrorism', /\b(terroris(?:ts?|m)|terroristas?|terrorismo|terruqueo)\b/gi],
  ['fascism', /\b(fascis(?:t|ts|m)|fascistas?|fascismo)\b/gi],
  ['repression', /\b(repression|represión|repressive|represiv[oa]s?)\b/gi],
  ['lawfare', /\b(lawfare)\b/gi],
  ['authoritarian', /\b(authoritarian|autoritari[oa]s?|autoritarismo)\b/gi],
];

const CHARACTERISATION_GATE = new RegExp(CHARACTERISATION_LABELS.map(([, re]) => re.source).join('|'), 'i');
const findCharacterisations: Finder = (s) => {
  const out: ReturnType<Finder> = [];
  if (!CHARACTERISATION_GATE.test(s)) return out;
  for (const [label, re] of CHARACTERISATION_LABELS) {
    re.lastIndex = 0;
    for (const m of s.matchAll(re)) {
      if (
        label === 'coup' &&
        out.some((o) => o.value.label === 'self-coup' && o.start <= m.index! && o.end >= m.index!)
      )
        continue;
      out.push({ start: m.index!, end: m.index! + m[0].length, value: { label, word: m[0] } });
    }
  }
  return out;
};

function dedupe<T extends { start: number; end: number }>(xs: T[]): T[] {
  return mergeOverlaps(xs);
}

/** Drops matches that overlap an earlier, longer one. */
function mergeOverlaps<T extends { start: number; end: number }>(xs: T[]): T[] {
  const sorted = [...xs].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const x of sorted) if (!kept.some((k) => x.start < k.end && x.end > k.start)) kept.push(x);
  return kept.sort((a, b) => a.start - b.start);
}

const EVENT_DATE_CUE =
  /\b(on|since|from|until|till|el|desde|hasta|del|yesterday|ayer|last week|la semana pasada|in)\b/i;

/** A date claim: an exact day (or month) stated for something the sentence says happened. */
function dateClaims(s: string, dates: DateMention[], topics: Topic[]): ReturnType<Finder> {
  const out: ReturnType<Finder> = [];
  for (const d of dates) {
    // "last week on August 17": the exact day says it; the window adds nothing
    if (!d.date && d.from && d.to && !dates.some((x) => x.date && !x.relative)) {
      out.push({ start: d.start, end: d.end, value: { from: d.from, to: d.to, relative: true } });
      continue;
    }
    if (d.date || d.month || d.monthDay) {
      if (!topics.length && !EVENT_DATE_CUE.test(s.slice(Math.max(0, d.start - 12), d.start))) continue;
      out.push({
        start: d.start,
        end: d.end,
        value: {
          date: d.date ?? null,
          month: d.month ?? null,
          monthDay: d.monthDay ?? null,
          relative: !!d.relative,
        },
      });
    } else if (
      d.year &&
      /\b(until|till|expire|ends?|hasta|vence|termina|concluye)\b/i.test(
        s.slice(Math.max(0, d.start - 40), d.start),
      )
    ) {
      out.push({ start: d.start, end: d.end, value: { year: d.year, until: true } });
    }
  }
  // "(1990-2000)": a period of office
  for (const m of s.matchAll(/\((19\d\d|20\d\d)\s?[-–]\s?(19\d\d|20\d\d)\)/g)) {
    out.push({
      start: m.index!,
      end: m.index! + m[0].length,
      value: { from: +m[1]!, to: +m[2]!, period: true },
    });
  }
  return out;
}

function insideQuotes(s: string, pos: number): boolean {
  let open = false;
  for (let i = 0; i < pos && i < s.length; i++) {
    const c = s[i];
    if (c === '“' || c === '«') open = true;
    else if (c === '”' || c === '»') open = false;
    else if (c === '"') open = !open;
  }
  return open;
}

export interface SentenceContext {
  start: number;
  text: string;
  articleDate?: IsoDate;
  entities: EntityMention[];
  /** The previous sentence: its topics and people apply to numeric claims when this one has none. */
  context?: { text: string; entities: EntityMention[] };
}

/** All claims in one sentence, with spans relative to the analysed text. */
export function claimsInSentence(ctx: SentenceContext): ExtractedClaim[] {
  const s = ctx.text;
  const topics = topicsOf(s);
  const inherited = !topics.length && ctx.context ? topicsOf(ctx.context.text) : [];
  const inheritedEntities = !ctx.entities.length && ctx.context ? ctx.context.entities : [];
  const numeric = (k: ClaimKind) => k === 'tally' || k === 'threshold' || k === 'count';
  const dates = findDates(s, ctx.articleDate);
  const hasDigitOrNumberWord =
    /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozens|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|mil|decenas|cientos|centenares|miles|dozens|hundreds|thousands|first|second|third|fourth|fifth|primera|segunda|tercera|cuarta|quinta|half|mitad|majority|mayoría)\b/i.test(
      s,
    );
  const found: { kind: ClaimKind; start: number; end: number; value: Record<string, unknown> }[] = [];
  const add = (kind: ClaimKind, xs: ReturnType<Finder>) => xs.forEach((x) => found.push({ kind, ...x }));
  if (hasDigitOrNumberWord) {
    add('tally', findTallies(s));
    const taken = (x: { start: number; end: number }) =>
      found.some((f) => x.start < f.end && x.end > f.start);
    add(
      'election',
      findElection(s).filter((x) => !taken(x)),
    );
    add(
      'threshold',
      findThresholds(s).filter((x) => !taken(x)),
    );
    add(
      'count',
      findCounts(s).filter((x) => !taken(x)),
    );
    add(
      'duration',
      findDurations(s).filter((x) => !taken(x)),
    );
  } else {
    add('election', findElection(s));
    add('threshold', findThresholds(s));
    add('duration', findDurations(s)); // "a week after", "un mes después"
  }
  const takenAll = (x: { start: number; end: number }) =>
    found.some((f) => x.start < f.end && x.end > f.start);
  add(
    'date',
    dateClaims(s, dates, topics).filter((x) => !takenAll(x)),
  );
  add('succession', findSuccession(s));
  add('characterisation', findCharacterisations(s));
  return found
    .sort((a, b) => a.start - b.start)
    .map((f) => ({
      kind: f.kind,
      start: ctx.start + f.start,
      end: ctx.start + f.end,
      text: s.slice(f.start, f.end),
      value: f.value,
      sentence: { start: ctx.start, end: ctx.start + s.length, text: s },
      topics: (numeric(f.kind) || f.kind === 'date') && inherited.length ? inherited : topics,
      entities: numeric(f.kind) && inheritedEntities.length ? inheritedEntities : ctx.entities,
      dates: dates.map((d) => ({ ...d, start: d.start + ctx.start, end: d.end + ctx.start })),
      quoted: insideQuotes(s, f.start),
      inherited:
        (numeric(f.kind) || f.kind === 'date') && (inherited.length > 0 || inheritedEntities.length > 0),
    }));
}
