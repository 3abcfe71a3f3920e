/**
 * The state of the reading in progress, shared by the reading's lifecycle (page-index.ts) and the
 * page queries it answers (page-queries.ts): the page index in force and what the reading has worked
 * out once. One reading at a time per realm; nested readings of the same page keep the outer one.
 */
import type { PageIndex } from './page-walk';

/** One `withPageIndex` call: its page, what it worked out once, its first look's limit, and whether a search stopped there. */
export interface Reading {
  doc: Document;
  memo: Map<string, unknown>;
  limit?: number;
  cut: boolean;
}

export const state: { index: PageIndex | null; reading: Reading | null } = { index: null, reading: null };

/** Per index: the shadow roots whose names it holds. */
export const shadowsOf = new WeakMap<PageIndex, Set<ShadowRoot>>();
