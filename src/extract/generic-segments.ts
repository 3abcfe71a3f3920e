import { qsa } from './page-index';
import type { Group } from './generic-candidates';
import { inBadRegion } from './generic-candidates';

/**
 * Comments that are not one element but a run of siblings: `<dt>` header +
 * `<dd>` body, or an empty `<a id="c123">` marker followed by paragraphs.
 * Each run is copied into an inert document (no image loads, the page is
 * untouched) so the usual field reader can work on one element.
 */
const origin = new WeakMap<Element, Element>();

/** The page element a virtual run stands for (its first element), or the element itself. */
export const originOf = (el: Element): Element => origin.get(el) ?? el;

const MARKER_ID = /^(c|comment|cmt|post|msg)[-_]?[0-9a-f]{4,}$/i;
/** The id of the empty marker that opens a block (`<div><a name="comment123"></a>…`), if any. */
export function markerIdOf(el: Element): string | null {
  const a = el.firstElementChild;
  if (!a || a.tagName !== 'A' || a.textContent?.trim()) return null;
  const id = a.getAttribute('id') || a.getAttribute('name') || '';
  return MARKER_ID.test(id) ? id : null;
}
const STOP = /^(H[1-6]|FORM|SCRIPT|STYLE|NAV|FOOTER|ASIDE|HR)$/;

function runAfter(start: Element, isStart: (el: Element) => boolean, keep: (el: Element) => boolean): Element[] {
  const run = [start];
  for (let s = start.nextElementSibling; s && !isStart(s) && !STOP.test(s.tagName) && run.length < 40; s = s.nextElementSibling) {
    if (keep(s)) run.push(s);
  }
  return run;
}

function virtual(doc: Document, inert: Document, run: Element[]): Element {
  const box = inert.createElement('div');
  for (const el of run) box.appendChild(inert.importNode(el, true));
  origin.set(box, run[0]);
  void doc;
  return box;
}

/** Extra groups made of sibling runs: dt/dd pairs and marker-led runs. */
export function segmentGroups(doc: Document, groups: Group[]): Group[] {
  const inert = doc.implementation.createHTMLDocument('');
  const out: Group[] = [];
  for (const g of groups) {
    if (!g.members.every((m) => m.tagName === 'DT')) continue;
    const set = new Set(g.members);
    const members = g.members.map((dt) =>
      virtual(doc, inert, runAfter(dt, (s) => s.tagName === 'DT' || set.has(s), (s) => s.tagName === 'DD')),
    );
    out.push({ sig: `${g.sig}+dd`, members });
  }
  const body = doc.body;
  if (!body) return out;
  const markers = qsa(body, 'a[id], a[name]').filter((a) => {
    const id = a.getAttribute('id') || a.getAttribute('name') || '';
    return MARKER_ID.test(id) && !a.textContent?.trim() && !inBadRegion(a, null);
  });
  const byParent = new Map<Element, Element[]>();
  for (const m of markers) {
    const p = m.parentElement;
    if (!p) continue;
    const list = byParent.get(p) ?? [];
    list.push(m);
    byParent.set(p, list);
  }
  // One marker at the head of each block (`<div><a name="comment123"></a>text…</div>`): the blocks are the comments.
  const led = new Map<Element, Element[]>();
  for (const [p, list] of byParent) {
    if (list.length !== 1 || p.firstElementChild !== list[0] || !p.parentElement || p === body) continue;
    led.set(p.parentElement, [...(led.get(p.parentElement) ?? []), p]);
  }
  for (const [, blocks] of led) if (blocks.length >= 2) out.push({ sig: 'marker-led', members: blocks });
  for (const [, list] of byParent) {
    if (list.length < 2) continue;
    const set = new Set(list);
    const members = list.map((a) => virtual(doc, inert, runAfter(a, (s) => set.has(s), () => true)));
    out.push({ sig: 'A#marker-run', members });
  }
  return out;
}
