/** Odds of a vote: a bloc model (or the record's) → exact probability of passing and the distribution. */
import { api } from '../api.js';
import { errorBox } from '../components.js';
import { clear, h, s } from '../dom.js';
import { t } from '../i18n.js';
import type { Route } from '../main.js';

const EXAMPLE = {
  date: '2022-12-07',
  action: { kind: 'vacancy.vote' },
  model: {
    groups: [
      { name: 'A', seats: 70, pFor: 0.9 },
      { name: 'B', seats: 60, pFor: 0.3 },
    ],
  },
};

export async function render(main: HTMLElement, _route: Route): Promise<void> {
  const input = h('textarea', {
    name: 'model',
    'data-testid': 'simulate-input',
    'aria-label': t('simulate.input'),
  });
  input.value = JSON.stringify(EXAMPLE, null, 2);
  const out = h('div', { 'data-testid': 'simulate-result' });
  const run = async () => {
    clear(out);
    try {
      const r = await api.post<{
        pPass: number;
        required: number | null;
        distribution: number[];
        threshold: string;
      }>('/api/simulate', JSON.parse(input.value));
      const max = Math.max(...r.distribution, 1e-12);
      const W = 400;
      const bw = W / Math.max(r.distribution.length, 1);
      const svg = s(
        'svg',
        { viewBox: `0 0 ${W} 100`, class: 'bars', role: 'img' },
        s('title', {}, t('simulate.distribution')),
      );
      r.distribution.forEach((p, k) => {
        const hgt = (p / max) * 95;
        svg.appendChild(
          s('rect', {
            x: (k * bw).toFixed(2),
            y: (100 - hgt).toFixed(2),
            width: Math.max(bw - 0.5, 0.5).toFixed(2),
            height: hgt.toFixed(2),
            fill: r.required !== null && k >= r.required ? '#1b7f3b' : '#9aa0a6',
          }),
        );
      });
      out.append(
        h('p', { class: 'headline' }, `${t('simulate.probability')}: ${(r.pPass * 100).toFixed(2)}%`),
        h('p', { class: 'meta' }, r.threshold),
        h('figure', null, svg, h('figcaption', null, t('simulate.distribution'))),
      );
    } catch (e) {
      out.append(errorBox(e));
    }
  };
  main.append(
    h('h1', null, t('simulate.title')),
    h('p', { class: 'intro' }, t('simulate.intro')),
    h(
      'form',
      {
        on: {
          submit: (e) => {
            e.preventDefault();
            void run();
          },
        },
      },
      h('label', { class: 'field wide' }, h('span', null, t('simulate.input')), input),
      h('button', { type: 'submit' }, t('simulate.run')),
    ),
    out,
  );
  await run();
}
