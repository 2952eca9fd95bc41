/**
 * The web app: a header with the pages and the language toggle, and a hash router (`#/page?x=y`), so a
 * page address (a what-if scenario, a date in the state inspector) can be copied and shared.
 */
import './style.css';
import { h, clear } from './dom.js';
import { detectLang, lang, setLang, t } from './i18n.js';
import type { MessageKey } from './locales/en.js';
import { errorBox } from './components.js';

export interface Route {
  parts: string[];
  params: URLSearchParams;
}
type Page = (main: HTMLElement, route: Route) => Promise<void> | void;

const PAGES: Record<string, { nav?: MessageKey; load: () => Promise<{ render: Page }> }> = {
  timeline: { nav: 'nav.timeline', load: () => import('./pages/timeline.js') },
  vote: { load: () => import('./pages/vote.js') },
  state: { nav: 'nav.state', load: () => import('./pages/state.js') },
  playground: { nav: 'nav.playground', load: () => import('./pages/playground.js') },
  rules: { nav: 'nav.rules', load: () => import('./pages/rules.js') },
  claims: { nav: 'nav.claims', load: () => import('./pages/claims.js') },
  simulate: { nav: 'nav.simulate', load: () => import('./pages/simulate.js') },
  paths: { nav: 'nav.paths', load: () => import('./pages/paths.js') },
  workspace: { nav: 'nav.workspace', load: () => import('./pages/workspace.js') },
};

export function currentRoute(): Route {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = hash.split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { parts: parts.length ? parts : ['timeline'], params: new URLSearchParams(query) };
}

export function href(page: string, params?: Record<string, string>): string {
  const q = params ? new URLSearchParams(params).toString() : '';
  return `#/${page}${q ? '?' + q : ''}`;
}

/** Updates the address without re-rendering (the page already shows that state). */
export function replaceParams(params: Record<string, string>): void {
  const r = currentRoute();
  history.replaceState(null, '', href(r.parts.join('/'), params));
}

function header(active: string): HTMLElement {
  return h(
    'div',
    { class: 'bar' },
    h(
      'a',
      { href: '#/timeline', class: 'brand' },
      h('strong', null, t('app.title')),
      h('span', { class: 'tagline' }, t('app.tagline')),
    ),
    h(
      'nav',
      { 'aria-label': 'contrapeso' },
      h(
        'ul',
        null,
        Object.entries(PAGES)
          .filter(([, p]) => p.nav)
          .map(([name, p]) =>
            h(
              'li',
              null,
              h('a', { href: `#/${name}`, 'aria-current': name === active ? 'page' : null }, t(p.nav!)),
            ),
          ),
      ),
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'lang-toggle',
        'aria-label': t('nav.langLabel'),
        'data-testid': 'lang-toggle',
        on: {
          click: () => {
            setLang(lang() === 'es' ? 'en' : 'es');
            void render();
          },
        },
      },
      t('nav.lang'),
    ),
  );
}

let renderSeq = 0;
export async function render(focus = false): Promise<void> {
  const seq = ++renderSeq;
  const route = currentRoute();
  const name = route.parts[0]!;
  const page = PAGES[name] ?? PAGES.timeline!;
  const top = document.getElementById('top')!;
  const main = document.getElementById('main')!;
  const foot = document.getElementById('foot')!;
  document.title = `${t(page.nav ?? 'vote.title')} · contrapeso`;
  clear(top);
  top.appendChild(header(name));
  clear(foot);
  foot.appendChild(h('p', null, t('foot.text'), ' ', h('a', { href: '/api/openapi.json' }, t('foot.api'))));
  const skip = document.querySelector('.skip');
  if (skip) skip.textContent = t('app.skip');
  const container = h('div', { class: 'page', 'data-page': name });
  clear(main);
  main.appendChild(container);
  try {
    const mod = await page.load();
    if (seq !== renderSeq) return;
    await mod.render(container, route);
  } catch (e) {
    if (seq === renderSeq) container.appendChild(errorBox(e));
  }
  if (seq === renderSeq) {
    // After navigating, keyboard and screen-reader users land on the new page, not on the old link.
    if (focus) main.focus({ preventScroll: false });
    document.body.dataset.ready = String(seq);
  }
}

setLang(detectLang());
window.addEventListener('hashchange', () => void render(true));
void render();
