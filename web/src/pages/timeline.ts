/** Timeline 1992 → latest event: every recorded step with the engine's verdict and margin (GET /api/replay). */
import { api } from '../api.js';
import { errorBox } from '../components.js';
import { clear, h } from '../dom.js';
import { fmtDate, lang, t } from '../i18n.js';
import type { Interpretation } from '../types.js';
import { replaceParams, type Route } from '../main.js';

interface Entry {
  id: string;
  date: string;
  kind: string;
  target?: string | null;
  outcome: string;
  passed: boolean | null;
  permitted: boolean | null;
  margin: number | null;
  agrees: boolean | null;
  reason: string;
}
interface Membership {
  person_id: string;
  role: string;
  start_date: string;
  end_date?: string | null;
}

export async function render(main: HTMLElement, route: Route): Promise<void> {
  const reading = route.params.get('reading') ?? '';
  const [rep, people, mem, interps] = await Promise.all([
    api.get<{ entries: Entry[]; coverage: { latestEvent: string | null } }>(
      `/api/replay${reading ? `?interpretation=${encodeURIComponent(reading)}` : ''}`,
    ),
    api.get<{ persons: { id: string; name: string }[] }>('/api/record/people'),
    api.get<{ memberships: Membership[] }>('/api/record/memberships'),
    api.get<{ interpretations: Interpretation[] }>('/api/interpretations'),
  ]);
  const changed = reading
    ? await api
        .get<{ changes: { id: string }[] }>(`/api/replay?diff=${encodeURIComponent(reading)}`)
        .then((d) => new Set(d.changes.map((c) => c.id)))
    : new Set<string>();
  const names = new Map(people.persons.map((p) => [p.id, p.name]));
  const presidencies = mem.memberships
    .filter((m) => m.role === 'president')
    .sort((a, b) => a.start_date.localeCompare(b.start_date));
  const presidentOn = (d: string) =>
    presidencies.find((m) => m.start_date <= d && (!m.end_date || d < m.end_date))?.person_id ?? '';
  let kind = route.params.get('kind') ?? '';
  let president = route.params.get('president') ?? '';
  const kinds = [...new Set(rep.entries.map((e) => e.kind))].sort();
  const presidents = [...new Set(presidencies.map((m) => m.person_id))];
  const list = h('ol', { class: 'events', 'data-testid': 'timeline' });
  const count = h('p', { role: 'status' });
  const draw = () => {
    const params: Record<string, string> = {};
    if (kind) params.kind = kind;
    if (reading) params.reading = reading;
    if (president) params.president = president;
    replaceParams(params);
    clear(list);
    const shown = rep.entries.filter(
      (e) => (!kind || e.kind === kind) && (!president || presidentOn(e.date) === president),
    );
    count.textContent = shown.length ? t('timeline.count', { n: shown.length }) : t('timeline.empty');
    for (const e of shown) {
      const verdict =
        e.permitted === false
          ? t('verdict.notPermitted')
          : e.passed === true
            ? t('verdict.passed')
            : e.passed === false
              ? t('verdict.failed')
              : e.permitted
                ? t('verdict.permitted')
                : '—';
      list.append(
        h(
          'li',
          { class: 'event' },
          h('time', { datetime: e.date }, fmtDate(e.date)),
          ' · ',
          h('a', { href: `#/vote/${encodeURIComponent(e.id)}` }, e.kind),
          e.target ? ` · ${names.get(e.target) ?? e.target}` : '',
          h(
            'p',
            { class: 'meta' },
            `${verdict}${e.margin !== null ? ` (${t('verdict.margin')} ${e.margin > 0 ? '+' : ''}${e.margin})` : ''} · ${t('verdict.recorded')}: ${e.outcome}`,
            e.agrees === false ? h('span', { class: 'badge bad' }, ` ${t('verdict.disagrees')}`) : null,
            changed.has(e.id) ? h('span', { class: 'badge' }, ` ${t('timeline.changesHere')}`) : null,
          ),
        ),
      );
    }
  };
  const kindSel = h(
    'select',
    { name: 'kind', 'data-testid': 'filter-kind' },
    h('option', { value: '' }, t('common.all')),
    kinds.map((k) => h('option', { value: k, selected: k === kind }, k)),
  );
  kindSel.addEventListener('change', () => {
    kind = kindSel.value;
    draw();
  });
  const presSel = h(
    'select',
    { name: 'president', 'data-testid': 'filter-president' },
    h('option', { value: '' }, t('common.all')),
    presidents.map((p) => h('option', { value: p, selected: p === president }, names.get(p) ?? p)),
  );
  presSel.addEventListener('change', () => {
    president = presSel.value;
    draw();
  });
  const readingSel = h(
    'select',
    { name: 'reading', 'data-testid': 'filter-reading' },
    h('option', { value: '' }, '—'),
    interps.interpretations.flatMap((i) =>
      i.options.map((o) =>
        h(
          'option',
          { value: `${i.key}=${o.id}`, selected: reading === `${i.key}=${o.id}` },
          `${i.question[lang()]}: ${o.label[lang()]}`,
        ),
      ),
    ),
  );
  readingSel.addEventListener('change', () => {
    const p = new URLSearchParams(location.hash.split('?')[1] ?? '');
    if (readingSel.value) p.set('reading', readingSel.value);
    else p.delete('reading');
    location.hash = `#/timeline?${p.toString()}`;
  });
  main.append(
    h('h1', null, t('timeline.title')),
    h('p', { class: 'intro' }, t('timeline.intro')),
    h(
      'form',
      { class: 'inline', on: { submit: (e) => e.preventDefault() } },
      h('label', { class: 'field' }, h('span', null, t('timeline.filterKind')), kindSel),
      h('label', { class: 'field' }, h('span', null, t('timeline.filterPresident')), presSel),
      h('label', { class: 'field' }, h('span', null, t('timeline.interpretations')), readingSel),
    ),
    h(
      'p',
      { class: reading ? 'notice' : 'meta', 'data-testid': 'reading-changes' },
      reading ? t('timeline.changed', { n: changed.size }) : '',
    ),
    count,
    list,
  );
  try {
    draw();
  } catch (e) {
    main.append(errorBox(e));
  }
}
