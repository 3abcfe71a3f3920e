import type { Analysis } from '../../core/analysis-types';
import type { AnnotationKinds } from '../../shared/settings';
import type { SeenStore } from '../seen-store';
import type { Hider } from './hider';
import type { CommentView } from './model';
import type { Strings } from './strings';

/** Slots of an annotation bar, drawn in this order. */
export const SLOTS = ['collapse', 'author', 'reply-to', 'counts', 'new', 'signals'] as const;
export type SlotName = (typeof SLOTS)[number];

/** One annotation bar: a host element we inserted in a comment, with its shadow root. */
export interface Bar {
  host: HTMLElement;
  root: ShadowRoot;
  slot(name: SlotName): HTMLElement;
  setCurrent(on: boolean): void;
}

/** What the caller gives the annotations (all optional: tests pass what they need). */
export interface AnnotationDeps {
  /** Which annotations to draw (the reader's settings); all of them when absent. */
  kinds?: Partial<AnnotationKinds>;
  /** Seen comment ids per page, for "new since your last visit"; the marker is off without it. */
  seen?: SeenStore;
  /** Reader's language for the words shown ('fr', 'en'...); the browser's when absent. */
  lang?: string;
  /** Re-reads the page when comments load later or the page navigates, or when no analysis is given; off when absent or null. */
  reanalyze?: ((doc: Document, url: string) => Analysis | null) | null;
  /** Quiet time before re-reading the page after a change, ms. */
  debounceMs?: number;
  /**
   * Act on events the page made up (`isTrusted` false). Off: a page's script must not drive
   * our keys or collapse buttons. Tests that dispatch events turn it on.
   */
  acceptSyntheticEvents?: boolean;
}

/** Kept for the life of the document across re-renders (and across off/on of the same page). */
export interface PersistentState {
  collapsed: Set<string>;
  current: string | null;
  /** Per page URL: the ids seen before this document loaded (null: first visit). */
  baselines: Map<string, Promise<Set<string> | null>>;
}

/** Everything a per-render feature sees. */
export interface RenderCtx {
  doc: Document;
  url: string;
  analysis: Analysis;
  views: Map<string, CommentView>;
  /** Comment id -> its element, for the comments found on the page. */
  elements: Map<string, Element>;
  /** Annotated comment ids in document order. */
  order: string[];
  bars: Map<string, Bar>;
  hider: Hider;
  kinds: AnnotationKinds;
  t: Strings;
  deps: AnnotationDeps;
  state: PersistentState;
}

export interface Feature {
  name: string;
  /** The setting that turns the feature off, if any. */
  kind?: keyof AnnotationKinds;
  init(ctx: RenderCtx, signal: AbortSignal): void;
}
