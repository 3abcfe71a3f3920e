import { queryOpenShadows } from '../extract/shadow';

/**
 * A comment's element on the live page: its anchor (a CSS selector), else its id; and, for
 * comment systems drawn inside open shadow roots (Coral), the anchor looked up in those roots.
 * Jump-to-comment and the annotations find comments the same way.
 */
export function findComment(doc: Document, id: string, anchor: string | null): Element | null {
  if (anchor) {
    try {
      const el = doc.querySelector(anchor);
      if (el) return el;
    } catch {
      return doc.getElementById(id) ?? doc.getElementById(`comment-${id}`); // not a valid selector
    }
  }
  const byId = doc.getElementById(id) ?? doc.getElementById(`comment-${id}`);
  if (byId || !anchor) return byId;
  // Only when the light DOM has no such element: this search walks the whole page.
  return queryOpenShadows(doc, anchor);
}
