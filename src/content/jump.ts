import { findComment } from './find-comment';

/**
 * Scrolls the page to a comment and flashes it. The flash is a Web Animation
 * on the outline: nothing is written into the page's DOM or styles.
 */
export function jumpTo(doc: Document, commentId: string, anchor: string | null): boolean {
  const el = findComment(doc, commentId, anchor);
  if (!el) return false;
  // Smoothly where the reader sees it move; at once in a hidden tab (where a smooth scroll may
  // never run) and for readers who ask for reduced motion.
  const reduced = doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
  el.scrollIntoView({ behavior: doc.visibilityState === 'visible' && !reduced ? 'smooth' : 'auto', block: 'center' });
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
