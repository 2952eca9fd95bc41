/**
 * Output of the claim checker: a readable report (each claim quoted with its verdict), and schema.org
 * ClaimReview JSON-LD (anchors §3.1: one ClaimReview per claim, with a published rating mapping).
 */
import type { ArticleReport, CheckedClaim, VerdictLabel } from './index.js';

const LABELS: Record<'en' | 'es', Record<VerdictLabel, string>> = {
  en: {
    accurate: 'Accurate',
    inaccurate: 'Inaccurate',
    misleading: 'Misleading',
    unverifiable: 'Unverifiable',
    contested: 'Contested',
  },
  es: {
    accurate: 'Exacto',
    inaccurate: 'Inexacto',
    misleading: 'Engañoso',
    unverifiable: 'No verificable',
    contested: 'Discutible',
  },
};

/**
 * The published mapping of verdicts to ClaimReview ratings (worst 1, best 5). `unverifiable` and
 * `contested` get no number: a characterisation is neither true nor false, and a missing source is
 * not a low score (anchors §3.4).
 */
export const RATING_VALUE: Record<VerdictLabel, number | null> = {
  accurate: 5,
  misleading: 2,
  inaccurate: 1,
  unverifiable: null,
  contested: null,
};

export function verdictLabel(v: VerdictLabel, lang: 'en' | 'es'): string {
  return LABELS[lang][v];
}

function fmt(x: unknown): string {
  if (x === null || x === undefined) return '—';
  return typeof x === 'string' ? x : JSON.stringify(x);
}

function claimLine(c: CheckedClaim, lang: 'en' | 'es'): string {
  const head = `[${verdictLabel(c.verdict, lang).toUpperCase()}] ${c.kind} @${c.start}-${c.end}: “${c.text}”${c.attributed ? (lang === 'es' ? ' (atribuido)' : ' (attributed)') : ''}`;
  const lines = [head, `    ${c.explanation}`];
  if (c.expected !== null && c.verdict !== 'contested')
    lines.push(`    ${lang === 'es' ? 'esperado' : 'expected'}: ${fmt(c.expected)}`);
  if (c.interpretation)
    lines.push(`    ${lang === 'es' ? 'interpretación' : 'interpretation'}: ${c.interpretation}`);
  for (const e of c.evidence.slice(0, 4))
    lines.push(`    · ${e.id}: ${e.summary}${e.sources[0] ? ` <${e.sources[0]}>` : ''}`);
  return lines.join('\n');
}

export function renderReport(r: ArticleReport, lang: 'en' | 'es' = 'en'): string {
  const head = [
    `${r.article.name ?? (lang === 'es' ? 'artículo' : 'article')} — ${lang === 'es' ? 'fecha' : 'date'} ${r.article.date ?? '?'}, ${r.article.lang}, ${r.claims.length} ${lang === 'es' ? 'afirmaciones' : 'claims'}`,
    Object.entries(r.summary)
      .map(([k, n]) => `${verdictLabel(k as VerdictLabel, lang)} ${n}`)
      .join(' · '),
  ];
  for (const w of r.article.warnings) head.push(`warning: ${w}`);
  return [...head, '', ...r.claims.map((c) => claimLine(c, lang))].join('\n');
}

/** JSON output of `--json` (the issue's contract). */
export function toJson(r: ArticleReport) {
  return {
    article: {
      date: r.article.date,
      lang: r.article.lang,
      ...(r.article.name ? { name: r.article.name } : {}),
      warnings: r.article.warnings,
    },
    claims: r.claims.map((c) => ({
      text: c.text,
      start: c.start,
      end: c.end,
      kind: c.kind,
      value: c.value,
      verdict: c.verdict,
      expected: c.expected,
      explanation: c.explanation,
      interpretation: c.interpretation,
      attributed: c.attributed,
      evidence: c.evidence,
      sources: c.sources,
    })),
    summary: r.summary,
  };
}

/** schema.org ClaimReview JSON-LD, one per claim, as an ItemList-free array in a @graph. */
export function toClaimReview(r: ArticleReport, opts: { url?: string; lang?: 'en' | 'es' } = {}) {
  const lang = opts.lang ?? r.article.lang;
  return {
    '@context': 'https://schema.org',
    '@graph': r.claims.map((c) => {
      const value = RATING_VALUE[c.verdict];
      return {
        '@type': 'ClaimReview',
        claimReviewed: c.text.length > 75 ? c.text.slice(0, 74) + '…' : c.text,
        inLanguage: lang,
        author: { '@type': 'Organization', name: 'contrapeso' },
        reviewBody: c.explanation,
        reviewRating: {
          '@type': 'Rating',
          ...(value !== null ? { ratingValue: value, bestRating: 5, worstRating: 1 } : {}),
          alternateName: verdictLabel(c.verdict, lang),
        },
        itemReviewed: {
          '@type': 'Claim',
          ...(r.article.date ? { datePublished: r.article.date } : {}),
          ...(opts.url ? { appearance: { '@type': 'CreativeWork', url: opts.url } } : {}),
          text: c.sentence,
        },
        ...(c.sources.length
          ? { citation: c.sources.map((u) => ({ '@type': 'CreativeWork', url: u })) }
          : {}),
        'contrapeso:span': { start: c.start, end: c.end },
        'contrapeso:kind': c.kind,
        'contrapeso:verdict': c.verdict,
      };
    }),
  };
}
