/** Placeholder until the API offers this page's data. */
import { h } from '../dom.js';
import { t } from '../i18n.js';
import type { Route } from '../main.js';

export function render(main: HTMLElement, _route: Route): void {
  main.append(h('h1', null, t('nav.simulate')), h('p', { class: 'notice' }, t('common.notAvailable')));
}
