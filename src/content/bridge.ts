import type { Analysis } from '../core/analysis-types';
import type { Extraction } from '../core/types';

/**
 * The page's two scripts of ours and how they meet. The reading script (content-script.ts) is
 * injected when the popup opens; the annotations script (annotations-script.ts) only when the
 * reader turns annotations on, so a reading carries none of the annotations' code. Both run in
 * the extension's isolated world of the page and meet through one global, which the page's
 * own scripts cannot see.
 */
export const ANNOTATIONS_BRIDGE = Symbol.for('comment-lens.annotations');

export interface AnnotationsBridge {
  /** False once the extension that injected this copy was reloaded or updated. */
  alive(): boolean;
  /**
   * Annotations on (for `analysis`, or the page read again by `reread`) or off. The reading script
   * lends its extraction; the annotations script makes the analysis of it (tree and figures), so
   * that code is not in the reading script, whose size has a budget.
   */
  set(doc: Document, on: boolean, analysis: Analysis | null, reread: (doc: Document, url: string) => Extraction): Promise<boolean>;
}

export const bridgeSlot = globalThis as unknown as Record<symbol, AnnotationsBridge | undefined>;
