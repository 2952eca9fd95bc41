/**
 * Article input: bytes or a string → the text to analyse plus a map from each analysed character back to
 * its offset in the ORIGINAL input, so claims can quote exact spans of what the user gave.
 *
 * Everything here is a single left-to-right pass (no backtracking regexes over the whole input), so a
 * 50 MB file or one enormous line costs linear time. HTML is never parsed into a DOM or executed: a small
 * tokenizer drops tags, comments and the contents of script/style/template/noscript, and decodes entities.
 */
import { InputError, issue } from '../lib/issues.js';

export type InputFormat = 'text' | 'html' | 'markdown';
export type ArticleLang = 'en' | 'es';

export interface PreparedInput {
  /** The original input, as decoded (offsets in claims point into this string). */
  original: string;
  /** The text analysed: markup removed, entities decoded. */
  text: string;
  /** `map[i]` is the offset in `original` of `text[i]`; `map[text.length]` is the end. Null: identity. */
  map: Int32Array | null;
  format: InputFormat;
  lang: ArticleLang;
  /** Non-fatal notes on the input (e.g. decoded as windows-1252). */
  warnings: string[];
}

/** Default upper bound on input size, in bytes (or UTF-16 units for strings). */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

export interface PrepareOptions {
  format?: InputFormat;
  lang?: ArticleLang;
  maxBytes?: number;
  name?: string;
}

function inputError(en: string, es: string, field: string, name?: string): InputError {
  return new InputError([issue('invalid_value', en, es, { field, file: name })]);
}

/** Counts control characters that never occur in text (NUL and C0 except tab/newline/CR/FF). */
function controlStats(s: string, limit: number): { nul: number; ctl: number; scanned: number } {
  let nul = 0;
  let ctl = 0;
  const n = Math.min(s.length, limit);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) {
      if (c === 0) nul++;
      ctl++;
    }
  }
  return { nul, ctl, scanned: n };
}

/** Throws a clear InputError when the text is binary rather than an article. */
function rejectBinary(s: string, name?: string): void {
  const { nul, ctl, scanned } = controlStats(s, 1 << 20);
  if (scanned === 0) return;
  if (nul > 0 && (nul > 8 || nul / scanned > 0.001)) {
    throw inputError(
      `${name ?? 'input'} contains NUL bytes: it looks like a binary file, not an article`,
      `${name ?? 'la entrada'} contiene bytes NUL: parece un archivo binario, no un artículo`,
      'input.encoding',
      name,
    );
  }
  if (ctl / scanned > 0.02) {
    throw inputError(
      `${name ?? 'input'} is mostly control characters: it looks like binary data, not text`,
      `${name ?? 'la entrada'} es casi todo caracteres de control: parecen datos binarios, no texto`,
      'input.encoding',
      name,
    );
  }
}

/**
 * Bytes → string. UTF-8 (with or without BOM) and UTF-16 with a BOM are decoded as such; bytes that are
 * not valid UTF-8 are decoded as windows-1252 (the usual culprit for Spanish text), with a warning.
 */
export function decodeBytes(buf: Uint8Array, name?: string): { text: string; warnings: string[] } {
  const warnings: string[] = [];
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)), warnings: ['decoded as UTF-16LE'] };
  }
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(buf.subarray(2)), warnings: ['decoded as UTF-16BE'] };
  }
  const start = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(start)), warnings };
  } catch {
    // Not UTF-8. Binary junk is refused below; anything else is read as windows-1252, as legacy Spanish
    // web pages and Word exports usually are.
    const text = new TextDecoder('windows-1252').decode(buf.subarray(start));
    rejectBinary(text, name);
    warnings.push('input is not valid UTF-8: decoded as windows-1252');
    return { text, warnings };
  }
}

/** Guesses the format from a file name and, failing that, the first characters of the text. */
export function detectFormat(text: string, name?: string): InputFormat {
  const lower = (name ?? '').toLowerCase();
  if (/\.(html?|xhtml)$/.test(lower)) return 'html';
  if (/\.(md|markdown)$/.test(lower)) return 'markdown';
  if (/\.txt$/.test(lower)) return 'text';
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (
    head.startsWith('<!doctype html') ||
    head.startsWith('<html') ||
    /<(p|div|body|head|article|script)[\s>]/.test(head)
  )
    return 'html';
  if (/^(#{1,6} |\* |- |> )/m.test(head) || /\]\(https?:/.test(head) || /\*\*[^*\n]+\*\*/.test(head))
    return 'markdown';
  return 'text';
}

const ES_WORDS = new Set(
  'el la los las de del que y en por para con una un es se su al lo como más pero sus le ya fue este esta entre cuando muy sin sobre también años votos congreso presidente según dijo'.split(
    ' ',
  ),
);
const EN_WORDS = new Set(
  'the of and to in is that for it with as was on by at from this be are has have an which were their its his her after said votes congress president'.split(
    ' ',
  ),
);

/** Spanish or English, by counting frequent function words in (at most) the first 200 kB. */
export function detectLang(text: string): ArticleLang {
  let es = 0;
  let en = 0;
  const n = Math.min(text.length, 200_000);
  let w = '';
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 32;
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c >= 192;
    if (letter) {
      if (w.length < 24) w += text[i]!.toLowerCase();
    } else if (w) {
      if (ES_WORDS.has(w)) es++;
      if (EN_WORDS.has(w)) en++;
      w = '';
    }
  }
  return es > en ? 'es' : 'en';
}

/** Builds text + offset map incrementally (the map grows by doubling: linear in the input). */
class Builder {
  private parts: string[] = [];
  private offs = new Int32Array(1024);
  private len = 0;
  private last = '\n';
  private reserve(extra: number): void {
    if (this.len + extra + 1 <= this.offs.length) return;
    let size = this.offs.length;
    while (size < this.len + extra + 1) size *= 2;
    const next = new Int32Array(size);
    next.set(this.offs.subarray(0, this.len));
    this.offs = next;
  }
  push(s: string, origin: number): void {
    if (!s) return;
    this.reserve(s.length);
    this.parts.push(s);
    this.offs.fill(origin, this.len, this.len + s.length);
    this.len += s.length;
    this.last = s[s.length - 1]!;
  }
  /** Copies original[from, to) verbatim, each character mapped to itself. */
  copy(original: string, from: number, to: number): void {
    if (to <= from) return;
    this.reserve(to - from);
    this.parts.push(original.slice(from, to));
    for (let i = from, k = this.len; i < to; i++, k++) this.offs[k] = i;
    this.len += to - from;
    this.last = original[to - 1]!;
  }
  lastChar(): string {
    return this.last;
  }
  finish(end: number): { text: string; map: Int32Array } {
    const map = this.offs.slice(0, this.len + 1);
    map[this.len] = end;
    return { text: this.parts.join(''), map };
  }
}

/** Index of `ch` in s[from, from+window), or -1: bounded so repeated look-ups stay linear overall. */
function findWithin(s: string, ch: string, from: number, window: number): number {
  const end = Math.min(s.length, from + window);
  for (let i = from; i < end; i++) {
    const c = s[i];
    if (c === ch) return i;
    if (c === '\n' && ch !== '\n') return -1;
  }
  return -1;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  iexcl: '¡',
  iquest: '¿',
  aacute: 'á',
  eacute: 'é',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  ntilde: 'ñ',
  uuml: 'ü',
  Aacute: 'Á',
  Eacute: 'É',
  Iacute: 'Í',
  Oacute: 'Ó',
  Uacute: 'Ú',
  Ntilde: 'Ñ',
  Uuml: 'Ü',
  ordm: 'º',
  ordf: 'ª',
  deg: '°',
  euro: '€',
  pound: '£',
  copy: '©',
  reg: '®',
  middot: '·',
  shy: '',
};

/** Decodes one entity starting at `s[i] === '&'`; returns [text, length] or null when it is not one. */
export function decodeEntityAt(s: string, i: number): [string, number] | null {
  let j = i + 1;
  const limit = Math.min(s.length, i + 34);
  if (s[j] === '#') {
    j++;
    const hex = s[j] === 'x' || s[j] === 'X';
    if (hex) j++;
    const startDigits = j;
    while (j < limit && /[0-9a-fA-F]/.test(s[j]!) && (hex || /[0-9]/.test(s[j]!))) j++;
    if (j === startDigits) return null;
    const code = parseInt(s.slice(startDigits, j), hex ? 16 : 10);
    const len = j - i + (s[j] === ';' ? 1 : 0);
    // Invalid code points and controls become U+FFFD, as browsers do; nothing here is ever executed.
    if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) return ['\ufffd', len];
    if (code < 32 && code !== 9 && code !== 10 && code !== 13) return [' ', len];
    return [String.fromCodePoint(code), len];
  }
  while (j < limit && /[A-Za-z0-9]/.test(s[j]!)) j++;
  const name = s.slice(i + 1, j);
  const val = NAMED_ENTITIES[name];
  if (val === undefined) return null;
  return [val, j - i + (s[j] === ';' ? 1 : 0)];
}

const RAW_TEXT_TAGS = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'object',
  'svg',
  'math',
  'textarea',
  'title',
]);
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'td',
  'th',
  'table',
  'section',
  'article',
  'header',
  'footer',
  'blockquote',
  'figcaption',
  'hr',
  'dd',
  'dt',
  'main',
  'aside',
  'nav',
]);

function indexOfCaseless(s: string, needle: string, from: number): number {
  // needle is lowercase ASCII; a linear scan with a first-character filter.
  const n = needle.length;
  for (let i = from; i + n <= s.length; i++) {
    if (s.charCodeAt(i) !== 60) continue; // '<'
    let ok = true;
    for (let k = 1; k < n; k++) {
      if ((s[i + k] ?? '').toLowerCase() !== needle[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return i;
  }
  return -1;
}

/** HTML → text with an offset map. Tags vanish (block tags become a line break); nothing is executed. */
export function stripHtml(html: string): { text: string; map: Int32Array } {
  const b = new Builder();
  let i = 0;
  let textStart = 0;
  const n = html.length;
  const flushText = (to: number) => {
    // copy text between textStart and to, decoding entities and collapsing runs of white space into
    // one space, as HTML renders them (so "48 votos a\n   favor" reads as one phrase)
    let k = textStart;
    let run = textStart;
    while (k < to) {
      const ch = html.charCodeAt(k);
      if ((ch === 10 || ch === 13 || ch === 9 || ch === 32) && k + 1 < to) {
        const n2 = html.charCodeAt(k + 1);
        if (n2 === 10 || n2 === 13 || n2 === 9 || n2 === 32 || ch !== 32) {
          b.copy(html, run, k);
          let e = k;
          while (e < to && /[ \t\r\n]/.test(html[e]!)) e++;
          if (b.lastChar() !== ' ' && b.lastChar() !== '\n') b.push(' ', k);
          k = e;
          run = e;
          continue;
        }
      }
      if (html.charCodeAt(k) === 38) {
        const ent = decodeEntityAt(html, k);
        if (ent) {
          b.copy(html, run, k);
          b.push(ent[0], k);
          k += ent[1];
          run = k;
          continue;
        }
      }
      k++;
    }
    b.copy(html, run, to);
  };
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const next = html[lt + 1] ?? '';
    if (!(next === '!' || next === '/' || next === '?' || /[A-Za-z]/.test(next))) {
      i = lt + 1;
      continue;
    }
    flushText(lt);
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      textStart = i;
      continue;
    }
    // Find the end of the tag, honouring quoted attribute values (an event handler's ">" must not end it).
    let j = lt + 1;
    let quote = 0;
    while (j < n) {
      const c = html.charCodeAt(j);
      if (quote) {
        if (c === quote) quote = 0;
      } else if (c === 34 || c === 39) quote = c;
      else if (c === 62) break;
      j++;
    }
    const tagEnd = j < n ? j + 1 : n;
    let k = lt + 1;
    const closing = html[k] === '/';
    if (closing) k++;
    let name = '';
    while (k < tagEnd && name.length < 16 && /[A-Za-z0-9]/.test(html[k]!)) name += html[k++]!.toLowerCase();
    if (BLOCK_TAGS.has(name) && b.lastChar() !== '\n') b.push('\n', lt);
    else if (
      name &&
      b.lastChar() !== ' ' &&
      b.lastChar() !== '\n' &&
      ![
        'a',
        'b',
        'i',
        'em',
        'strong',
        'span',
        'u',
        'small',
        'sup',
        'sub',
        'abbr',
        'cite',
        'q',
        'mark',
        'time',
      ].includes(name)
    )
      b.push(' ', lt);
    i = tagEnd;
    if (!closing && RAW_TEXT_TAGS.has(name)) {
      // Drop everything up to the matching close tag; an unclosed one swallows the rest (safe).
      const close = indexOfCaseless(html, '</' + name, i);
      if (close < 0) i = n;
      else {
        const gt = html.indexOf('>', close);
        i = gt < 0 ? n : gt + 1;
      }
    }
    textStart = i;
  }
  textStart = Math.min(textStart, n);
  flushText(n);
  return b.finish(n);
}

/** Markdown → text: drops heading marks, emphasis markers, link targets and images; keeps link text. */
export function stripMarkdown(md: string): { text: string; map: Int32Array } {
  const b = new Builder();
  const n = md.length;
  let i = 0;
  let lineStart = true;
  while (i < n) {
    const c = md[i]!;
    if (lineStart) {
      lineStart = false;
      let k = i;
      while (k < n && (md[k] === ' ' || md[k] === '\t') && k - i < 4) k++;
      let m = k;
      while (m < n && md[m] === '#' && m - k < 6) m++;
      if (m > k && md[m] === ' ') k = m + 1;
      else if ('>*-+'.includes(md[k] ?? 'x') && md[k + 1] === ' ') k += 2;
      i = k;
      continue;
    }
    if (c === '\n') {
      b.copy(md, i, i + 1);
      i++;
      lineStart = true;
      continue;
    }
    if (c === '*' || c === '_' || c === '`') {
      // Emphasis and code markers vanish; an underscore inside a word (snake_case) stays.
      if (c === '_' && /[A-Za-z0-9]/.test(md[i - 1] ?? '') && /[A-Za-z0-9]/.test(md[i + 1] ?? ''))
        b.copy(md, i, i + 1);
      i++;
      continue;
    }
    if (c === '[' || (c === '!' && md[i + 1] === '[')) {
      const open = c === '!' ? i + 1 : i;
      const close = findWithin(md, ']', open + 1, 2000);
      const paren = close > 0 && md[close + 1] === '(' ? findWithin(md, ')', close + 2, 4000) : -1;
      if (paren > 0) {
        if (c === '[') b.copy(md, open + 1, close); // link text stays; images vanish
        i = paren + 1;
        continue;
      }
      if (c === '!') b.copy(md, i, i + 1);
      i++;
      continue;
    }
    if (c === '&') {
      const ent = decodeEntityAt(md, i);
      if (ent) {
        b.push(ent[0], i);
        i += ent[1];
        continue;
      }
    }
    let k = i + 1;
    while (k < n && !'\n*_`![&'.includes(md[k]!)) k++;
    b.copy(md, i, k);
    i = k;
  }
  return b.finish(n);
}

/** Replaces C0 controls (except tab/newline/CR/FF) with spaces, keeping offsets. */
function sanitizeControls(s: string): string {
  let bad = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) {
      bad = true;
      break;
    }
  }
  if (!bad) return s;
  let out = '';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) {
      out += s.slice(run, i) + ' ';
      run = i + 1;
    }
  }
  return out + s.slice(run);
}

/**
 * Prepares an article for extraction. Accepts bytes (decoded with encoding detection) or a string.
 * Throws InputError for input that is too large, binary, or empty.
 */
export function prepareInput(input: string | Uint8Array, opts: PrepareOptions = {}): PreparedInput {
  const max = opts.maxBytes ?? MAX_INPUT_BYTES;
  const name = opts.name;
  if (input.length > max) {
    throw inputError(
      `${name ?? 'input'} is ${input.length} bytes, more than the limit of ${max}`,
      `${name ?? 'la entrada'} tiene ${input.length} bytes, más que el límite de ${max}`,
      'input.size',
      name,
    );
  }
  let warnings: string[] = [];
  let original: string;
  if (typeof input === 'string') original = input;
  else {
    const d = decodeBytes(input, name);
    original = d.text;
    warnings = d.warnings;
  }
  rejectBinary(original, name);
  if (original.length > 0 && original.charCodeAt(0) === 0xfeff) warnings.push('byte-order mark ignored');
  let replacement = 0;
  for (let i = 0; i < Math.min(original.length, 1 << 20); i++)
    if (original.charCodeAt(i) === 0xfffd) replacement++;
  if (replacement > 0) warnings.push(`${replacement} undecodable characters (U+FFFD) in the input`);
  const format = opts.format ?? detectFormat(original, name);
  const clean = sanitizeControls(original);
  let text: string;
  let map: Int32Array | null = null;
  if (format === 'html') ({ text, map } = stripHtml(clean));
  else if (format === 'markdown') ({ text, map } = stripMarkdown(clean));
  else text = clean;
  const lang = opts.lang ?? detectLang(text);
  return { original, text, map, format, lang, warnings };
}

/** Maps a [start, end) span of the analysed text to the original input. */
export function toOriginal(p: PreparedInput, start: number, end: number): [number, number] {
  if (!p.map) return [start, end];
  const s = p.map[start] ?? p.original.length;
  const lastIdx = Math.max(start, end - 1);
  const e = end > start ? (p.map[lastIdx] ?? p.original.length - 1) + 1 : s;
  return [s, Math.max(s, e)];
}
