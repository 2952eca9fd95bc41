/** One recorded event: the hemicycle (by vote or group), the threshold line, the verdict and its sources. */
import { api } from '../api.js';
import { hemicycleDiagram, verdictCard, type Group } from '../components.js';
import { clear, h, sourceLink } from '../dom.js';
import { fmtDate, t } from '../i18n.js';
import type { Route } from '../main.js';
import { encodeScenario } from '../scenario.js';
import type { Verdict } from '../types.js';

interface EventRecord {
  id: string;
  date: string;
  kind: string;
  title?: string;
  chamber?: string;
  tally?: {
    for: number | null;
    against: number | null;
    abstain: number | null;
    absent?: number | null;
  } | null;
  target?: string | null;
  outcome: string;
  outcome_note?: string;
  notes?: string | string[];
  sources: string[];
  group_votes?: {
    organization_id: string;
    for: number | null;
    against: number | null;
    abstain: number | null;
  }[];
  [k: string]: unknown;
}

export async function render(main: HTMLElement, route: Route): Promise<void> {
  const id = route.parts[1] ?? '';
  let data: {
    event: EventRecord;
    replay: { verdict?: Verdict; reason: string; agrees: boolean | null } | null;
    names: Record<string, string>;
    state: {
      composition?: Record<
        string,
        { total: number; groups: { organizationId: string; name?: string; seats: number }[] }
      >;
    };
  };
  try {
    data = await api.get(`/api/record/events/${encodeURIComponent(id)}`);
  } catch {
    main.append(h('h1', null, t('vote.title')), h('p', { class: 'notice' }, t('vote.notFound')));
    return;
  }
  const ev = data.event;
  const chamber = ev.chamber ?? 'congress';
  const comp = data.state.composition?.[chamber];
  const verdict = data.replay?.verdict;
  const tally = ev.tally
    ? { for: ev.tally.for ?? 0, against: ev.tally.against ?? 0, abstain: ev.tally.abstain ?? 0 }
    : null;
  const groups: Group[] | null = comp
    ? comp.groups.map((g) => ({
        name: g.name ?? data.names[g.organizationId] ?? g.organizationId,
        seats: g.seats,
      }))
    : null;
  const seats = comp?.total ?? verdict?.baseCount ?? (tally ? tally.for + tally.against + tally.abstain : 0);
  const figure = h('div', { 'data-testid': 'hemicycle' });
  const groupVotes = ev.group_votes?.length
    ? ev.group_votes.map((g) => {
        const seatsOf = comp?.groups.find((x) => x.organizationId === g.organization_id)?.seats;
        const f = g.for ?? 0;
        const a = g.against ?? 0;
        const ab = g.abstain ?? 0;
        return {
          name: data.names[g.organization_id] ?? g.organization_id,
          seats: Math.max(seatsOf ?? 0, f + a + ab),
          for: f,
          against: a,
          abstain: ab,
        };
      })
    : null;
  let colourBy: 'vote' | 'group' | 'groupVote' = groupVotes ? 'groupVote' : 'vote';
  const draw = () => {
    clear(figure);
    figure.append(
      hemicycleDiagram({ seats, tally, required: verdict?.required ?? null, groups, groupVotes, colourBy }),
    );
    if (colourBy === 'group' && !groupVotes)
      figure.append(h('p', { class: 'meta' }, t('hemicycle.groupsUnknown')));
  };
  const toggle = h(
    'fieldset',
    null,
    h('legend', null, t('hemicycle.colourBy')),
    (['vote', 'group', 'groupVote'] as const).map((c) => {
      const input = h('input', {
        type: 'radio',
        name: 'colour',
        value: c,
        checked: c === colourBy,
        disabled: (c === 'group' && !groups) || (c === 'groupVote' && !groupVotes),
      });
      input.addEventListener('change', () => {
        colourBy = c;
        draw();
      });
      return h(
        'label',
        null,
        input,
        ' ',
        t(c === 'vote' ? 'hemicycle.byVote' : c === 'group' ? 'hemicycle.byGroup' : 'hemicycle.byGroupVote'),
      );
    }),
  );
  const scenario = ev.tally
    ? encodeScenario({
        date: ev.date,
        action: { kind: ev.kind, ...(ev.chamber ? { chamber: ev.chamber } : {}), tally: tally! },
      })
    : null;
  main.append(
    h(
      'article',
      null,
      h('h1', null, ev.title ?? `${ev.kind} · ${fmtDate(ev.date)}`),
      h(
        'p',
        { class: 'meta' },
        h('time', { datetime: ev.date }, fmtDate(ev.date)),
        ' · ',
        h('code', null, ev.kind),
        ev.target ? ` · ${data.names[ev.target] ?? ev.target}` : '',
        ` · ${t('verdict.recorded')}: ${ev.outcome}`,
      ),
      ev.outcome_note ? h('p', null, ev.outcome_note) : null,
      seats ? [toggle, figure] : null,
      data.replay
        ? h(
            'p',
            { class: data.replay.agrees === false ? 'bad' : 'meta' },
            data.replay.agrees === false
              ? t('verdict.disagrees')
              : data.replay.agrees
                ? t('verdict.agrees')
                : '',
            data.replay.reason ? ` — ${data.replay.reason}` : '',
          )
        : null,
      verdict ? verdictCard(verdict) : null,
      scenario
        ? h('p', null, h('a', { href: `#/playground?s=${scenario}`, class: 'button' }, t('vote.whatif')))
        : null,
      h('h2', null, t('common.sources')),
      h(
        'ul',
        null,
        ev.sources.map((u) => h('li', null, sourceLink(u, u))),
      ),
      ev.notes ? h('p', { class: 'note' }, Array.isArray(ev.notes) ? ev.notes.join(' ') : ev.notes) : null,
    ),
  );
  if (seats) draw();
  if (ev.tally) {
    // Counterfactuals on this vote, from the simulator (GET /api/whatif/:id).
    const w = await api
      .get<{
        smallestFlip: { members: number; moves: { from: string; to: string; members: number }[] } | null;
        groupFlips: { sets: { groups: string[]; members: number }[] } | null;
      }>(`/api/whatif/${encodeURIComponent(ev.id)}`)
      .catch(() => null);
    const tallyWord = (o: string) =>
      ['for', 'against', 'abstain', 'absent'].includes(o) ? t(`tally.${o}` as 'tally.for') : o;
    if (w?.smallestFlip)
      main.append(
        h(
          'section',
          { 'data-testid': 'whatif' },
          h('h2', null, t('vote.smallestFlip', { n: w.smallestFlip.members })),
          h(
            'ul',
            null,
            w.smallestFlip.moves.map((m) =>
              h(
                'li',
                null,
                t('vote.move', { members: m.members, from: tallyWord(m.from), to: tallyWord(m.to) }),
              ),
            ),
          ),
          w.groupFlips?.sets.length
            ? [
                h('h3', null, t('vote.groupFlips')),
                h(
                  'ul',
                  null,
                  w.groupFlips.sets.map((g) =>
                    h('li', null, `${g.groups.map((id) => data.names[id] ?? id).join(' + ')} (${g.members})`),
                  ),
                ),
              ]
            : null,
        ),
      );
  }
}
