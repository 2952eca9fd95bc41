/** The state inspector: the constitutional situation on any date, each fact linked to the event it comes from. */
import { api } from '../api.js';
import { errorBox, hemicycleDiagram } from '../components.js';
import { clear, h } from '../dom.js';
import { fmtDate, t } from '../i18n.js';
import type { MessageKey } from '../locales/en.js';
import { replaceParams, type Route } from '../main.js';

interface StateAnswer {
  date: string;
  names: Record<string, string>;
  coverage: { latestEvent: string | null };
  state: {
    offices?: Record<string, string | null>;
    composition?: Record<
      string,
      { total: number; date: string; groups: { organizationId: string; name?: string; seats: number }[] }
    >;
    fallenCouncils?: { date: string; how: string; primeMinister?: string; eventId?: string }[];
    pendingMotions?: {
      kind: string;
      target?: string;
      filedOn?: string;
      admittedOn?: string;
      eventId?: string;
    }[];
    statesOfException?: { kind: string; from: string; to: string; territory?: string; eventId?: string }[];
    basis?: Record<string, string[]>;
    [k: string]: unknown;
  };
}

const eventLink = (id: string | undefined) =>
  id
    ? [' ', h('a', { href: `#/vote/${encodeURIComponent(id)}`, class: 'source' }, `[${t('common.source')}]`)]
    : null;

export async function render(main: HTMLElement, route: Route): Promise<void> {
  let date = route.params.get('date') ?? new Date().toISOString().slice(0, 10);
  const out = h('div', { 'data-testid': 'state-result' });
  const input = h('input', { type: 'date', name: 'date', value: date, 'data-testid': 'state-date' });
  const update = async () => {
    replaceParams({ date });
    clear(out);
    try {
      const a = await api.get<StateAnswer>(`/api/state?date=${date}`);
      const s = a.state;
      const name = (id: string | null | undefined) =>
        id === null ? t('state.vacant') : id ? (a.names[id] ?? id) : t('common.unknown');
      const basis = (key: string) => s.basis?.[key]?.flatMap((id) => eventLink(id) ?? []) ?? null;
      out.append(
        h('h2', null, t('state.offices')),
        h(
          'dl',
          { class: 'facts' },
          Object.entries(s.offices ?? {}).map(([k, v]) => [
            h('dt', null, t(`office.${k}` as MessageKey) || k),
            h('dd', null, name(v), basis(`offices.${k}`) ?? basis(k)),
          ]),
        ),
      );
      for (const [chamber, c] of Object.entries(s.composition ?? {})) {
        out.append(
          h('h2', null, `${t('state.composition')}: ${t(`chamber.${chamber}` as MessageKey)}`),
          hemicycleDiagram({
            seats: c.total,
            groups: c.groups.map((g) => ({
              name: g.name ?? a.names[g.organizationId] ?? g.organizationId,
              seats: g.seats,
            })),
            colourBy: 'group',
          }),
        );
      }
      const section = <T>(
        title: MessageKey,
        items: T[] | undefined,
        line: (x: T) => (Node | string | null)[],
      ) =>
        out.append(
          h('h2', null, t(title)),
          items?.length
            ? h(
                'ul',
                null,
                items.map((x) => h('li', null, line(x))),
              )
            : h('p', null, t('common.none')),
        );
      section('state.fallen', s.fallenCouncils, (f) => [
        `${fmtDate(f.date)} · ${f.how}${f.primeMinister ? ` · ${name(f.primeMinister)}` : ''}`,
        ...(eventLink(f.eventId) ?? []),
      ]);
      section('state.motions', s.pendingMotions, (m) => [
        `${m.kind}${m.target ? ` · ${name(m.target)}` : ''}${m.filedOn ? ` · ${fmtDate(m.filedOn)}` : ''}`,
        ...(eventLink(m.eventId) ?? []),
      ]);
      section('state.exceptions', s.statesOfException, (x) => [
        `${x.kind} · ${fmtDate(x.from)} → ${fmtDate(x.to)}${x.territory ? ` · ${x.territory}` : ''}`,
        ...(eventLink(x.eventId) ?? []),
      ]);
    } catch (e) {
      out.append(errorBox(e));
    }
  };
  input.addEventListener('change', () => {
    if (input.value) {
      date = input.value;
      void update();
    }
  });
  main.append(
    h('h1', null, t('state.title')),
    h('p', { class: 'intro' }, t('state.intro')),
    h('label', { class: 'field' }, h('span', null, t('common.date')), input),
    out,
  );
  await update();
}
