/**
 * People, parties and bodies named in a sentence, recognised from the record's names and aliases
 * (persons.yaml `other_names`, organizations.yaml) plus a few generic names of bodies in es/en.
 * Matching is by words, case- and accent-insensitive, longest alias first, in one pass per sentence.
 */
import type { ClaimsRecord } from '../record.js';

export interface EntityMention {
  id: string;
  type: 'person' | 'organization';
  start: number;
  end: number;
  text: string;
}

/** Lower case without accents, so "Béjar" and "Bejar" match. Keeps length (one char per char). */
const FOLDED = new Map<number, string>();
function foldChar(c: string, code: number): string {
  let f = FOLDED.get(code);
  if (f === undefined) {
    f = code >= 0x300 && code <= 0x36f ? ' ' : ((c.normalize('NFD')[0] ?? c).toLowerCase()[0] ?? c);
    FOLDED.set(code, f);
  }
  return f;
}

export function fold(s: string): string {
  // ASCII runs are lowered in one call; only the other characters go through the table.
  let out = '';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 128) continue;
    out += s.slice(run, i).toLowerCase() + foldChar(s[i]!, code);
    run = i + 1;
  }
  return run === 0 ? s.toLowerCase() : out + s.slice(run).toLowerCase();
}

/** Generic bodies recognised even when the record lists none. */
const GENERIC_BODIES: [string, string[]][] = [
  [
    'congress',
    ['Congress', 'Congreso', 'Congreso de la República', 'Parliament', 'Parlamento', 'legislature'],
  ],
  [
    'constitutional-court',
    ['Constitutional Court', 'Constitutional Tribunal', 'Tribunal Constitucional', 'TC'],
  ],
  ['jne', ['JNE', 'Jurado Nacional de Elecciones', 'National Elections Jury']],
  ['onpe', ['ONPE']],
  ['defensoria', ['Defensoría del Pueblo', 'Ombudsman', "Ombudsman's Office"]],
  ['council-of-ministers', ['cabinet', 'gabinete', 'Council of Ministers', 'Consejo de Ministros']],
];

interface Alias {
  id: string;
  type: 'person' | 'organization';
  words: string[];
}

export class EntityMatcher {
  private byFirst = new Map<string, Alias[]>();

  constructor(record: ClaimsRecord) {
    const add = (id: string, type: Alias['type'], name: string) => {
      const words = fold(name)
        .split(/[^a-z0-9ñ]+/)
        .filter(Boolean);
      if (!words.length) return;
      // A bare one-word alias must be distinctive: skip short common words.
      if (words.length === 1 && words[0]!.length < 2) return;
      const list = this.byFirst.get(words[0]!) ?? [];
      list.push({ id, type, words });
      this.byFirst.set(words[0]!, list);
    };
    for (const p of record.persons)
      for (const n of [p.name, ...(p.other_names ?? [])]) add(p.id, 'person', n);
    // Articles name people by surname ("Béjar"): the last word of a two-word alias ("Héctor Béjar"),
    // when no other person shares it (Alberto and Keiko Fujimori do).
    const surnames = new Map<string, Set<string>>();
    for (const p of record.persons)
      for (const n of [p.name, ...(p.other_names ?? [])]) {
        const words = n.trim().split(/\s+/);
        if (words.length === 2 && words[1]!.length > 3) {
          const set = surnames.get(words[1]!) ?? new Set<string>();
          set.add(p.id);
          surnames.set(words[1]!, set);
        }
      }
    for (const [surname, ids] of surnames) if (ids.size === 1) add([...ids][0]!, 'person', surname);
    for (const o of record.organizations)
      for (const n of [o.name, ...(o.other_names ?? [])]) add(o.id, 'organization', n);
    for (const [id, names] of GENERIC_BODIES)
      if (!record.organizations.some((o) => o.id === id)) for (const n of names) add(id, 'organization', n);
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  find(text: string, offset = 0): EntityMention[] {
    const folded = fold(text);
    const words: { w: string; s: number; e: number }[] = [];
    const re = /[a-z0-9ñ]+/g;
    for (let m = re.exec(folded); m; m = re.exec(folded))
      words.push({ w: m[0], s: m.index, e: m.index + m[0].length });
    const out: EntityMention[] = [];
    for (let i = 0; i < words.length; i++) {
      const cands = this.byFirst.get(words[i]!.w);
      if (!cands) continue;
      for (const a of cands) {
        if (i + a.words.length > words.length) continue;
        let ok = true;
        for (let k = 1; k < a.words.length; k++) if (words[i + k]!.w !== a.words[k]) ok = false;
        // Single-word aliases in lower case in the text ("cabinet") are fine for bodies only.
        if (!ok) continue;
        const s = words[i]!.s;
        const e = words[i + a.words.length - 1]!.e;
        if (a.type === 'person' && !/[A-ZÁÉÍÓÚÑ]/.test(text[s]!)) continue;
        out.push({ id: a.id, type: a.type, start: s + offset, end: e + offset, text: text.slice(s, e) });
        i += a.words.length - 1;
        break;
      }
    }
    return out;
  }
}
