import { qsa } from './page-index';
import type { Group } from './generic-candidates';
import { inBadRegion } from './generic-candidates';
import { REGION_WORDS, tokensOf } from './generic-words';

const ITEM_TAGS = /^(LI|DIV|ARTICLE|SECTION|DD|TR|TABLE|BLOCKQUOTE)$/;
const MAX_CONTAINERS = 40;
const MAX_DEPTH = 4;

const shapeOf = (el: Element) => {
  const first = (el.getAttribute('class') ?? '').split(/\s+/).find(Boolean) ?? '';
  return `${el.tagName}.${first.replace(/\d+/g, 'N').toLowerCase()}`;
};

/**
 * Repeated sibling blocks under a region that names the comment section
 * (`#discussion`, `.reactions`, `aria-label="Comments"`) when the blocks
 * themselves carry no comment word: `div.msg`, `li.entry`, `table.post`.
 */
export function siblingGroups(doc: Document, known: Group[]): Group[] {
  const body = doc.body;
  if (!body) return [];
  const seen = new Set<Element>();
  for (const g of known) for (const m of g.members) seen.add(m);
  const containers: Element[] = [];
  const all = qsa(body, '*');
  for (let i = 0; i < all.length && containers.length < MAX_CONTAINERS; i++) {
    const el = all[i];
    if (/^(FORM|A|SPAN|SCRIPT|STYLE|INPUT|TEXTAREA|LABEL|BUTTON|IMG|H\d)$/.test(el.tagName)) continue;
    // Containers do not overlap and come in document order: only the last can hold `el`.
    if (containers.length && containers[containers.length - 1].contains(el)) continue;
    const names = `${tokensOf(el)} ${el.getAttribute('aria-label') ?? ''}`;
    if (!REGION_WORDS.test(names) || inBadRegion(el, null)) continue;
    containers.push(el);
  }
  const out: Group[] = [];
  for (const c of containers) {
    // One shape across every level of the region, so nested replies join their thread.
    const byShape = new Map<string, Element[]>();
    const stack: [Element, number][] = [[c, 0]];
    while (stack.length) {
      const [p, d] = stack.pop() as [Element, number];
      for (let ch = p.firstElementChild; ch; ch = ch.nextElementSibling) {
        if (d < MAX_DEPTH) stack.push([ch, d + 1]);
        if (!ITEM_TAGS.test(ch.tagName) || seen.has(ch)) continue;
        const k = shapeOf(ch);
        const list = byShape.get(k) ?? [];
        list.push(ch);
        byShape.set(k, list);
      }
    }
    for (const [k, members] of byShape) {
      if (members.length < 2) continue;
      members.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
      out.push({ sig: `sib:${k}`, members });
    }
  }
  return out;
}
