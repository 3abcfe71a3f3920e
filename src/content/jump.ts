/**
 * Scrolls the page to a comment and flashes it. The flash is a Web Animation
 * on the outline: nothing is written into the page's DOM or styles.
 */
export function jumpTo(doc: Document, commentId: string, anchor: string | null): boolean {
  const el = find(doc, commentId, anchor);
  if (!el) return false;
  el.scrollIntoView({ behavior: 'smooth', block: 'center' });
  if (typeof el.animate === 'function') {
    el.animate(
      [
        { outline: '3px solid rgba(255, 153, 0, 0.95)', outlineOffset: '2px' },
        { outline: '3px solid rgba(255, 153, 0, 0)', outlineOffset: '2px' },
      ],
      { duration: 1600, easing: 'ease-out' },
    );
  }
  return true;
}

function find(doc: Document, commentId: string, anchor: string | null): Element | null {
  if (anchor) {
    try {
      const el = doc.querySelector(anchor);
      if (el) return el;
    } catch {
      /* not a valid selector: fall back to ids */
    }
  }
  return doc.getElementById(commentId) ?? doc.getElementById(`comment-${commentId}`);
}
