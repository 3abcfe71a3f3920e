import type { Analysis } from '../../core/analysis-types';
import { HOST_TAG } from './bars';
import type { AnnotationDeps, PersistentState } from './context';
import { createController, type Controller } from './controller';

/**
 * Inline annotations on the page (issue 6). One bar per comment, inside a
 * shadow root on a `<comment-lens-annotation>` element we insert at the top of
 * the comment; features (one per file under features/) fill it, each undoing
 * its work when the render's AbortSignal aborts. Turning annotations off
 * aborts everything: hosts removed, hidden replies' `style` attributes put
 * back as they were, listeners and observers gone; the page's DOM serialises
 * exactly as before (test/unit/annotations-restore*.test.ts).
 */

export type { AnnotationDeps } from './context';
export { HOST_TAG };
export { KEYS as ANNOTATION_KEYS } from './features/keyboard-nav';

export interface SetAnnotationsDeps extends AnnotationDeps {
  /** Errors caught inside the annotations (they never reach the caller); console.warn by default. */
  onError?: (e: unknown) => void;
}

const controllers = new WeakMap<Document, Controller>();
const states = new WeakMap<Document, PersistentState>();

function stateOf(doc: Document): PersistentState {
  let s = states.get(doc);
  if (!s) {
    s = { collapsed: new Set(), current: null, baselines: new Map() };
    states.set(doc, s);
  }
  return s;
}

/**
 * Turns the annotations on (drawing them for `analysis`, or for the page read
 * again by `deps.reanalyze` when it is null) or off. Returns whether the request was carried
 * out. Never throws.
 */
export function setAnnotations(doc: Document, on: boolean, analysis: Analysis | null, deps: SetAnnotationsDeps = {}): boolean {
  const onError = deps.onError ?? ((e: unknown) => console.warn('Comment Lens annotations:', e));
  const cur = controllers.get(doc);
  try {
    if (!on) {
      cur?.stop();
      controllers.delete(doc);
      return true;
    }
    // The page is read again by the caller's reader (the reading script's extraction, passed in):
    // the annotations script does not carry a second copy of it.
    const reanalyze = deps.reanalyze ?? null;
    const a = analysis ?? (reanalyze ? reanalyze(doc, doc.location?.href ?? '') : null);
    if (!a) return false;
    // Bars left by an earlier copy of this script (the extension was reloaded or updated) go first.
    if (!cur) for (const h of [...doc.getElementsByTagName(HOST_TAG)]) h.remove();
    const c = cur ?? createController(doc, { ...deps, reanalyze }, stateOf(doc), onError);
    controllers.set(doc, c);
    c.update(a);
    return true;
  } catch (e) {
    onError(e);
    if (!on || !cur) {
      controllers.get(doc)?.stop();
      controllers.delete(doc);
    }
    return false;
  }
}

/** The live controller of a document (tests and the e2e harness). */
export const annotationsOf = (doc: Document): Controller | undefined => controllers.get(doc);
