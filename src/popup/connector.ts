import type { Analysis } from '../core/analysis-types';
import type { Unreadable } from '../shared/protocol';

/** What the popup shows: a function of this state and the actions below. */
export type PopupState =
  | { kind: 'loading' }
  | { kind: 'unreadable'; reason: Unreadable }
  | { kind: 'ready'; analysis: Analysis }
  | { kind: 'error'; message: string; details: string };

export interface PopupActions {
  /** Analyse the page again (comments loaded since). */
  refresh(): void;
  /** Scroll the page to a comment and flash it. */
  jumpTo(commentId: string): void;
  /** Turn inline annotations on or off for the current tab. */
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
  /** Calls `onState` with each new state: 'loading' first, then the result. */
  start(onState: (s: PopupState) => void): void;
  annotationsOn: boolean;
  actions: PopupActions;
}
