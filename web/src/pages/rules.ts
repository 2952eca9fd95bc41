/** The rules in force on a date, and what changed between two dates (GET /api/rules, /api/rules/diff). */
import { api } from '../api.js';
import { citationList, errorBox } from '../components.js';
import { clear, h } from '../dom.js';
import { t } from '../i18n.js';
import { replaceParams, type Route } from '../main.js';
import type { Citation } from '../types.js';

interface RuleSummary {
  id: string;
  kinds: string[];
  title: string;
  validFrom: string;
  validTo: string | null;
  notes: string | null;
  cites: Citation[];
}

function ruleItem(r: RuleSummary): HTMLElement {
  return h(
    'li',
    { class: 'rule' },
    h('h3', null, r.title),
    h(
      'p',
      { class: 'meta' },
      h('code', null, r.id),
      ' · ',
      t('rules.validFrom', { from: r.validFrom }),
      r.validTo ? [' · ', t('rules.validTo', { to: r.validTo })] : null,
    ),
    r.notes ? h('p', { class: 'note' }, r.notes) : null,
    citationList(r.cites),
  );
}

export async function render(main: HTMLElement, route: Route): Promise<void> {
  const today = new Date().toISOString().slice(0, 10);
  let date = route.params.get('date') ?? today;
  let other = route.params.get('compare') ?? '';
  const out = h('div', { 'data-testid': 'rules-result' });
  const dateInput = h('input', { type: 'date', value: date, name: 'date' });
  const otherInput = h('input', { type: 'date', value: other, name: 'compare' });
  const update = async () => {
    replaceParams(other ? { date, compare: other } : { date });
    clear(out);
    try {
      if (other) {
        const d = await api.get<{ from: string; to: string; added: RuleSummary[]; removed: RuleSummary[] }>(
          `/api/rules/diff?from=${other}&to=${date}`,
        );
        out.append(
          h('h2', null, t('rules.added', { from: d.from, to: d.to })),
          d.added.length
            ? h('ul', { class: 'rules' }, d.added.map(ruleItem))
            : h('p', null, t('common.none')),
          h('h2', null, t('rules.removed', { from: d.from, to: d.to })),
          d.removed.length
            ? h('ul', { class: 'rules' }, d.removed.map(ruleItem))
            : h('p', null, t('common.none')),
        );
      } else {
        const r = await api.get<{ date: string; rules: RuleSummary[] }>(`/api/rules?date=${date}`);
        out.append(
          h('p', null, t('rules.count', { n: r.rules.length })),
          h('ul', { class: 'rules' }, r.rules.map(ruleItem)),
        );
      }
    } catch (e) {
      out.appendChild(errorBox(e));
    }
  };
  dateInput.addEventListener('change', () => {
    if (dateInput.value) date = dateInput.value;
    void update();
  });
  otherInput.addEventListener('change', () => {
    other = otherInput.value;
    void update();
  });
  main.append(
    h('h1', null, t('rules.title')),
    h('p', { class: 'intro' }, t('rules.intro')),
    h(
      'form',
      { class: 'inline', on: { submit: (e) => e.preventDefault() } },
      h('label', { class: 'field' }, h('span', null, t('common.date')), dateInput),
      h('label', { class: 'field' }, h('span', null, t('rules.compare')), otherInput),
    ),
    out,
  );
  await update();
}
