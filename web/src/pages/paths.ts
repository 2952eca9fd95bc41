/** Paths to a goal: legal sequences of steps from a date, each with its probability, as step lists. */
import { api } from '../api.js';
import { errorBox } from '../components.js';
import { clear, h } from '../dom.js';
import { fmtDate, t } from '../i18n.js';
import { replaceParams, type Route } from '../main.js';

const GOALS = [
  'president-removed',
  'congress-dissolved',
  'cabinet-fallen',
  'constitution-amended',
  'early-elections',
];

interface PathsAnswer {
  paths: {
    probability?: number;
    steps: {
      kind: string;
      outcome?: string;
      rule?: string;
      required?: number | null;
      threshold?: string;
      earliestDate?: string;
    }[];
  }[];
  notes: string[];
}

export async function render(main: HTMLElement, route: Route): Promise<void> {
  let from = route.params.get('from') ?? new Date().toISOString().slice(0, 10);
  let goal = route.params.get('goal') ?? 'president-removed';
  const date = h('input', { type: 'date', value: from, name: 'from' });
  const sel = h(
    'select',
    { name: 'goal' },
    GOALS.map((g) => h('option', { value: g, selected: g === goal }, g)),
  );
  const out = h('div', { 'data-testid': 'paths-result' });
  const run = async () => {
    from = date.value || from;
    goal = sel.value;
    replaceParams({ from, goal });
    clear(out);
    try {
      const r = await api.get<PathsAnswer>(
        `/api/paths?from=${from}&goal=${encodeURIComponent(goal)}&depth=4`,
      );
      if (!r.paths.length) out.append(h('p', null, t('paths.none')));
      out.append(
        h(
          'ol',
          null,
          r.paths.map((p) =>
            h(
              'li',
              null,
              p.probability !== undefined ? h('strong', null, `${(p.probability * 100).toFixed(1)}%`) : null,
              h(
                'ol',
                null,
                p.steps.map((st) =>
                  h(
                    'li',
                    null,
                    `${st.kind}${st.outcome ? ` → ${st.outcome}` : ''}${st.threshold ? ` (${st.threshold})` : ''}${st.earliestDate ? ` · ${fmtDate(st.earliestDate)}` : ''}`,
                  ),
                ),
              ),
            ),
          ),
        ),
        h(
          'ul',
          { class: 'meta' },
          r.notes.map((n) => h('li', null, n)),
        ),
      );
    } catch (e) {
      out.append(errorBox(e));
    }
  };
  main.append(
    h('h1', null, t('paths.title')),
    h('p', { class: 'intro' }, t('paths.intro')),
    h(
      'form',
      {
        class: 'inline',
        on: {
          submit: (e) => {
            e.preventDefault();
            void run();
          },
        },
      },
      h('label', { class: 'field' }, h('span', null, t('common.date')), date),
      h('label', { class: 'field' }, h('span', null, t('paths.goal')), sel),
      h('button', { type: 'submit' }, t('paths.run')),
    ),
    out,
  );
  await run();
}
