import type { Analysis } from '../core/analysis-types';
import type { Unreadable } from '../shared/protocol';

/** What the popup shows: a function of this state and the actions below. */
export type PopupState =
  | { kind: 'loading'; progress?: LoadingProgress }
  | { kind: 'unreadable'; reason: Unreadable }
  /** `annotationsOn`: what the tab really does, when the connector knows (else `Connector.annotationsOn`). */
  /** `preview`: the first comments only, painted while the whole reading is on its way. */
  | { kind: 'ready'; analysis: Analysis; annotationsOn?: boolean; frame?: FrameAccess; preview?: boolean }
  | { kind: 'error'; message: string; details: string };

/**
 * A comment-service frame (Disqus...) holding the comments that Comment Lens may not
 * read yet: present only while the host permission is missing (see core/frames.ts).
 */
export interface FrameAccess {
  /** Service id ('disqus'). */
  service: string;
  /** As the reader knows it ('Disqus'). */
  name: string;
  /** Host of the frame ('disqus.com'). */
  host: string;
  /** Host permission patterns to request. */
  origins: string[];
  /** Asked before and not granted: a quiet line with a way to ask again, not the full notice. */
  refused: boolean;
}

/** What the popup says while it waits: reading the page, then analysing N comments. */
export interface LoadingProgress {
  stage: 'reading' | 'analysing';
  /** Comments found so far, when known. */
  comments?: number;
}

export interface PopupActions {
  /** Analyse the page again (comments loaded since). */
  refresh(): void;
  /** Scroll the page to a comment and flash it. */
  jumpTo(commentId: string): void;
  /** Turn inline annotations on or off for the current tab. A connector that learns the
   * tab's real state may send a new 'ready' state with `annotationsOn` set. */
  setAnnotations(on: boolean): void;
  /** Copy text to the clipboard; resolves false when refused. */
  copy(text: string): Promise<boolean>;
  /** Offer a file for download. */
  download(filename: string, mime: string, text: string): void;
  openOptions(): void;
  /** Ask the browser for the frame's host permission, then read the page again. Must be called
   * straight from the click handler: browsers grant permission requests only during a user gesture. */
  readFrame(frame: FrameAccess): void;
}

/**
 * The popup's only link to the outside. The real one talks to the background;
 * tests and the screenshot harness use a mock that returns recorded data.
 */
export interface Connector {
  /** Calls `onState` with each new state: 'loading' first, then the result. May return a
   * function that stops it (the popup calls it when it unmounts). */
  start(onState: (s: PopupState) => void): void | (() => void);
  /** Annotations on when the popup opened (used while the ready state does not say). */
  annotationsOn: boolean;
  actions: PopupActions;
}
