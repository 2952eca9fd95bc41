/** Pieces shared by the pages: a verdict card, citations, the hemicycle, errors. */
import { ApiFailure } from './api.js';
import { h, s, sourceLink } from './dom.js';
import { boundaryAngle, hemicycle } from './hemicycle.js';
import { t } from './i18n.js';
import type { Citation, ExplanationNode, Tally, Verdict } from './types.js';

export function errorBox(e: unknown): HTMLElement {
  const msg = e instanceof ApiFailure || e instanceof Error ? e.message : String(e);
  return h('p', { class: 'error', role: 'alert' }, `${t('common.error')}: ${msg}`);
}

export function loading(): HTMLElement {
  return h('p', { class: 'loading', 'aria-busy': 'true' }, t('common.loading'));
}

export function citationList(cites: Citation[]): HTMLElement {
  return h(
    'ul',
    { class: 'cites' },
    cites.map((c) => h('li', null, c.url ? sourceLink(c.url, c.cite) : c.cite)),
  );
}

export function sourcesList(urls: string[] | undefined): HTMLElement | null {
  if (!urls?.length) return null;
  return h(
    'span',
    { class: 'sources' },
    ' [',
    urls.map((u, i) => [i ? ', ' : '', sourceLink(u, `${t('common.source')} ${i + 1}`)]),
    ']',
  );
}

function explanationTree(n: ExplanationNode): HTMLElement {
  const mark = n.ok === true ? '✓ ' : n.ok === false ? '✗ ' : '';
  return h(
    'li',
    { class: n.ok === false ? 'bad' : n.ok === true ? 'good' : '' },
    mark + n.text,
    n.cites?.length
      ? h(
          'span',
          { class: 'inline-cites' },
          ' — ',
          n.cites.map((c, i) => [i ? '; ' : '', c.url ? sourceLink(c.url, c.cite) : c.cite]),
        )
      : null,
    n.children?.length ? h('ul', null, n.children.map(explanationTree)) : null,
  );
}

export function verdictHeadline(v: Verdict): { text: string; cls: string } {
  if (!v.permitted) return { text: t('verdict.notPermitted'), cls: 'bad' };
  if (v.passed === true) return { text: t('verdict.passed'), cls: 'good' };
  if (v.passed === false) return { text: t('verdict.failed'), cls: 'bad' };
  return { text: t('verdict.permitted'), cls: 'neutral' };
}

export function verdictCard(v: Verdict): HTMLElement {
  const head = verdictHeadline(v);
  return h(
    'section',
    { class: 'verdict', 'aria-live': 'polite', 'data-testid': 'verdict' },
    h('p', { class: `headline ${head.cls}`, 'data-verdict': head.cls }, head.text),
    h(
      'dl',
      { class: 'facts' },
      v.required !== null
        ? [h('dt', null, t('verdict.required')), h('dd', { 'data-testid': 'required' }, v.required)]
        : null,
      v.margin !== null
        ? [
            h('dt', null, t('verdict.margin')),
            h('dd', { 'data-testid': 'margin' }, v.margin > 0 ? `+${v.margin}` : v.margin),
          ]
        : null,
      v.arithmetic ? [h('dt', null, t('verdict.arithmetic')), h('dd', null, v.arithmetic)] : null,
      [h('dt', null, t('verdict.rule')), h('dd', null, h('code', null, v.rule))],
    ),
    v.reasons.length
      ? h(
          'ul',
          { class: 'reasons' },
          v.reasons.map((r) => h('li', null, r)),
        )
      : null,
    h('h3', null, t('verdict.explanation')),
    h('ul', { class: 'tree' }, explanationTree(v.explanation)),
    h('h3', null, t('verdict.citations')),
    citationList(v.citations),
  );
}

export interface Group {
  name: string;
  seats: number;
  colour?: string;
}

const VOTE_COLOURS = { for: '#1b7f3b', against: '#b3261e', abstain: '#c89200', other: '#9aa0a6' };
const GROUP_PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
  '#2f4b7c',
  '#a05195',
];

/**
 * A hemicycle of `seats` seats coloured by vote (for, abstain, against, then the rest, left to right) or by
 * group, with a radial line after the `required`-th seat.
 */
export function hemicycleDiagram(opts: {
  seats: number;
  tally?: Tally | null;
  required?: number | null;
  groups?: Group[] | null;
  /** How each group voted: seats are laid out group by group, each coloured by its members' votes. */
  groupVotes?: (Group & { for: number; against: number; abstain: number })[] | null;
  colourBy?: 'vote' | 'group' | 'groupVote';
}): HTMLElement {
  const n = Math.max(0, Math.min(opts.seats, 1000));
  const geo = hemicycle(n);
  const tally = opts.tally ?? { for: 0, against: 0, abstain: 0 };
  const f = Math.min(tally.for, n);
  const ab = Math.min(tally.abstain, n - f);
  const ag = Math.min(tally.against, n - f - ab);
  const other = n - f - ab - ag;
  const colourBy =
    opts.colourBy === 'group' && opts.groups?.length
      ? 'group'
      : opts.colourBy === 'groupVote' && opts.groupVotes?.length
        ? 'groupVote'
        : 'vote';
  const colours: string[] = [];
  const legend: [string, string, number][] = [];
  if (colourBy === 'vote') {
    for (let i = 0; i < n; i++)
      colours.push(
        i < f
          ? VOTE_COLOURS.for
          : i < f + ab
            ? VOTE_COLOURS.abstain
            : i < f + ab + ag
              ? VOTE_COLOURS.against
              : VOTE_COLOURS.other,
      );
    legend.push(
      [t('tally.for'), VOTE_COLOURS.for, f],
      [t('tally.abstain'), VOTE_COLOURS.abstain, ab],
      [t('tally.against'), VOTE_COLOURS.against, ag],
      [t('tally.vacant'), VOTE_COLOURS.other, other],
    );
  } else if (colourBy === 'groupVote') {
    // Group by group (left to right), inside each: for, abstain, against, then not voting.
    for (const g of opts.groupVotes!) {
      const gf = Math.min(g.for, g.seats);
      const ga = Math.min(g.abstain, g.seats - gf);
      const gg = Math.min(g.against, g.seats - gf - ga);
      for (let i = 0; i < g.seats && colours.length < n; i++)
        colours.push(
          i < gf
            ? VOTE_COLOURS.for
            : i < gf + ga
              ? VOTE_COLOURS.abstain
              : i < gf + ga + gg
                ? VOTE_COLOURS.against
                : VOTE_COLOURS.other,
        );
      legend.push([g.name, 'transparent', g.seats]);
    }
    while (colours.length < n) colours.push(VOTE_COLOURS.other);
    legend.unshift(
      [t('tally.for'), VOTE_COLOURS.for, f],
      [t('tally.abstain'), VOTE_COLOURS.abstain, ab],
      [t('tally.against'), VOTE_COLOURS.against, ag],
    );
  } else {
    opts.groups!.forEach((g, gi) => {
      const c = g.colour ?? GROUP_PALETTE[gi % GROUP_PALETTE.length]!;
      for (let i = 0; i < g.seats && colours.length < n; i++) colours.push(c);
      legend.push([g.name, c, g.seats]);
    });
    while (colours.length < n) colours.push(VOTE_COLOURS.other);
  }
  const W = 220;
  const H = 120;
  const sx = (x: number) => 110 + x * 100;
  const sy = (y: number) => 110 - y * 100;
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'hemicycle', role: 'img', 'data-seats': n });
  const req = opts.required ?? null;
  const desc =
    req !== null
      ? t('hemicycle.desc', { seats: n, for: f, against: ag, abstain: ab, other, required: req })
      : t('hemicycle.descNoThreshold', { seats: n, for: f, against: ag, abstain: ab, other });
  svg.appendChild(s('title', {}, desc));
  geo.seats.forEach((seat, i) => {
    svg.appendChild(
      s('circle', {
        cx: sx(seat.x).toFixed(2),
        cy: sy(seat.y).toFixed(2),
        r: (geo.seatRadius * 100).toFixed(2),
        fill: colours[i] ?? VOTE_COLOURS.other,
        class: 'seat',
      }),
    );
  });
  if (req !== null) {
    const angle = boundaryAngle(geo, req);
    if (angle !== null) {
      const x1 = sx(0.3 * Math.cos(angle));
      const y1 = sy(0.3 * Math.sin(angle));
      const x2 = sx(1.08 * Math.cos(angle));
      const y2 = sy(1.08 * Math.sin(angle));
      svg.appendChild(
        s('line', {
          x1,
          y1,
          x2,
          y2,
          class: 'threshold-line',
          stroke: 'currentColor',
          'stroke-width': 1,
          'stroke-dasharray': '3 2',
        }),
      );
      svg.appendChild(
        s(
          'text',
          {
            x: 110,
            y: 116,
            'text-anchor': 'middle',
            class: 'threshold-label',
            'font-size': 8,
            fill: 'currentColor',
          },
          t('hemicycle.threshold', { n: req }),
        ),
      );
    }
  }
  return h(
    'figure',
    { class: 'hemicycle-figure' },
    svg,
    h(
      'figcaption',
      null,
      desc,
      h(
        'ul',
        { class: 'legend' },
        legend.map(([label, c, count]) =>
          h(
            'li',
            null,
            s(
              'svg',
              { viewBox: '0 0 10 10', width: 10, height: 10, 'aria-hidden': 'true' },
              s('circle', { cx: 5, cy: 5, r: 5, fill: c }),
            ),
            ` ${label}: ${count}`,
          ),
        ),
      ),
    ),
  );
}
