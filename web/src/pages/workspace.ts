/** Saved scenarios and articles: reopen, delete, export and import the whole workspace as JSON. */
import { api, getMeta } from '../api.js';
import { errorBox } from '../components.js';
import { clear, h } from '../dom.js';
import { fmtDate, t } from '../i18n.js';
import type { Route } from '../main.js';
import { encodeScenario, type Scenario } from '../scenario.js';

interface Summary {
  id: string;
  kind: 'scenario' | 'article';
  title: string;
  updated: string;
}

export async function render(main: HTMLElement, _route: Route): Promise<void> {
  main.append(h('h1', null, t('workspace.title')));
  if (!(await getMeta()).workspace) {
    main.append(h('p', null, t('workspace.unavailable')));
    return;
  }
  const lists = h('div', { class: 'columns' });
  const status = h('p', { role: 'status' });
  const load = async () => {
    clear(lists);
    for (const [plural, label] of [
      ['scenarios', t('workspace.scenarios')],
      ['articles', t('workspace.articles')],
    ] as const) {
      const { items } = await api.get<{ items: Summary[] }>(`/api/workspace/${plural}`);
      lists.append(
        h(
          'section',
          { 'data-testid': `saved-${plural}` },
          h('h2', null, label),
          items.length
            ? h(
                'ul',
                { class: 'saved' },
                items.map((it) =>
                  h(
                    'li',
                    null,
                    h(
                      'button',
                      {
                        type: 'button',
                        class: 'link',
                        'data-testid': 'open-item',
                        on: { click: () => void open(plural, it.id) },
                      },
                      it.title,
                    ),
                    h(
                      'span',
                      { class: 'meta' },
                      ' · ',
                      t('workspace.updated', { date: fmtDate(it.updated.slice(0, 10)) }),
                      ' ',
                    ),
                    h(
                      'button',
                      {
                        type: 'button',
                        class: 'small',
                        'aria-label': `${t('common.delete')}: ${it.title}`,
                        on: {
                          click: () => {
                            void api.del(`/api/workspace/${plural}/${encodeURIComponent(it.id)}`).then(load);
                          },
                        },
                      },
                      t('common.delete'),
                    ),
                  ),
                ),
              )
            : h('p', null, t('workspace.empty')),
        ),
      );
    }
  };
  const open = async (plural: string, id: string) => {
    if (plural === 'articles') {
      location.hash = `#/claims?id=${encodeURIComponent(id)}`;
      return;
    }
    const item = await api.get<{ data: Scenario }>(`/api/workspace/scenarios/${encodeURIComponent(id)}`);
    location.hash = `#/playground?s=${encodeScenario(item.data)}`;
  };
  const file = h('input', { type: 'file', accept: 'application/json,.json', 'data-testid': 'import-file' });
  file.addEventListener('change', () => {
    const f = file.files?.[0];
    if (!f) return;
    void f
      .text()
      .then((text) => api.post<{ imported: number }>('/api/workspace/import', JSON.parse(text)))
      .then((r) => {
        status.textContent = t('workspace.imported', { n: r.imported });
        return load();
      })
      .catch((e: unknown) => {
        clear(status);
        status.append(errorBox(e));
      });
  });
  main.append(
    h(
      'p',
      { class: 'actions' },
      h(
        'a',
        { href: '/api/workspace/export', download: 'contrapeso-workspace.json', class: 'button' },
        t('workspace.export'),
      ),
      ' ',
      h('label', { class: 'field' }, h('span', null, t('workspace.import')), file),
    ),
    status,
    lists,
  );
  try {
    await load();
  } catch (e) {
    main.append(errorBox(e));
  }
}
