/**
 * One walk over the page, kept for the length of one reading: which class
 * names, tag names, ids and attribute names occur at all. Most selectors an
 * extraction asks about name a comment system the page does not use; when a
 * selector needs a class, tag, id or attribute the page lacks, it cannot match,
 * and the document is not searched (in a browser too: each of the twenty-odd
 * adapters' detection searches is a full pass over a big page, and one walk
 * costs less than those that miss; 5,000-comment pages in Chromium, WordPress
 * 264 -> 215 ms and Hacker News 346 -> 235 ms, bench/browser-ab.mjs, min of 9).
 * With `scan` (jsdom, in the command line, whose selector engine is slow) the
 * walk also lists every element, and simple selectors are answered by scanning
 * that list. The test is conservative: anything it cannot read goes to the real query.
 */

import { buildPageIndex, type IndexOptions, type PageIndex } from './page-walk';
import { forgetAnswers } from './index-answers';
import { keep, takeKept } from './kept-index';
import { shadowsOf, state } from './reading-state';

export type { IndexOptions, PageIndex } from './page-walk';
// The queries a reading answers from its index (each file of the extraction imports them from here).
export { firstMatches, matches, mayMatch, qs, qsa, qsaUpTo, recordPageQueries } from './page-queries';

/**
 * Open shadow trees of `doc` a reader is about to search (Coral, OpenWeb, found by shadow.ts): the
 * names in them (nested open trees included) count as present from now on in the reading's index,
 * so that no search inside them is skipped. Their elements stay out of the page-wide lists.
 */
export function noteShadowTrees(doc: Document, roots: readonly ShadowRoot[]): void {
  const idx = state.index;
  if (idx?.doc !== doc || !roots.length) return;
  let known = shadowsOf.get(idx);
  if (!known) shadowsOf.set(idx, (known = new Set()));
  const pending = [...roots];
  for (let root = pending.pop(); root; root = pending.pop()) {
    if (known.has(root)) continue;
    known.add(root);
    for (const el of Array.from(root.querySelectorAll('*'))) {
      idx.noteLater(el);
      if (el.shadowRoot) pending.push(el.shadowRoot);
    }
  }
  // What was worked out from the names before may have changed.
  forgetAnswers(idx);
}

export interface ReadingOptions<T = unknown> extends Omit<IndexOptions, 'prefix'> {
  /**
   * Start from an index of the page's first `elements` elements only (a first look on a big page:
   * the comments it shows come early in the page, and a walk of the rest costs most of its time).
   * A name not among them counts as absent, and a page-wide query for elements of FEW_TAGS finds
   * theirs only (the page is read as if it ended there), unless `accept` refuses what was read that
   * way: the page is then walked whole and read again. An index kept for the next reading is walked
   * whole when that reading takes it.
   */
  prefix?: { elements: number; accept: (out: T) => boolean };
  /**
   * How many comment blocks the reading needs at most (a first look's): a search for them may stop
   * there (`firstMatches`), and says so (`cutShort`).
   */
  limit?: number;
  /**
   * Keep this reading's index for the next reading of the page (a first look's, for the whole
   * reading that follows it), as long as no element or attribute of the page changes meanwhile.
   */
  keep?: boolean;
}

let walks = 0;
/** Test support: how many readings have built an index (a kept one reused is not counted). */
export const indexWalks = (): number => walks;

/** Runs `fn` with the index of `doc` in force (nested calls keep the outer one). */
export function withPageIndex<T>(doc: Document, fn: () => T, opts: ReadingOptions<T> = {}): T {
  const outerReading = state.reading;
  if (state.reading?.doc !== doc) state.reading = { doc, memo: new Map(), limit: opts.limit, cut: false };
  try {
    if (state.index?.doc === doc) return fn();
    const before = state.index;
    const reused = takeKept(doc, { scan: opts.scan });
    // Open shadow trees may have grown since: their names are read again when they are searched.
    if (reused) shadowsOf.delete(reused);
    const idx = reused ?? buildPageIndex(doc, { scan: opts.scan, prefix: opts.prefix?.elements });
    if (!reused) walks++;
    if (!opts.prefix) whole(idx);
    state.index = idx;
    try {
      let out = fn();
      if (!idx.complete && !opts.prefix?.accept(out)) {
        // Read again from the whole page's names, with nothing kept from the first try.
        whole(idx);
        state.reading = { doc, memo: new Map(), limit: opts.limit, cut: false };
        out = fn();
      }
      if (opts.keep) keep(doc, idx);
      return out;
    } finally {
      state.index = before;
    }
  } finally {
    state.reading = outerReading;
  }
}

/** Walks the rest of a prefix index; what was worked out from its names before is forgotten. */
function whole(idx: PageIndex): void {
  if (idx.complete) return;
  idx.finish();
  forgetAnswers(idx);
}

/**
 * The elements of `doc` whose id or class holds one of AREA_WORDS (page-walk.ts), in document
 * order, from the index in force when it covers the whole page; else null (walk the page).
 */
export function namedElements(doc: Document): readonly Element[] | null {
  const idx = state.index;
  return idx?.doc === doc && idx.complete ? idx.named : null;
}

/** Whether a search of the reading in progress on `doc` stopped at the reading's limit (see firstMatches). */
export const cutShort = (doc: Document): boolean => state.reading?.doc === doc && state.reading.cut;

/**
 * `fn()` computed once per reading of `doc` (an adapter's detect and extract ask the same
 * search of a page); outside a reading, computed every time. The page may change between
 * readings, so nothing is kept after one.
 */
export function once<T>(doc: Document, key: string, fn: () => T): T {
  const reading = state.reading;
  if (reading?.doc !== doc) return fn();
  if (reading.memo.has(key)) return reading.memo.get(key) as T;
  const v = fn();
  reading.memo.set(key, v);
  return v;
}
