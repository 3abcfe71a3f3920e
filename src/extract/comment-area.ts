import { namedElements, once } from './page-index';
import { AREA_WORDS } from './page-walk';

/**
 * Where a page keeps its comment section: the elements that announce, close
 * or page it. Shared by announced.ts, closed.ts and pagination.ts.
 */

export const AREA_SEL = [
  '#comments', '.comments-area', '#comments-area', '.comments', '#disqus_thread', '.comment-section',
  '.comments-section', '#comment-section', '.commentlist', '.comment-list', '#respond', '.post-comments',
  '.article-comments', '#kommentare', '.kommentare', '#commentaires', '.commentaires', '#reactions', '.reactions',
  '[id*="comments" i]', '[class*="comments" i]',
].join(', ');

/** Ancestors whose contents are never this page's comment section. */
export const FOREIGN = '.widget, [class*="widget_"], #recentcomments, .recentcomments, nav.menu, .menu, .related, .related-posts, .sidebar';

const AREA_IDS = new Set(['comments', 'comments-area', 'disqus_thread', 'comment-section', 'respond', 'kommentare', 'commentaires', 'reactions']);
const AREA_CLASSES = new Set([
  'comments-area', 'comments', 'comment-section', 'comments-section', 'commentlist', 'comment-list', 'post-comments',
  'article-comments', 'kommentare', 'commentaires', 'reactions',
]);
const FOREIGN_CLASSES = new Set(['widget', 'recentcomments', 'menu', 'related', 'related-posts', 'sidebar']);

const classAttr = (el: Element): string => el.getAttribute('class') ?? '';
/** Whether one of the element's class names is in `set`. */
export const hasClassIn = (el: Element, set: ReadonlySet<string>): boolean => {
  const c = classAttr(el);
  if (!c) return false;
  for (const t of c.split(/\s+/)) if (set.has(t)) return true;
  return false;
};

/**
 * `el.matches(AREA_SEL)`, without the selector engine: on a page of thousands of
 * elements a selector list with substring attribute tests is the slowest part of
 * the reading in jsdom, and this runs once per element.
 */
export function isArea(el: Element): boolean {
  const id = el.id;
  if (id && (AREA_IDS.has(id) || /comments/i.test(id))) return true;
  return hasClassIn(el, AREA_CLASSES) || /comments/i.test(classAttr(el));
}

/** `el.matches(FOREIGN)`. */
export function isForeign(el: Element): boolean {
  if (el.id === 'recentcomments') return true;
  if (classAttr(el).includes('widget_')) return true;
  return hasClassIn(el, FOREIGN_CLASSES);
}

/** `el.closest(...)` for a predicate. */
export function closestWhere(el: Element | null, pred: (e: Element) => boolean): Element | null {
  for (let e = el; e; e = e.parentElement) if (pred(e)) return e;
  return null;
}


/** Comment-area elements of the page, outermost first, outside widgets. */
export function commentAreas(doc: Document): Element[] {
  // Once per reading: a live page may grow its comment section between two readings.
  return once(doc, 'comment-areas', () => findAreas(doc));
}

/** The outermost areas that lie in no foreign block (document order). */
function findAreas(doc: Document): Element[] {
  const named = namedElements(doc);
  return named ? areasAmong(named) : walkAreas(doc);
}

/** An area or foreign block's test, on an element that may be one (mayBeAreaOrForeign). */
function kindOf(el: Element): 'foreign' | 'area' | null {
  if (isForeign(el)) return 'foreign';
  return isArea(el) && !/^(BODY|HTML|MAIN)$/.test(el.tagName) && !isForeignName(el) ? 'area' : null;
}

/**
 * From the page index's list of the elements that may be one (in document order): what the walk
 * below finds, without walking the page again (a page with no area, such as Hacker News's, is walked
 * whole by it: 29 ms of a 5,000-comment page's reading in Chromium).
 */
function areasAmong(named: readonly Element[]): Element[] {
  const out: Element[] = [];
  // The last area or foreign block met: what lies inside it is not looked at.
  let closed: Element | null = null;
  for (const el of named) {
    if (closed?.contains(el)) continue;
    const kind = kindOf(el);
    if (kind) closed = el;
    if (kind === 'area') out.push(el);
  }
  return out;
}

/** One walk: the outermost areas that lie in no foreign block (document order). */
function walkAreas(doc: Document): Element[] {
  const out: Element[] = [];
  const root = doc.documentElement;
  // Sibling links, no stack: the walk goes through every element of a page without a comment area.
  for (let el: Element | null = root; el; ) {
    if (mayBeAreaOrForeign(el)) {
      const kind = kindOf(el);
      if (kind) {
        if (kind === 'area') out.push(el);
        el = after(el, root);
        continue;
      }
    }
    el = el.firstElementChild ?? after(el, root);
  }
  return out;
}

/** The element after `el`'s subtree in document order, within `root`. */
function after(el: Element, root: Element): Element | null {
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) if (e.nextElementSibling) return e.nextElementSibling;
  return null;
}

/**
 * Every id or class attribute that `isArea` or `isForeign` accepts holds one of AREA_WORDS
 * (page-walk.ts): a quick no for most elements of the page (a comment's own "comment" class among
 * them), read from the two attributes once.
 */
export function mayBeAreaOrForeign(el: Element): boolean {
  const id = el.id;
  if (id && AREA_WORDS.test(id)) return true;
  const c = el.getAttribute('class');
  return c !== null && AREA_WORDS.test(c);
}

/** `[class*=comments]` also matches "recent-comments", "comments-link", "most-commented". */
function isForeignName(el: Element): boolean {
  const name = `${el.id} ${typeof el.className === 'string' ? el.className : ''}`;
  return /recent-?comments|latest-?comments|comments?-(link|count|number|icon|bubble|meta)|most-?commented|top-?comments|widget/i.test(name);
}
