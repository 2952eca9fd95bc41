/**
 * Numbers as articles write them, in English and Spanish: digits with either thousands convention
 * ("44,263", "44.263", "44 263"), decimals and percentages, words ("seventy-five", "setenta y cinco",
 * "dos mil"), scale words ("45 thousand", "45 mil", "1.2 million"), and fractions ("two-thirds",
 * "dos tercios", "half", "mitad").
 */

const EN_UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
  a: 1,
  an: 1,
};
const ES_UNITS: Record<string, number> = {
  cero: 0,
  un: 1,
  uno: 1,
  una: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  once: 11,
  doce: 12,
  trece: 13,
  catorce: 14,
  quince: 15,
  dieciséis: 16,
  dieciseis: 16,
  diecisiete: 17,
  dieciocho: 18,
  diecinueve: 19,
  veinte: 20,
  veintiuno: 21,
  veintiún: 21,
  veintiuna: 21,
  veintidós: 22,
  veintidos: 22,
  veintitrés: 23,
  veintitres: 23,
  veinticuatro: 24,
  veinticinco: 25,
  veintiséis: 26,
  veintiseis: 26,
  veintisiete: 27,
  veintiocho: 28,
  veintinueve: 29,
  treinta: 30,
  cuarenta: 40,
  cincuenta: 50,
  sesenta: 60,
  setenta: 70,
  ochenta: 80,
  noventa: 90,
  cien: 100,
  ciento: 100,
  doscientos: 200,
  doscientas: 200,
  trescientos: 300,
  trescientas: 300,
  cuatrocientos: 400,
  cuatrocientas: 400,
  quinientos: 500,
  quinientas: 500,
  seiscientos: 600,
  seiscientas: 600,
  setecientos: 700,
  setecientas: 700,
  ochocientos: 800,
  ochocientas: 800,
  novecientos: 900,
  novecientas: 900,
  docena: 12,
};
const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1000,
  million: 1_000_000,
  millions: 1_000_000,
  mil: 1000,
  millón: 1_000_000,
  millon: 1_000_000,
  millones: 1_000_000,
  thousands: 1000,
};
const JOINERS = new Set(['and', 'y']);

/** The value of a number word, or undefined. `a`/`an`/`un`/`una` count only before a scale word. */
export function wordValue(w: string): number | undefined {
  const lw = w.toLowerCase();
  return EN_UNITS[lw] ?? ES_UNITS[lw];
}

/** True for words that can start or continue a spelled-out number. */
export function isNumberWord(w: string): boolean {
  const lw = w.toLowerCase();
  if (lw === 'a' || lw === 'an' || lw === 'un' || lw === 'una') return false;
  if (lw.includes('-')) return lw.split('-').every((p) => wordValue(p) !== undefined);
  return wordValue(lw) !== undefined || SCALES[lw] !== undefined;
}

/**
 * Parses a digit string as an article writes it. A separator followed by exactly three digits is a
 * thousands separator ("44,263" / "44.263"); otherwise "." or "," is a decimal point.
 */
export function parseDigits(s: string): number | null {
  const t = s.replace(/[\s\u00a0\u202f]/g, '');
  if (!/^\d[\d.,]*$/.test(t)) return null;
  if (/^\d{1,3}([.,]\d{3})+$/.test(t)) return Number(t.replace(/[.,]/g, ''));
  const m = /^(\d{1,3}(?:([.,])\d{3})*)(?:([.,])(\d+))?$/.exec(t);
  if (m && m[2] && m[3] && m[2] !== m[3]) return Number(m[1]!.replace(/[.,]/g, '') + '.' + m[4]);
  if (/^\d+([.,]\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  return null;
}

/** Parses a spelled-out number from a list of words; returns the value or null. */
export function parseWords(words: string[]): number | null {
  let total = 0;
  let current = 0;
  let any = false;
  for (const raw of words) {
    const w = raw.toLowerCase();
    if (JOINERS.has(w)) continue;
    const parts = w.includes('-') ? w.split('-') : [w];
    for (const p of parts) {
      const u = wordValue(p);
      if (u !== undefined) {
        current += u;
        any = true;
        continue;
      }
      const sc = SCALES[p];
      if (sc !== undefined) {
        if (sc === 100) current = (current || 1) * 100;
        else {
          total += (current || 1) * sc;
          current = 0;
        }
        any = true;
        continue;
      }
      return null;
    }
  }
  return any ? total + current : null;
}

const FRACTION_WORDS: Record<string, [number, number]> = {
  'two-thirds': [2, 3],
  'two thirds': [2, 3],
  'dos tercios': [2, 3],
  'dos terceras partes': [2, 3],
  'three-fifths': [3, 5],
  'three fifths': [3, 5],
  'tres quintos': [3, 5],
  'four-fifths': [4, 5],
  'four fifths': [4, 5],
  'cuatro quintos': [4, 5],
  'one-third': [1, 3],
  'one third': [1, 3],
  'a third': [1, 3],
  'un tercio': [1, 3],
  'tercera parte': [1, 3],
  'two-fifths': [2, 5],
  'dos quintos': [2, 5],
  'one-fifth': [1, 5],
  'a fifth': [1, 5],
  'un quinto': [1, 5],
  'quinta parte': [1, 5],
  half: [1, 2],
  mitad: [1, 2],
  'three-quarters': [3, 4],
  'tres cuartos': [3, 4],
};

/** A fraction named in words ("two-thirds", "dos tercios"), or null. */
export function parseFractionWords(s: string): [number, number] | null {
  return FRACTION_WORDS[s.toLowerCase().replace(/\s+/g, ' ')] ?? null;
}

export const FRACTION_PATTERN =
  'two[- ]thirds|three[- ]fifths|four[- ]fifths|one[- ]third|a third|two[- ]fifths|one[- ]fifth|a fifth|three[- ]quarters|dos tercios|dos terceras partes|tres quintos|cuatro quintos|un tercio|tercera parte|dos quintos|un quinto|quinta parte|tres cuartos';

/**
 * A numeric token found in text: digits ("75", "44,263", "50.1%") or words ("seventy-five", "dos mil").
 * NUMBER_PATTERN is a regex source with one capture group; parseNumber turns the match into a value.
 */
const WORD_ALT =
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozen|cero|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|diecis[eé]is|diecisiete|dieciocho|diecinueve|veinte|veinti[a-zéú]+|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|ciento|[a-z]+cient[oa]s|quinientos|quinientas|mil|millones|mill[oó]n';
export const NUMBER_PATTERN = `(\\d{1,3}(?:[.,\\u00a0\\u202f ]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?(?:\\s?(?:mil|thousand|million|millones|mill[oó]n)\\b)?|(?:(?:${WORD_ALT})(?:[- ](?:and |y )?(?:${WORD_ALT}))*))`;

/** The value of a NUMBER_PATTERN match. */
export function parseNumber(s: string): number | null {
  const t = s.trim();
  const scaled = /^(\d+(?:[.,]\d+)?)\s?(mil|thousand|million|millones|mill[oó]n)$/i.exec(t);
  if (scaled) {
    const base = Number(scaled[1]!.replace(',', '.'));
    return base * (/^(mil|thousand)$/i.test(scaled[2]!) ? 1000 : 1_000_000);
  }
  if (/^\d/.test(t)) return parseDigits(t);
  return parseWords(t.split(/[\s]+/));
}
