/**
 * Building the page safely: elements are created one by one and text is always set with textContent,
 * never parsed as HTML, so nothing a user pastes (or the server returns) can become markup or run.
 * Attributes whose names start with "on" and `href`s that are not http(s), relative or fragment
 * links are refused.
 */
type Child = Node | string | number | null | undefined | false | Child[];
type AttrValue = string | number | boolean | null | undefined;
type Handlers = Partial<Record<keyof HTMLElementEventMap, (e: Event) => void>>;
type Attrs = { [name: string]: AttrValue | Handlers; on?: Handlers };

const SVG_NS = 'http://www.w3.org/2000/svg';

function safeAttr(el: Element, name: string, value: string | number | boolean | null | undefined): void {
  if (value === null || value === undefined || value === false) return;
  if (/^on/i.test(name)) throw new Error(`refusing event-handler attribute ${name}`);
  const v = value === true ? '' : String(value);
  if ((name === 'href' || name === 'src' || name === 'xlink:href') && !isSafeUrl(v)) return;
  el.setAttribute(name, v);
}

export function isSafeUrl(url: string): boolean {
  const u = url.trim();
  if (u.startsWith('#') || u.startsWith('/') || u.startsWith('?')) return !u.startsWith('//');
  return /^https?:\/\//i.test(u);
}

function append(el: Element, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else if (typeof c === 'string' || typeof c === 'number')
      el.appendChild(document.createTextNode(String(c)));
    else el.appendChild(c);
  }
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs | null = null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (k === 'on') continue;
    safeAttr(el, k, v as AttrValue);
  }
  for (const [ev, fn] of Object.entries(attrs?.on ?? {})) el.addEventListener(ev, fn as EventListener);
  append(el, children);
  return el;
}

export function s(
  tag: string,
  attrs: Record<string, string | number | null | undefined> = {},
  ...children: Child[]
): SVGElement {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) safeAttr(el, k, v);
  append(el, children);
  return el;
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

/** A link to a source: opens in a new tab, without passing our address or a window handle. */
export function sourceLink(url: string, label: string): HTMLElement {
  if (!isSafeUrl(url)) return h('span', null, label);
  return h('a', { href: url, target: '_blank', rel: 'noopener noreferrer external' }, label);
}
