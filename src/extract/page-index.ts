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

import { alternatives, simpleMatcher } from './selectors';
import { needsOf, stripInner, type Need, type ValueTest } from './selector-needs';
import { buildPageIndex, FEW_TAGS, type IndexOptions, type PageIndex } from './page-walk';

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
  possibleCache.delete(idx);
  valueCache.delete(idx);
  fewCache.delete(idx);
}

export interface ReadingOptions extends IndexOptions {
  /**
   * Keep this reading's index for the next reading of the page (a first look's, for the whole
   * reading that follows it), as long as no element or attribute of the page changes meanwhile.
   */
  keep?: boolean;
}

/** Runs `fn` with the index of `doc` in force (nested calls keep the outer one). */
export function withPageIndex<T>(doc: Document, fn: () => T, opts: ReadingOptions = {}): T {
  const outerReading = reading;
  if (reading?.doc !== doc) reading = { doc, memo: new Map() };
  try {
    if (current?.doc === doc) return fn();
    const before = current;
    const reused = takeKept(doc, opts);
    const idx = reused ?? buildPageIndex(doc, opts);
    if (!reused) walks++;
    current = idx;
    try {
      const out = fn();
      if (opts.keep) keep(doc, idx);
      return out;
    } finally {
      current = before;
    }
  } finally {
    reading = outerReading;
  }
}

/** An index kept for the next reading of its page, and the watch on the page meanwhile. */
interface Kept {
  index: PageIndex;
  watch: MutationObserver;
  timer: ReturnType<typeof setTimeout>;
}
const kept = new WeakMap<Document, Kept>();
/** How long a kept index waits for the next reading (a first look's is asked for within a second or so). */
const KEEP_MS = 30_000;
let walks = 0;
/** Test support: how many readings have built an index (a kept one reused is not counted). */
export const indexWalks = (): number => walks;

function drop(doc: Document): Kept | undefined {
  const k = kept.get(doc);
  if (!k) return undefined;
  kept.delete(doc);
  k.watch.disconnect();
  clearTimeout(k.timer);
  return k;
}

/**
 * Watches the page from now on: the first change of its elements or attributes (a comment added,
 * a class name set by a script) drops the index. Text changes leave the index's names as they are.
 * Nothing is kept where the page cannot be watched.
 */
function keep(doc: Document, index: PageIndex): void {
  drop(doc);
  const Watch = doc.defaultView?.MutationObserver;
  if (!Watch) return;
  const k: Kept = { index, watch: new Watch(() => drop(doc)), timer: setTimeout(() => drop(doc), KEEP_MS) };
  // In Node (jsdom), the wait does not hold the process open.
  (k.timer as { unref?: () => void }).unref?.();
  k.watch.observe(doc, { subtree: true, childList: true, attributes: true });
  kept.set(doc, k);
}

/** The kept index of `doc`, when nothing changed since (and the reading wants one of its kind); dropped either way. */
function takeKept(doc: Document, opts: IndexOptions): PageIndex | null {
  // Changes not yet handed to the watch are in its queue (emptied when it stops).
  const changed = (kept.get(doc)?.watch.takeRecords().length ?? 0) > 0;
  const k = drop(doc);
  if (!k || changed || !k.index.elements !== !opts.scan) return null;
  // Open shadow trees may have grown since: their names are read again when they are searched.
  shadowsOf.delete(k.index);
  return k.index;
}

/** The reading in progress (one `withPageIndex` call), with what it has worked out once. */
let reading: { doc: Document; memo: Map<string, unknown> } | null = null;

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

const present = (idx: PageIndex, n: Need) =>
  n.classes.every((c) => idx.classes.has(idx.quirks ? c.toLowerCase() : c)) &&
  n.tags.every((t) => idx.tags.has(t)) &&
  n.ids.every((i) => idx.ids.has(idx.quirks ? i.toLowerCase() : i)) &&
  n.attrs.every((a) => idx.attrs.has(a)) &&
  (!n.values || n.values.every((v) => passes(idx, v)));

/** Per index: whether some id or class name passes a value test (a search of the names, once per test: needsOf keeps its tests). */
const valueCache = new WeakMap<PageIndex, Map<ValueTest, boolean>>();
function passes(idx: PageIndex, v: ValueTest): boolean {
  let cache = valueCache.get(idx);
  if (!cache) valueCache.set(idx, (cache = new Map()));
  let hit = cache.get(v);
  if (hit === undefined) cache.set(v, (hit = passesUncached(idx, v)));
  return hit;
}
function passesUncached(idx: PageIndex, v: ValueTest): boolean {
  // Compared without case: the index holds names lower-cased on a quirks-mode page, and selector
  // engines differ on the case of attribute values (jsdom's ignores it). It may let a search through
  // that finds nothing, never skip one that would find something.
  const want = v.value.toLowerCase();
  const test = v.op === '=' ? (s: string) => s === want : v.op === '^' ? (s: string) => s.startsWith(want) : v.op === '$' ? (s: string) => s.endsWith(want) : (s: string) => s.includes(want);
  for (const name of v.attr === 'id' ? idx.ids : idx.classes) if (test(name.toLowerCase())) return true;
  return false;
}

/** The alternatives of a selector list that the page can match at all: a scan tests only those. */
const possibleCache = new WeakMap<PageIndex, Map<string, string>>();
function possible(sel: string, idx: PageIndex): string {
  let cache = possibleCache.get(idx);
  if (!cache) possibleCache.set(idx, (cache = new Map()));
  let hit = cache.get(sel);
  if (hit === undefined) cache.set(sel, (hit = possibleUncached(sel, idx)));
  return hit;
}
function possibleUncached(sel: string, idx: PageIndex): string {
  const needs = needsOf(sel);
  const alts = needs ? alternatives(sel) : null;
  if (!needs || !alts || alts.length !== needs.length || alts.length < 2) return sel;
  const kept = alts.filter((_, i) => present(idx, needs[i]));
  return kept.length === alts.length || !kept.length ? sel : kept.join(',');
}

/** A test for `sel` when every alternative the page may match is one compound of a FEW_TAGS tag (`meta[name="x" i]`), else null. */
const fewCache = new WeakMap<PageIndex, Map<string, ((el: Element) => boolean) | null>>();
function fewTest(sel: string, idx: PageIndex): ((el: Element) => boolean) | null {
  let cache = fewCache.get(idx);
  if (!cache) fewCache.set(idx, (cache = new Map()));
  let hit = cache.get(sel);
  if (hit === undefined) {
    const kept = possible(sel, idx);
    const alts = alternatives(kept);
    const few = alts?.every((a) => {
      const bare = stripInner(a.trim());
      const tag = bare && /^([a-zA-Z]+)(?![\w-])/.exec(bare)?.[1].toLowerCase();
      // One compound: nothing outside brackets and parentheses but its own parts (no combinator).
      return !!tag && FEW_TAGS.has(tag) && !/[\s>+~]/.test(bare as string);
    });
    hit = few ? simpleMatcher(kept, idx.quirks) : null;
    cache.set(sel, hit);
  }
  return hit;
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
