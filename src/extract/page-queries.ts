/**
 * The page queries of a reading (page-index.ts): each asks the browser (or, with `scan`, the index's
 * element list) only when the page index in force says the selector can match at all.
 */
import { simpleMatcher } from './selectors';
import { needsOf } from './selector-needs';
import { fewTest, possible, present } from './index-answers';
import { shadowsOf, state } from './reading-state';
import type { PageIndex } from './page-walk';

/**
 * The elements of `root.querySelectorAll(sel)` that pass `test`, in document order; in a reading with a
 * limit (a first look), no more than that many, the rest of the page not handed to script (each element
 * handed over costs, in a content script most). A search stopped there marks the reading cut short.
 */
export function firstMatches(root: ParentNode, sel: string, test: (el: Element) => boolean): Element[] {
  const node = root as Node;
  const doc = node.nodeType === 9 ? (root as Document) : node.ownerDocument;
  const reading = state.reading;
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
  const list = root.querySelectorAll(narrow(root, sel));
  for (let i = 0; i < list.length; i++) if (!visit(list[i])) break;
  return out;
}

/**
 * The alternatives of `sel` that the indexed page can match at all (mayMatch has let it through): a
 * browser's engine tests every alternative of a list on every element it walks, so those that
 * cannot match cost it as much as the others (a page-wide list of ten, three of them possible, on a
 * 90,000-element page: 16.1 -> 5.1 ms, scratch probe in Chromium).
 */
function narrow(root: ParentNode, sel: string): string {
  // Page-wide searches only: a search of one comment's few elements gains less than the lookup costs
  // (thousands of them per reading).
  const idx = state.index;
  return idx && root === idx.doc ? possible(sel, idx) : sel;
}

/** Whether the index in force knows every name that can occur under `root`. */
function indexed(root: ParentNode): boolean {
  const idx = state.index;
  if (!idx) return false;
  const type = (root as Node).nodeType;
  const doc = type === 9 ? (root as Document) : (root as Node).ownerDocument;
  if (doc !== idx.doc) return false;
  // A shadow root (or fragment) whose names the index was not told of (noteShadowTrees).
  return type !== 11 || !!shadowsOf.get(idx)?.has(root as ShadowRoot);
}

/** False only when `sel` surely matches nothing in the indexed page. */
export function mayMatch(root: ParentNode, sel: string): boolean {
  // A root whose names the index does not know (another document, an unnoted shadow root): searched.
  if (!indexed(root)) return true;
  const needs = needsOf(sel);
  if (!needs) return true;
  const idx = state.index as PageIndex;
  return needs.some((n) => present(idx, n));
}

let recorder: ((sel: string) => void) | null = null;
/** Test support: hears every selector asked of a whole page. */
export function recordPageQueries(fn: ((sel: string) => void) | null): void {
  recorder = fn;
}

/** The elements a scan looks at: the whole list for the page, a walk of the subtree for an element. */
function scanFor(root: ParentNode, sel: string): { test: (el: Element) => boolean; within: Iterable<Element> } | null {
  const idx = state.index;
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
  if (!scan) return root.querySelector(narrow(root, sel));
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
    const list = root.querySelectorAll(narrow(root, sel));
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
  if (!scan) return Array.from(root.querySelectorAll(narrow(root, sel)));
  const out: Element[] = [];
  for (const el of scan.within) if (scan.test(el)) out.push(el);
  return out;
}

/** `el.matches(sel)`, by the simple-selector test where the scan is in force. */
export function matches(el: Element, sel: string): boolean {
  const idx = state.index;
  const test = idx?.elements && el.ownerDocument === idx.doc ? simpleMatcher(sel, idx.quirks) : null;
  return test ? test(el) : el.matches(sel);
}
