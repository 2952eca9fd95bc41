/** Human renderings shared by commands: the explanation tree and citations. */
import type { ExplanationNode, Verdict } from '../engine/verdict.js';
import type { Citation, Lang } from '../law/types.js';

export function renderTree(node: ExplanationNode, depth = 0): string {
  const mark = node.ok === true ? '✓ ' : node.ok === false ? '✗ ' : '';
  const lines = [`${'  '.repeat(depth)}${depth ? '- ' : ''}${mark}${node.text}`];
  for (const c of node.children ?? []) lines.push(renderTree(c, depth + 1));
  return lines.join('\n');
}

export function renderCitations(cites: readonly Citation[], lang: Lang): string {
  const head = lang === 'es' ? 'Fuentes:' : 'Sources:';
  return [head, ...cites.map((c) => `  · ${c.cite}${c.url ? ` <${c.url}>` : ''}`)].join('\n');
}

export function renderVerdict(v: Verdict, lang: Lang): string {
  const yes = lang === 'es' ? 'sí' : 'yes';
  const no = 'no';
  const labels =
    lang === 'es'
      ? ['procede', 'aprobado', 'requeridos', 'base', 'margen', 'regla']
      : ['permitted', 'passed', 'required', 'base', 'margin', 'rule'];
  const row = (k: string, val: unknown) =>
    `${k.padEnd(11)}${val === null || val === undefined ? '—' : String(val)}`;
  return [
    row(labels[0]!, v.permitted ? yes : no),
    row(labels[1]!, v.passed === null ? '—' : v.passed ? yes : no),
    row(labels[2]!, v.required),
    row(labels[3]!, v.base ? `${v.base} (${v.baseCount})` : null),
    row(labels[4]!, v.margin),
    row(labels[5]!, v.rule),
    '',
    renderTree(v.explanation),
    '',
    renderCitations(v.citations, lang),
  ].join('\n');
}
