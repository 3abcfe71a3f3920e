import type { Analysis } from '../core/analysis-types';

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
  /** Annotations on (for `analysis`, or the page read again by `reanalyze`) or off. */
  set(doc: Document, on: boolean, analysis: Analysis | null, reanalyze: (doc: Document, url: string) => Analysis | null): Promise<boolean>;
}

export const bridgeSlot = globalThis as unknown as Record<symbol, AnnotationsBridge | undefined>;
