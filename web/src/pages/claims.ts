/**
 * The claim checker: paste or open an article, see its claims highlighted with verdicts and evidence.
 * The article is shown as text nodes only (textContent), split at the claims' offsets: whatever HTML it
 * contains is displayed, never parsed or run.
 */
import { api, getMeta } from '../api.js';
import { errorBox } from '../components.js';
import { clear, h, sourceLink } from '../dom.js';
import { t } from '../i18n.js';
import type { MessageKey } from '../locales/en.js';
import type { Route } from '../main.js';

interface Claim {
  text: string;
  start: number;
  end: number;
  verdict: string;
  expected?: unknown;
  explanation?: string;
  evidence?: { text?: string; label?: string; eventId?: string; sources?: string[]; url?: string }[];
  sources?: string[];
  [k: string]: unknown;
}
interface Report {
  article: { date: string | null; lang: string };
  claims: Claim[];
  summary: Record<string, number>;
}

function describe(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  return JSON.stringify(v);
}

export function renderReport(original: string, report: Report): HTMLElement {
  const claims = [...report.claims]
    .filter((c) => Number.isInteger(c.start) && Number.isInteger(c.end))
    .sort((a, b) => a.start - b.start);
  const article = h('div', { class: 'article', 'data-testid': 'article' });
  let at = 0;
  claims.forEach((c, i) => {
    if (c.start < at) return;
    article.append(document.createTextNode(original.slice(at, c.start)));
    article.append(
      h(
        'mark',
        {
          class: `claim ${c.verdict}`,
          id: `claim-${i}`,
          title: t(`claims.verdict.${c.verdict}` as MessageKey),
        },
        original.slice(c.start, c.end),
      ),
    );
    at = c.end;
  });
  article.append(document.createTextNode(original.slice(at)));
  const list = h(
    'ol',
    { class: 'claims', 'data-testid': 'claims-list' },
    claims.map((c, i) =>
      h(
        'li',
        { 'data-verdict': c.verdict },
        h(
          'a',
          {
            href: `#claim-${i}`,
            on: {
              click: (e) => {
                e.preventDefault();
                document.getElementById(`claim-${i}`)?.scrollIntoView();
              },
            },
          },
          `“${c.text}”`,
        ),
        ' — ',
        h(
          'strong',
          {
            class:
              c.verdict === 'accurate'
                ? 'good'
                : c.verdict === 'inaccurate' || c.verdict === 'misleading'
                  ? 'bad'
                  : 'neutral',
          },
          t(`claims.verdict.${c.verdict}` as MessageKey),
        ),
        c.explanation ? h('p', null, c.explanation) : null,
        c.expected !== undefined && c.expected !== null
          ? h('p', { class: 'meta' }, `${t('claims.expected')}: ${describe(c.expected)}`)
          : null,
        c.evidence?.length
          ? h(
              'ul',
              { class: 'meta' },
              c.evidence.map((e) =>
                h(
                  'li',
                  null,
                  e.text ?? e.label ?? e.eventId ?? '',
                  e.eventId
                    ? [' ', h('a', { href: `#/vote/${encodeURIComponent(e.eventId)}` }, e.eventId)]
                    : null,
                  (e.sources ?? (e.url ? [e.url] : [])).map((u, k) => [' ', sourceLink(u, `[${k + 1}]`)]),
                ),
              ),
            )
          : null,
        c.sources?.length
          ? h(
              'p',
              { class: 'meta' },
              t('common.sources'),
              ': ',
              c.sources.map((u, k) => [k ? ', ' : '', sourceLink(u, `[${k + 1}]`)]),
            )
          : null,
      ),
    ),
  );
  return h(
    'div',
    null,
    h('p', { role: 'status' }, t('claims.summary', { n: report.claims.length })),
    report.claims.length ? null : h('p', null, t('claims.none')),
    article,
    list,
  );
}

export async function render(main: HTMLElement, route: Route): Promise<void> {
  const textarea = h('textarea', {
    name: 'article',
    'data-testid': 'article-input',
    'aria-label': t('claims.text'),
  });
  const out = h('div', { 'data-testid': 'claims-result' });
  const status = h('p', { role: 'status' });
  let last: { text: string; report: Report } | null = null;
  const check = async () => {
    clear(out);
    out.dataset.state = 'loading';
    try {
      const text = textarea.value;
      const report = await api.post<Report>('/api/claims', { text });
      last = { text, report };
      out.append(renderReport(text, report));
    } catch (e) {
      out.append(errorBox(e));
    }
    out.dataset.state = 'done';
  };
  const file = h('input', {
    type: 'file',
    accept: '.txt,.html,.htm,.md,text/plain,text/html,text/markdown',
    'data-testid': 'article-file',
  });
  file.addEventListener('change', () => {
    void file.files?.[0]?.text().then((txt) => {
      textarea.value = txt;
      void check();
    });
  });
  const save = h(
    'button',
    {
      type: 'button',
      'data-testid': 'save-article',
      on: {
        click: () => {
          if (!last) return;
          const title = last.text.trim().split('\n')[0]!.slice(0, 80) || t('claims.text');
          void api.post('/api/workspace/articles', { title, data: last }).then(
            () => (status.textContent = t('common.saved')),
            (e: unknown) => status.append(errorBox(e)),
          );
        },
      },
    },
    t('claims.save'),
  );
  main.append(
    h('h1', null, t('claims.title')),
    h('p', { class: 'intro' }, t('claims.intro')),
    h(
      'form',
      {
        on: {
          submit: (e) => {
            e.preventDefault();
            void check();
          },
        },
      },
      h('label', { class: 'field wide' }, h('span', null, t('claims.text')), textarea),
      h(
        'div',
        { class: 'actions' },
        h('label', { class: 'field' }, h('span', null, t('claims.upload')), file),
        h('button', { type: 'submit', 'data-testid': 'check-article' }, t('claims.check')),
        (await getMeta()).workspace ? save : null,
      ),
      status,
    ),
    out,
  );
  const id = route.params.get('id');
  if (id) {
    const item = await api.get<{ data: { text: string; report: Report } }>(
      `/api/workspace/articles/${encodeURIComponent(id)}`,
    );
    textarea.value = item.data.text;
    last = item.data;
    out.append(renderReport(item.data.text, item.data.report));
  }
}
