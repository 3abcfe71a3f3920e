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

import { simpleMatcher } from './selectors';
import { needsOf } from './selector-needs';
import { buildPageIndex, type IndexOptions, type PageIndex } from './page-walk';
import { fewTest, forgetAnswers, possible, present } from './index-answers';
import { keep, takeKept } from './kept-index';

export type { IndexOptions, PageIndex } from './page-walk';

let current: PageIndex | null = null;

/** Per index: the shadow roots whose names it holds. */
const shadowsOf = new WeakMap<PageIndex, Set<ShadowRoot>>();

/**
 * Open shadow trees of `doc` a reader is about to search (Coral, OpenWeb, found by shadow.ts): the
 * names in them (nested open trees included) count as present from now on in the reading's index,
 * so that no search inside them is skipped. Their elements stay out of the page-wide lists.
 */
export function noteShadowTrees(doc: Document, roots: readonly ShadowRoot[]): void {
  const idx = current;
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
  const outerReading = reading;
  if (reading?.doc !== doc) reading = { doc, memo: new Map(), limit: opts.limit, cut: false };
  try {
    if (current?.doc === doc) return fn();
    const before = current;
    const reused = takeKept(doc, { scan: opts.scan });
    // Open shadow trees may have grown since: their names are read again when they are searched.
    if (reused) shadowsOf.delete(reused);
    const idx = reused ?? buildPageIndex(doc, { scan: opts.scan, prefix: opts.prefix?.elements });
    if (!reused) walks++;
    if (!opts.prefix) whole(idx);
    current = idx;
    try {
      let out = fn();
      if (!idx.complete && !opts.prefix?.accept(out)) {
        // Read again from the whole page's names, with nothing kept from the first try.
        whole(idx);
        reading = { doc, memo: new Map(), limit: opts.limit, cut: false };
        out = fn();
      }
      if (opts.keep) keep(doc, idx);
      return out;
    } finally {
      current = before;
    }
  } finally {
    reading = outerReading;
  }
}

/** Walks the rest of a prefix index; what was worked out from its names before is forgotten. */
function whole(idx: PageIndex): void {
  if (idx.complete) return;
  idx.finish();
  forgetAnswers(idx);
}

/** The reading in progress (one `withPageIndex` call), with what it has worked out once. */
let reading: { doc: Document; memo: Map<string, unknown>; limit?: number; cut: boolean } | null = null;

/**
 * The elements of `root.querySelectorAll(sel)` that pass `test`, in document order; in a reading with a
 * limit (a first look), no more than that many, the rest of the page not handed to script (each element
 * handed over costs, in a content script most). A search stopped there marks the reading cut short.
 */
export function firstMatches(root: ParentNode, sel: string, test: (el: Element) => boolean): Element[] {
  const node = root as Node;
  const doc = node.nodeType === 9 ? (root as Document) : node.ownerDocument;
  const limit = reading && reading.doc === doc ? reading.limit : undefined;
  if (limit === undefined) return qsa(root, sel).filter(test);
  const out: Element[] = [];
  if (!mayMatch(root, sel)) return out;
  const scan = scanFor(root, sel);
  const visit = (el: Element): boolean => {
    if (!test(el)) return true;
    out.push(el);
    if (out.length < limit) return true;
    (reading as { cut: boolean }).cut = true;
    return false;
  };
  if (scan) {
    for (const el of scan.within) if (scan.test(el) && !visit(el)) break;
    return out;
  }
  const list = root.querySelectorAll(sel);
  for (let i = 0; i < list.length; i++) if (!visit(list[i])) break;
  return out;
}

/** Whether a search of the reading in progress on `doc` stopped at the reading's limit (see firstMatches). */
export const cutShort = (doc: Document): boolean => reading?.doc === doc && reading.cut;

/**
 * `fn()` computed once per reading of `doc` (an adapter's detect and extract ask the same
 * search of a page); outside a reading, computed every time. The page may change between
 * readings, so nothing is kept after one.
 */
export function once<T>(doc: Document, key: string, fn: () => T): T {
  if (reading?.doc !== doc) return fn();
  if (reading.memo.has(key)) return reading.memo.get(key) as T;
  const v = fn();
  reading.memo.set(key, v);
  return v;
}

/** False only when `sel` surely matches nothing in the indexed page. */
export function mayMatch(root: ParentNode, sel: string): boolean {
  const idx = current;
  if (!idx) return true;
  const type = (root as Node).nodeType;
  const doc = type === 9 ? (root as Document) : (root as Node).ownerDocument;
  if (doc !== idx.doc) return true;
  // A shadow root (or fragment) whose names the index was not told of (noteShadowTrees): searched.
  if (type === 11 && !shadowsOf.get(idx)?.has(root as ShadowRoot)) return true;
  const needs = needsOf(sel);
  if (!needs) return true;
  return needs.some((n) => present(idx, n));
}

let recorder: ((sel: string) => void) | null = null;
/** Test support: hears every selector asked of a whole page. */
export function recordPageQueries(fn: ((sel: string) => void) | null): void {
  recorder = fn;
}

/** The elements a scan looks at: the whole list for the page, a walk of the subtree for an element. */
function scanFor(root: ParentNode, sel: string): { test: (el: Element) => boolean; within: Iterable<Element> } | null {
  const idx = current;
  if (recorder && (root as Node).nodeType === 9) recorder(sel);
  if (!idx) return null;
  // While the index is a prefix, its short list holds the prefix's FEW_TAGS elements only: the page
  // is read as if it ended there (see ReadingOptions.prefix).
  if (root === idx.doc) {
    const test = fewTest(sel, idx);
    if (test) return { test, within: idx.few };
  }
  if (!idx.elements) return null;
  const node = root as Node;
  if (node !== idx.doc && (node.nodeType !== 1 || node.ownerDocument !== idx.doc)) return null;
  const test = simpleMatcher(possible(sel, idx), idx.quirks);
  if (!test) return null;
  return { test, within: node === idx.doc ? idx.elements : subtree(root as Element) };
}

/** The descendants of `root` in document order (sibling links, no live collection). */
function* subtree(root: Element): Generator<Element> {
  let el: Element | null = root.firstElementChild;
  while (el) {
    yield el;
    if (el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el && el !== root && !el.nextElementSibling) el = el.parentElement;
    el = el && el !== root ? el.nextElementSibling : null;
  }
}

/** `root.querySelector(sel)`, skipped when the page lacks what `sel` needs. */
export function qs(root: ParentNode, sel: string): Element | null {
  if (!mayMatch(root, sel)) return null;
  const scan = scanFor(root, sel);
  if (!scan) return root.querySelector(sel);
  for (const el of scan.within) if (scan.test(el)) return el;
  return null;
}

/**
 * The first `n` elements of `root.querySelectorAll(sel)`: the engine still finds every match, but
 * only these `n` are handed to script (in a content script each element handed over has a cost).
 */
export function qsaUpTo(root: ParentNode, sel: string, n: number): Element[] {
  if (!mayMatch(root, sel)) return [];
  const scan = scanFor(root, sel);
  const out: Element[] = [];
  if (!scan) {
    const list = root.querySelectorAll(sel);
    for (let i = 0; i < list.length && i < n; i++) out.push(list[i]);
    return out;
  }
  for (const el of scan.within) {
    if (out.length >= n) break;
    if (scan.test(el)) out.push(el);
  }
  return out;
}

/** `root.querySelectorAll(sel)` as an array, skipped when the page lacks what `sel` needs. */
export function qsa(root: ParentNode, sel: string): Element[] {
  if (!mayMatch(root, sel)) return [];
  const scan = scanFor(root, sel);
  if (!scan) return Array.from(root.querySelectorAll(sel));
  const out: Element[] = [];
  for (const el of scan.within) if (scan.test(el)) out.push(el);
  return out;
}

/** `el.matches(sel)`, by the simple-selector test where the scan is in force. */
export function matches(el: Element, sel: string): boolean {
  const idx = current;
  const test = idx?.elements && el.ownerDocument === idx.doc ? simpleMatcher(sel, idx.quirks) : null;
  return test ? test(el) : el.matches(sel);
}
