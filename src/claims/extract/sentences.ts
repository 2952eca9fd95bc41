/**
 * Sentence splitting with offsets into the analysed text. One linear pass: a sentence ends at . ! ? or …
 * followed by space and an upper-case letter, digit or opening quote, or at a blank line / line break that
 * ends a heading-like line. Abbreviations (Mr., Sr., Art., No., U.S., Jan.), initials and decimals do not
 * end a sentence. Sentences longer than MAX_SENTENCE are cut at a space so later patterns stay bounded.
 */

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

export const MAX_SENTENCE = 1200;

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'sr',
  'sra',
  'srta',
  'dra',
  'st',
  'no',
  'nos',
  'art',
  'arts',
  'inc',
  'núm',
  'num',
  'vs',
  'etc',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'ene',
  'abr',
  'ago',
  'dic',
  'gen',
  'lt',
  'col',
  'gral',
  'ing',
  'lic',
  'prof',
  'pág',
  'p',
  'pp',
  'cf',
  'ee',
  'uu',
  'jr',
  'av',
  'ud',
  'uds',
  'approx',
  'aprox',
  'dept',
  'corp',
  'co',
  'ltd',
  'rep',
  'sen',
  'gov',
  'pres',
  'inc',
  'e',
  'g',
  'i',
  'a',
  'b',
  'c',
  'd',
]);

function isUpperStart(c: string | undefined): boolean {
  if (!c) return false;
  return /[A-ZÁÉÍÓÚÑÜ0-9“"'‘¿¡«([]/.test(c);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 12 || c === 0x202f;
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const n = text.length;
  let start = 0;
  const emit = (from: number, to: number) => {
    // trim spaces
    while (from < to && isSpace(text.charCodeAt(from))) from++;
    while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
    if (to <= from) return;
    while (to - from > MAX_SENTENCE) {
      let cut = from + MAX_SENTENCE;
      const floor = from + (MAX_SENTENCE >> 1);
      while (cut > floor && !isSpace(text.charCodeAt(cut))) cut--;
      if (cut <= floor) cut = from + MAX_SENTENCE;
      out.push({ start: from, end: cut, text: text.slice(from, cut) });
      from = cut;
      while (from < to && isSpace(text.charCodeAt(from))) from++;
    }
    if (to > from) out.push({ start: from, end: to, text: text.slice(from, to) });
  };
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      // A line break ends a sentence when the line has no closing punctuation but the next line is a
      // new block (blank line) or this line is a heading/byline (no end punctuation at all).
      let j = i + 1;
      while (j < n && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13))
        j++;
      const blank = j < n && text.charCodeAt(j) === 10;
      let p = i - 1;
      while (p >= start && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 13)) p--;
      const prev = p >= start ? text[p]! : '';
      let lineStart = i - 1;
      while (lineStart >= start && text.charCodeAt(lineStart) !== 10) lineStart--;
      const shortLine = i - lineStart < 50;
      if (blank || shortLine || !/[,;:\-–a-záéíóúñ]/.test(prev) || i - start > MAX_SENTENCE) {
        emit(start, i);
        start = i + 1;
      }
      continue;
    }
    if (c !== 46 && c !== 33 && c !== 63 && c !== 0x2026) continue; // . ! ? …
    // absorb closing quotes/brackets and repeated punctuation
    let j = i + 1;
    while (j < n && /[.!?…"”’')\]»]/.test(text[j]!)) j++;
    if (j < n && !isSpace(text.charCodeAt(j))) continue;
    let k = j;
    while (k < n && isSpace(text.charCodeAt(k)) && text.charCodeAt(k) !== 10) k++;
    if (k < n && text.charCodeAt(k) !== 10 && !isUpperStart(text[k])) continue;
    if (c === 46) {
      // the word before the period
      let w = i - 1;
      while (w >= start && w > i - 12 && /[A-Za-zÁÉÍÓÚÑáéíóúñ]/.test(text[w]!)) w--;
      const word = text.slice(w + 1, i).toLowerCase();
      if (ABBREVIATIONS.has(word)) continue;
      if (word.length === 1 && /[A-Z]/.test(text[i - 1]!)) continue; // initials: "J. Smith", "U.S."
    }
    emit(start, j);
    start = j;
    i = j - 1;
  }
  emit(start, n);
  return out;
}
