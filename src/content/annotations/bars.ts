import { SLOTS, type Bar, type SlotName } from './context';
import { BAR_CSS, HOST_STYLE } from './styles';

/** Tag of the elements we insert into the page: one per annotated comment, nothing else. */
export const HOST_TAG = 'comment-lens-annotation';

const isOurs = (n: Node | null): boolean => n?.nodeType === 1 && (n as Element).localName === HOST_TAG;
export { isOurs as isAnnotationHost };

/** Where the bar goes inside a comment element: at its top, or in the last cell for table rows. */
export function hostParent(el: Element): Element | null {
  let target: Element = el;
  for (let i = 0; i < 6 && /^(tr|tbody|thead|table)$/.test(target.localName); i++) {
    const next: Element | null =
      target.localName === 'tr'
        ? (target.lastElementChild as Element | null)
        : (target.querySelector(':scope > tbody > tr, :scope > tr') as Element | null);
    if (!next) return null;
    target = next;
  }
  if (target.localName === 'td' || target.localName === 'th') {
    const inner = target.querySelector(':scope > table');
    if (inner) return hostParent(inner);
  }
  if (/^(img|input|br|hr|iframe|video|audio|canvas|svg|textarea|select|button|script|style|template)$/.test(target.localName)) return null;
  return target;
}

const sheets = new WeakMap<Document, CSSStyleSheet | null>();

function applyStyles(root: ShadowRoot, doc: Document): void {
  // A constructed sheet is not subject to the page's CSP (style-src); fall back to <style> where it is missing.
  try {
    const Ctor = doc.defaultView?.CSSStyleSheet as (typeof CSSStyleSheet & { prototype: { replaceSync?: unknown } }) | undefined;
    if (!sheets.has(doc)) {
      sheets.set(doc, null);
      if (Ctor && typeof Ctor.prototype.replaceSync === 'function') {
        const s = new Ctor();
        s.replaceSync(BAR_CSS);
        sheets.set(doc, s);
      }
    }
    const sheet = sheets.get(doc);
    if (sheet && 'adoptedStyleSheets' in root) {
      root.adoptedStyleSheets = [sheet];
      if (root.adoptedStyleSheets.length === 1) return;
    }
  } catch {
    sheets.set(doc, null);
  }
  const style = doc.createElement('style');
  style.textContent = BAR_CSS;
  root.append(style);
}

/** Inserts one bar in `el`; the caller removes `host` when its render aborts. */
export function mountBar(doc: Document, el: Element, label: string, signal: AbortSignal): Bar | null {
  const parent = hostParent(el);
  if (!parent || signal.aborted) return null;
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'open' });
  applyStyles(root, doc);
  const bar = doc.createElement('div');
  bar.className = 'bar';
  bar.setAttribute('role', 'group');
  bar.setAttribute('aria-label', label);
  bar.setAttribute('part', 'bar');
  const slots = new Map<SlotName, HTMLElement>();
  for (const name of SLOTS) {
    const s = doc.createElement('span');
    s.className = `slot slot-${name}`;
    slots.set(name, s);
    bar.append(s);
  }
  root.append(bar);
  parent.insertBefore(host, parent.firstChild);
  return {
    host,
    root,
    slot: (name) => slots.get(name) as HTMLElement,
    setCurrent: (on) => bar.classList.toggle('current', on),
  };
}

/** A chip with a tooltip saying why it is there. */
export function chip(doc: Document, cls: string, text: string, why: string): HTMLElement {
  const c = doc.createElement('span');
  c.className = `chip ${cls}`;
  c.textContent = text;
  if (why) c.title = why;
  return c;
}
