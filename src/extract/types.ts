import type { CommentRecord } from '../core/types';

/**
 * What one comment system's adapter returns. Adapters read a parsed Document
 * (the live page in a content script, or jsdom in Node) and never touch
 * `window`/`document` globals, so the same code runs in both places.
 */
export interface AdapterResult {
  comments: CommentRecord[];
  /** 0..1 */
  confidence: number;
  announcedCount?: number | null;
  closed?: boolean;
  notes?: string[];
}

export interface ExtractContext {
  /** Absolute URL of the page, for resolving relative links. */
  url: string;
  /** Deadline (ms since epoch, from the caller's clock) after which adapters return what they have. */
  deadline: number;
  now: () => number;
  /** A first look needs no more comments than this: adapters may stop once they hold them (see enough.ts). */
  enough?: number;
}

export interface Adapter {
  /** Platform name reported in results: 'wordpress', 'disqus', 'hackernews', ... */
  name: string;
  /** 0 when the page does not use this comment system, up to 1 when certain. Cheap. */
  detect(doc: Document): number;
  /** Comments found, or null when this adapter finds none after all. */
  extract(doc: Document, ctx: ExtractContext): AdapterResult | null;
}
