/**
 * The page index's one walk over the page (see page-index.ts): which class names, tag names, ids
 * and attribute names occur, and the elements few of a kind that page-wide queries ask for by tag.
 */

export interface PageIndex {
  readonly doc: Document;
  readonly classes: ReadonlySet<string>;
  readonly tags: ReadonlySet<string>;
  readonly ids: ReadonlySet<string>;
  /** Attribute names present (lower case). */
  readonly attrs: ReadonlySet<string>;
  /** Every element in document order, when page-wide queries of simple selectors scan this list. */
  readonly elements: readonly Element[] | null;
  /**
   * The page's elements of the kinds page-wide queries ask for by tag, each far fewer than all its
   * elements (FEW_TAGS: metas, links, scripts, forms, images...), in document order: a query for
   * only such elements scans this list instead of the whole page (in a browser too: its engine
   * walks every element for `meta[name=…]`).
   */
  readonly few: readonly Element[];
  /**
   * The page's elements whose id or class attribute holds one of AREA_WORDS, in document order: the
   * candidates for a comment section's area or a widget around it (comment-area.ts), found without a
   * second walk over the page.
   */
  readonly named: readonly Element[];
  readonly quirks: boolean;
  /** Adds the names of an element the walk did not reach (in an open shadow tree: noteShadowTrees). */
  readonly noteLater: (el: Element) => void;
  /**
   * False while the walk has stopped at `IndexOptions.prefix` elements: a name not seen yet may still
   * be further down the page, and `few` lacks the elements there.
   */
  readonly complete: boolean;
  /** Walks the rest of the page, from where a prefix walk stopped, into this index (nothing when complete). */
  readonly finish: () => void;
}

export interface IndexOptions {
  /**
   * Answer page-wide queries of simple selectors (`tag.class#id[attr^="v"]`, no
   * combinators) by scanning the element list instead of the DOM's selector
   * engine. Worth it where that engine is slow (jsdom, in the command line); a
   * browser's own engine is faster than any scan of ours (it still skips what cannot match).
   */
  scan?: boolean;
  /**
   * Walk no more than this many elements for now (`finish` walks the rest). Ignored with `scan`,
   * whose element list must be whole.
   */
  prefix?: number;
}

/** Builds the index of `doc` (class names and ids lower-cased on quirks-mode pages, which match them without case). */
export function buildPageIndex(doc: Document, opts: IndexOptions = {}): PageIndex {
  const quirks = doc.compatMode === 'BackCompat';
  const elements: Element[] | null = opts.scan ? [] : null;
  const few: Element[] = [];
  const named: Element[] = [];
  const classes = new Set<string>();
  const ids = new Set<string>();
  // As the page writes them (lower-cased once, after the walk).
  const rawTags = new Set<string>();
  const rawAttrs = new Set<string>();
  const note = noter(quirks, classes, ids, rawTags, rawAttrs, named);
  // Open shadow trees are left to shadowRootsOf (shadow.ts), which adds the names of those it reads
  // (noteShadowTrees): asking every element for its shadow root costs a third of this walk in a
  // content script.
  // A tree walker: fewer DOM questions per element than sibling links (WordPress 5,000 walked and
  // noted in a content script 168 -> 135 ms; in jsdom 123-172 -> 97-119 ms), and not a live
  // collection (indexing one is slow in jsdom).
  const root = doc.documentElement;
  const walker = root ? doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */) : null;
  let left = opts.scan ? Infinity : (opts.prefix ?? Infinity);
  // The first element not walked yet (null once the page is walked whole).
  let next: Element | null = root;
  for (; next && left-- > 0; next = walker?.nextNode() as Element | null) {
    elements?.push(next);
    note(next);
    if (FEW_TAGS.has(next.localName)) few.push(next);
  }
  const lower = (set: Set<string>) => new Set(Array.from(set, (s) => s.toLowerCase()));
  const tags = lower(rawTags);
  const attrs = lower(rawAttrs);
  // Names found later go in lower-cased at once.
  const noteLater = noter(quirks, classes, ids, tags, attrs, null, true);
  // The rest of a prefix walk lists its named elements too (`note` with the lower-cased sets).
  const noteRest = noter(quirks, classes, ids, tags, attrs, named, true);
  const index = {
    doc, classes, tags, ids, attrs, elements, few, named, quirks, noteLater,
    complete: !next,
    finish() {
      for (; next; next = walker?.nextNode() as Element | null) {
        noteRest(next);
        if (FEW_TAGS.has(next.localName)) few.push(next);
      }
      index.complete = true;
    },
  };
  return index;
}

/**
 * Words of the ids and class names of comment sections' areas and of the blocks that are never one
 * (widgets, menus, sidebars): see comment-area.ts, whose tests each imply one of them.
 */
export const AREA_WORDS = /comments|comment-section|commentlist|comment-list|commentaires|kommentare|reactions|respond|disqus_thread|widget|menu|related|sidebar/i;

/**
 * Notes an element's class names, id, tag and attribute names in the given sets, and the element in
 * `named` when its id or class attribute holds one of AREA_WORDS. Its attribute names are asked
 * first, then only the class and id it has: a content script pays for each question.
 */
function noter(quirks: boolean, classes: Set<string>, ids: Set<string>, tags: Set<string>, attrs: Set<string>, named: Element[] | null, lower = false): (el: Element) => void {
  const fold = (s: string) => (quirks ? s.toLowerCase() : s);
  // Each distinct class list split and tested once: whether it holds one of AREA_WORDS.
  const classLists = new Map<string, boolean>();
  return (el) => {
    const names = el.getAttributeNames();
    let isNamed = false;
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      attrs.add(lower ? name.toLowerCase() : name);
      if (name === 'class') {
        const c = el.getAttribute('class');
        if (!c) continue;
        let words = classLists.get(c);
        if (words === undefined) {
          classLists.set(c, (words = AREA_WORDS.test(c)));
          for (const t of c.split(/\s+/)) if (t) classes.add(fold(t));
        }
        if (words) isNamed = true;
      } else if (name === 'id') {
        const id = el.getAttribute('id');
        if (id) {
          ids.add(fold(id));
          if (named && AREA_WORDS.test(id)) isNamed = true;
        }
      }
    }
    if (isNamed && named) named.push(el);
    tags.add(lower ? el.localName.toLowerCase() : el.localName);
  };
}

/** Elements a page has few of, that page-wide queries ask for by tag (`meta[name="generator" i]`, `script[src*=…]`). */
export const FEW_TAGS = new Set(['meta', 'link', 'script', 'form', 'iframe', 'img', 'base', 'title', 'style']);
