/**
 * YAML read with positions, so that every problem in a data file names its line. Parsing keeps the
 * document tree; `lineOf(path)` finds the line of any key or value by its path.
 */
import { LineCounter, parseDocument, isMap, isSeq, isScalar, isPair, type Node, type Document } from 'yaml';
import { issue, type Issue } from './issues.js';

export interface YamlSource {
  file: string;
  data: unknown;
  /** 1-based line of the node at `path` (or of the nearest ancestor that exists). */
  lineOf(path: readonly (string | number)[]): number | undefined;
  errors: Issue[];
}

export function parseYamlSource(text: string, file: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const errors: Issue[] = doc.errors.map((e) => {
    const line = lineCounter.linePos(e.pos[0]).line;
    return issue('yaml_syntax', e.message, `YAML mal formado: ${e.message}`, { file, line });
  });
  const lineOfOffset = (offset: number | undefined) =>
    offset === undefined ? undefined : lineCounter.linePos(offset).line;

  function lineOf(path: readonly (string | number)[]): number | undefined {
    let node: unknown = doc.contents;
    let line = lineOfOffset((node as Node | null)?.range?.[0]);
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find(
          (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key),
        );
        if (!pair) return line;
        line = lineOfOffset((pair.key as Node).range?.[0]) ?? line;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        node = node.items[key];
        line = lineOfOffset((node as Node | undefined)?.range?.[0]) ?? line;
      } else {
        return line;
      }
    }
    return line;
  }

  return { file, data: errors.length ? undefined : doc.toJS({ maxAliasCount: 100 }), lineOf, errors };
}
