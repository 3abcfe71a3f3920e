/**
 * One walk over the page, kept for the length of one reading: which class
 * names, tag names and ids occur at all, and every element in order. Most
 * selectors an extraction asks about name a comment system the page does not
 * use; when a selector needs a class, tag or id the page lacks, it cannot
 * match, and the document is not searched; simple selectors are answered by
 * scanning the element list. This is for jsdom (the command line), where each
 * search of a large page is a full walk through a slow selector engine; a
 * browser's native engine is faster than the walk that builds the index, so
 * there no index is built and every query goes to the DOM. The test is
 * conservative: anything it cannot read goes to the real query.
 */

export interface PageIndex {
  readonly doc: Document;
  readonly classes: ReadonlySet<string>;
  readonly tags: ReadonlySet<string>;
  readonly ids: ReadonlySet<string>;
  /** Every element in document order, when page-wide queries of simple selectors scan this list. */
  readonly elements: readonly Element[] | null;
  readonly quirks: boolean;
}

export interface IndexOptions {
  /**
   * Answer page-wide queries of simple selectors (`tag.class#id[attr^="v"]`, no
   * combinators) by scanning the element list instead of the DOM's selector
   * engine. Worth it where that engine is slow (jsdom, in the command line); a
   * browser's own engine is faster than any scan of ours.
   */
  scan?: boolean;
}

let current: PageIndex | null = null;

/** Builds the index of `doc` (class names and ids lower-cased on quirks-mode pages, which match them without case). */
export function buildPageIndex(doc: Document, opts: IndexOptions = {}): PageIndex {
  const quirks = doc.compatMode === 'BackCompat';
  const fold = (s: string) => (quirks ? s.toLowerCase() : s);
  const elements: Element[] | null = opts.scan ? [] : null;
  const classes = new Set<string>();
  const tags = new Set<string>();
  const ids = new Set<string>();
  // Sibling links, not live collections (indexing a live collection is slow in jsdom).
  for (let el: Element | null = doc.documentElement; el; el = nextInOrder(el)) {
    elements?.push(el);
    tags.add(el.localName.toLowerCase());
    const id = el.getAttribute('id');
    if (id) ids.add(fold(id));
    const c = el.getAttribute('class');
    if (c) for (const t of c.split(/\s+/)) if (t) classes.add(fold(t));
  }
  return { doc, classes, tags, ids, elements, quirks };
}

/** The element after `el` in document order. */
function nextInOrder(el: Element): Element | null {
  if (el.firstElementChild) return el.firstElementChild;
  for (let e: Element | null = el; e; e = e.parentElement) if (e.nextElementSibling) return e.nextElementSibling;
  return null;
}

/**
 * Runs `fn` with the index of `doc` in force (nested calls keep the outer one). Only
 * where the scan is asked for: in a browser, walking the page to build the index costs
 * more than the native queries it would spare.
 */
export function withPageIndex<T>(doc: Document, fn: () => T, opts: IndexOptions = {}): T {
  if (current?.doc === doc || !opts.scan) return fn();
  const before = current;
  current = buildPageIndex(doc, opts);
  try {
    return fn();
  } finally {
    current = before;
  }
}

interface Need {
  classes: string[];
  tags: string[];
  ids: string[];
}

/** Per selector: what each of its alternatives needs, or null when we cannot tell. */
const needsCache = new Map<string, Need[] | null>();

/** Splits at top-level commas (outside brackets, parentheses and quotes). */
function alternatives(sel: string): string[] | null {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < sel.length; i++) {
    const ch = sel[i];
    if (quote) {
      if (ch === quote) quote = '';
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (ch === ',' && depth === 0) {
      out.push(sel.slice(start, i));
      start = i + 1;
    }
  }
  if (depth !== 0 || quote) return null;
  out.push(sel.slice(start));
  return out;
}

/** Removes `[...]`, `(...)` and quoted strings, keeping their place as a space-free marker. */
function stripInner(s: string): string | null {
  let out = '';
  let depth = 0;
  let quote = '';
  for (const ch of s) {
    if (quote) {
      if (ch === quote) quote = '';
      continue;
    }
    if (ch === '"' || ch === "'") {
      quote = ch;
      continue;
    }
    if (ch === '(' || ch === '[') {
      depth++;
      if (depth === 1) out += '@';
      continue;
    }
    if (ch === ')' || ch === ']') {
      depth--;
      continue;
    }
    if (depth === 0) out += ch;
  }
  return depth === 0 ? out : null;
}

export function needsOf(sel: string): Need[] | null {
  if (needsCache.has(sel)) return needsCache.get(sel) ?? null;
  let result: Need[] | null = null;
  const alts = sel.includes('\\') ? null : alternatives(sel);
  if (alts) {
    result = [];
    for (const alt of alts) {
      const bare = stripInner(alt);
      if (bare === null) {
        result = null;
        break;
      }
      const need: Need = { classes: [], tags: [], ids: [] };
      // Pseudo-classes and pseudo-elements (":scope", ":not(…)") say nothing we need.
      const simple = bare.replace(/::?[\w-]+@?/g, '@');
      for (const m of simple.matchAll(/([.#]?)(-?[_a-zA-Z][\w-]*)/g)) {
        const before = m.index > 0 ? simple[m.index - 1] : ' ';
        const name = m[2];
        if (m[1] === '.') need.classes.push(name);
        else if (m[1] === '#') need.ids.push(name);
        // A tag name stands at the start of a compound selector.
        else if (/[\s>+~@]/.test(before) || m.index === 0) {
          if (before !== '@') need.tags.push(name.toLowerCase());
        }
      }
      result.push(need);
    }
  }
  needsCache.set(sel, result);
  return result;
}

/** False only when `sel` surely matches nothing in the indexed page. */
export function mayMatch(root: ParentNode, sel: string): boolean {
  const idx = current;
  if (!idx) return true;
  const doc = (root as Node).nodeType === 9 ? (root as Document) : (root as Node).ownerDocument;
  if (doc !== idx.doc) return true;
  const needs = needsOf(sel);
  if (!needs) return true;
  return needs.some(
    (n) =>
      n.classes.every((c) => idx.classes.has(idx.quirks ? c.toLowerCase() : c)) &&
      n.tags.every((t) => idx.tags.has(t)) &&
      n.ids.every((i) => idx.ids.has(idx.quirks ? i.toLowerCase() : i)),
  );
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
  if (!idx?.elements) return null;
  const node = root as Node;
  if (node !== idx.doc && (node.nodeType !== 1 || node.ownerDocument !== idx.doc)) return null;
  const test = simpleMatcher(sel, idx.quirks);
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

// ---- Simple selectors: a list of compounds without combinators or pseudo-classes ----

/** Attributes whose values HTML compares without case in selectors (HTML § "case-sensitivity of selectors"). */
const CASELESS_ATTRS = new Set(
  ('accept accept-charset align alink axis bgcolor charset checked clear codetype color compact declare defer dir direction disabled ' +
    'enctype face frame hreflang http-equiv lang language link media method multiple nohref noresize noshade nowrap readonly rel rev ' +
    'rules scope scrolling selected shape target text type valign valuetype vlink').split(' '),
);

const IDENT = '-?[_a-zA-Z][\\w-]*';
const COMPOUND = new RegExp(
  `^(\\*|${IDENT})?((?:[.#]${IDENT}|\\[\\s*${IDENT}\\s*(?:[~|^$*]?=\\s*(?:"[^"]*"|'[^']*'|${IDENT})\\s*(?:\\s[iIsS])?\\s*)?\\])*)$`,
);
const PART = new RegExp(`([.#])(${IDENT})|\\[\\s*(${IDENT})\\s*(?:([~|^$*]?=)\\s*(?:"([^"]*)"|'([^']*)'|(${IDENT}))\\s*(?:\\s([iIsS]))?\\s*)?\\]`, 'g');

const matcherCache = new Map<string, ((el: Element) => boolean) | null>();

/** A test for `sel` when it is a list of simple compounds, else null. */
export function simpleMatcher(sel: string, quirks = false): ((el: Element) => boolean) | null {
  const key = `${quirks ? 'q' : 's'}${sel}`;
  if (matcherCache.has(key)) return matcherCache.get(key) ?? null;
  const alts = sel.includes('\\') ? null : alternatives(sel);
  let result: ((el: Element) => boolean) | null = null;
  if (alts) {
    const tests = alts.map((a) => chain(a.trim(), quirks));
    if (tests.every((t) => t !== null)) {
      const ts = tests as ((el: Element) => boolean)[];
      result = (el) => ts.some((t) => t(el));
    }
  }
  matcherCache.set(key, result);
  return result;
}

/** Splits at top-level whitespace; null when another combinator (`>`, `+`, `~`) stands outside brackets. */
function descendantParts(src: string): string[] | null {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let cur = '';
  for (const ch of src) {
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (depth === 0 && (ch === '>' || ch === '+' || ch === '~')) return null;
    else if (depth === 0 && /\s/.test(ch)) {
      if (cur) parts.push(cur);
      cur = '';
      continue;
    }
    cur += ch;
  }
  if (cur) parts.push(cur);
  return depth === 0 && !quote ? parts : null;
}

/** `A B C`: the element is a C inside a B inside an A (nearest ancestors first is enough for descendant chains). */
function chain(src: string, quirks: boolean): ((el: Element) => boolean) | null {
  const parts = descendantParts(src);
  if (!parts || parts.length === 0) return null;
  const tests = parts.map((p) => compound(p, quirks));
  if (tests.some((t) => t === null)) return null;
  const ts = tests as ((el: Element) => boolean)[];
  const last = ts[ts.length - 1];
  if (ts.length === 1) return last;
  return (el) => {
    if (!last(el)) return false;
    let at: Element | null = el.parentElement;
    for (let i = ts.length - 2; i >= 0; i--) {
      while (at && !ts[i](at)) at = at.parentElement;
      if (!at) return false;
      at = at.parentElement;
    }
    return true;
  };
}

/** A compound with `:not(simple compounds)` parts. */
function compound(full: string, quirks: boolean): ((el: Element) => boolean) | null {
  const nots: ((el: Element) => boolean)[] = [];
  let ok = true;
  const src = full.replace(/:not\(([^()]*)\)/g, (_, inner: string) => {
    const ts = alternatives(inner)?.map((a) => plainCompound(a.trim(), quirks));
    if (!ts || ts.some((t) => t === null)) ok = false;
    else nots.push((el) => !(ts as ((e: Element) => boolean)[]).some((t) => t(el)));
    return '';
  });
  if (!ok) return null;
  const base = src === '' && nots.length ? () => true : plainCompound(src, quirks);
  if (!base) return null;
  return nots.length ? (el) => base(el) && nots.every((n) => n(el)) : base;
}

function plainCompound(src: string, quirks: boolean): ((el: Element) => boolean) | null {
  const m = COMPOUND.exec(src);
  if (!m || !src) return null;
  const tag = m[1] && m[1] !== '*' ? m[1].toLowerCase() : null;
  const checks: ((el: Element) => boolean)[] = [];
  if (tag) checks.push((el) => el.localName.toLowerCase() === tag);
  const fold = (s: string) => (quirks ? s.toLowerCase() : s);
  for (const p of m[2].matchAll(PART)) {
    if (p[1] === '.') {
      const name = fold(p[2]);
      checks.push((el) => {
        const c = el.getAttribute('class');
        return c !== null && fold(c).split(/[ \t\n\f\r]+/).includes(name);
      });
    } else if (p[1] === '#') {
      const name = fold(p[2]);
      checks.push((el) => fold(el.getAttribute('id') ?? '') === name && el.hasAttribute('id'));
    } else {
      const attr = p[3].toLowerCase();
      const op = p[4];
      if (!op) {
        checks.push((el) => el.hasAttribute(attr));
        continue;
      }
      const flag = p[8]?.toLowerCase();
      const caseless = flag === 'i' || (flag !== 's' && CASELESS_ATTRS.has(attr));
      const norm = (s: string) => (caseless ? s.toLowerCase() : s);
      const want = norm(p[5] ?? p[6] ?? p[7] ?? '');
      const test = valueTest(op, want);
      checks.push((el) => {
        const v = el.getAttribute(attr);
        return v !== null && test(norm(v));
      });
    }
  }
  return (el) => checks.every((c) => c(el));
}

function valueTest(op: string, want: string): (v: string) => boolean {
  switch (op) {
    case '=': return (v) => v === want;
    case '^=': return (v) => want !== '' && v.startsWith(want);
    case '$=': return (v) => want !== '' && v.endsWith(want);
    case '*=': return (v) => want !== '' && v.includes(want);
    case '~=': return (v) => want !== '' && !/\s/.test(want) && v.split(/[ \t\n\f\r]+/).includes(want);
    default: return (v) => v === want || v.startsWith(`${want}-`); // |=
  }
}
