import type { Analysis } from '../core/analysis-types';
import type { Unreadable } from '../shared/protocol';

/** What the popup shows: a function of this state and the actions below. */
export type PopupState =
  | { kind: 'loading'; progress?: LoadingProgress }
  | { kind: 'unreadable'; reason: Unreadable }
  /** `annotationsOn`: what the tab really does, when the connector knows (else `Connector.annotationsOn`). */
  | { kind: 'ready'; analysis: Analysis; annotationsOn?: boolean }
  | { kind: 'error'; message: string; details: string };

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
