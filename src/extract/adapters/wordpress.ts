import { firstMatches, matches, once, qs, qsa } from '../page-index';
import type { CommentKind, CommentRecord } from '../../core/types';
import type { Adapter, AdapterResult, ExtractContext } from '../types';
import { anchorOf, nestingOf, pageMetas } from '../dom-utils';
import { fieldsOf, type UnitTest } from './wordpress-fields';
import { enough } from '../enough';

/**
 * WordPress comments as `wp_list_comments()` prints them: the html5 walker
 * (`li.comment > article.comment-body`), the legacy xhtml walker
 * (`li.comment > div.comment-body`, `cite.fn`) and the theme callbacks that keep
 * `comment_class()` (`comment`/`pingback`/`trackback` + `depth-N`). Replies sit
 * in `ol.children`/`ul.children`, so the tree comes from nesting.
 */

const UNIT_CLASS = /(^|\s)(comment|pingback|trackback)(\s|$)/;
const DEPTH_CLASS = /(^|\s)depth-(\d+)(\s|$)/;
/** Where WordPress lists that are not the thread live: widgets and the reply form. */
const NOT_THREAD = '.widget, [class*="widget_"], #recentcomments, .recentcomments, #respond, .comment-respond, #commentform';
/** A word every class or id that NOT_THREAD matches holds (case aside): most elements are ruled out without the selector engine. */
const NOT_THREAD_WORD = /widget|recentcomments|respond|commentform/i;
const LISTS = '.commentlist, .comment-list, ol#comments, ol.comments, .comments-list, #comments ol, #comments ul';

/** The comment blocks of the page, worked out once per reading (detect and extract both ask). */
export function findUnits(doc: Document): Element[] {
  return once(doc, 'wordpress-units', () => unitsOf(doc));
}

/** In document order; a first look's reading stops at its limit (firstMatches). */
function unitsOf(doc: Document): Element[] {
  const classed = firstMatches(doc, '[class*="depth-"]', (el) => UNIT_CLASS.test(el.className) && DEPTH_CLASS.test(el.className));
  let units = classed;
  if (!units.length) {
    units = firstMatches(doc, 'li.comment, li.pingback, li.trackback', (li) => !!li.parentElement?.closest(LISTS));
  }
  if (!units.length && wpSite(doc)) {
    // Older WordPress themes drop comment_class() but keep the comment-N ids inside the comment list.
    units = firstMatches(
      doc,
      '[id^="comment-"], [id^="li-comment-"]',
      (el) => el.tagName !== 'A' && /^(li-)?comment-\d+$/.test(el.id) && !!el.parentElement?.closest(`${LISTS}, #commentlist, #comment_list, .comments`),
    );
  }
  const notThread = insideOf(NOT_THREAD, (el) => NOT_THREAD_WORD.test(el.getAttribute('class') ?? '') || NOT_THREAD_WORD.test(el.id));
  units = units.filter((el) => !notThread(el));
  // Thesis-style <dt> (author, date) + <dd> (text): one comment, read from the <dt>.
  const dts = new Set(units.filter((u) => u.tagName === 'DT'));
  units = units.filter((u) => !(u.tagName === 'DD' && u.previousElementSibling && dts.has(u.previousElementSibling)));
  // One comment read twice (li#li-comment-N > div#comment-N.comment): keep the outer block.
  const set = new Set(units);
  return units.filter((el) => {
    for (let e = el.parentElement; e; e = e.parentElement) {
      if (/^(OL|UL)$/.test(e.tagName) || /(^|\s)(children|replies)(\s|$)/.test(e.className)) return true;
      if (set.has(e)) return false;
    }
    return true;
  });
}

/**
 * `el.closest(sel) !== null`, remembered per element: thousands of comments share their ancestors.
 * `may` is false for elements `sel` cannot match.
 */
function insideOf(sel: string, may: (el: Element) => boolean): (el: Element) => boolean {
  const known = new Map<Element, boolean>();
  return (el) => {
    const path: Element[] = [];
    let v = false;
    for (let e: Element | null = el; e; e = e.parentElement) {
      const k = known.get(e);
      if (k !== undefined) {
        v = k;
        break;
      }
      path.push(e);
      if (may(e) && e.matches(sel)) {
        v = true;
        break;
      }
    }
    // Below a match everything is inside; on a path that reached the root, nothing is.
    for (const e of path) known.set(e, v);
    return v;
  };
}

const WP_PATH = /\/wp-(content|includes)\//;
const GENERATOR = 'meta[name="generator" i][content^="WordPress" i]';
/** `link[href*="/wp-content/"], script[src*="/wp-includes/"]` and the two others, read from the few links and scripts. */
const wpFiles = (doc: Document): boolean =>
  qsa(doc, 'link, script').some((el) => WP_PATH.test(el.getAttribute(el.localName === 'link' ? 'href' : 'src') ?? ''));
/** `wpSignals(doc) >= 0.1`: the generator or the files say WordPress (the reply form alone does not). */
const wpSite = (doc: Document): boolean => pageMetas(doc).some((m) => matches(m, GENERATOR)) || wpFiles(doc);

function wpSignals(doc: Document): number {
  let s = 0;
  if (pageMetas(doc).some((m) => matches(m, GENERATOR))) s += 0.1;
  if (wpFiles(doc)) s += 0.1;
  if (qs(doc, '.comment-reply-link, #respond, #commentform')) s += 0.05;
  return s;
}

export const wordpressAdapter: Adapter = {
  name: 'wordpress',
  detect(doc) {
    const units = findUnits(doc);
    if (!units.length) return 0;
    const classed = units.some((u) => DEPTH_CLASS.test(u.className));
    const wpList = units.some((u) => u.parentElement?.closest('.commentlist, .comment-list'));
    const base = classed ? 0.7 : wpList ? 0.6 : 0.3;
    return Math.min(1, base + wpSignals(doc));
  },
  extract(doc, ctx) {
    const units = findUnits(doc);
    if (!units.length) return null;
    return toResult(units, ctx);
  },
};

function toResult(units: Element[], ctx: ExtractContext): AdapterResult | null {
  const set = new Set(units);
  // The elements that hold a unit (its ancestors): a unit's own fields are looked for around them.
  const holders = new Set<Element>();
  for (const u of units) for (let e = u.parentElement; e && !holders.has(e); e = e.parentElement) holders.add(e);
  const isUnit: UnitTest = Object.assign((el: Element) => set.has(el), { holds: (el: Element) => holders.has(el) });
  // Ids as the comments are read (a reply's parent comes before it): a reading that stops early
  // looks no further than it read.
  const ids = new Map<Element, string>();
  const used = new Set<string>();
  const comments: CommentRecord[] = [];
  const depths = new Map<Element, number>();
  let depthMismatch = 0;
  for (const [i, u] of units.entries()) {
    if (enough(ctx, comments.length)) break;
    let id = nativeId(u) ?? `wp-${i + 1}`;
    if (used.has(id)) id = `${id}-${i + 1}`;
    used.add(id);
    ids.set(u, id);
    const { parent, depth } = nestingOf(u, set, depths);
    const stated = DEPTH_CLASS.exec(u.className);
    if (stated && Number(stated[2]) !== depth + 1) depthMismatch++;
    const dd = u.tagName === 'DT' && u.nextElementSibling?.tagName === 'DD' ? u.nextElementSibling : null;
    const f = fieldsOf(u, ctx.url, isUnit, dd);
    comments.push({
      id,
      parentId: parent ? (ids.get(parent) ?? null) : null,
      author: f.author,
      authorUrl: f.authorUrl,
      time: f.time,
      timeText: f.timeText || undefined,
      text: f.paragraphs.join('\n\n'),
      paragraphs: f.paragraphs,
      links: f.links,
      permalink: f.permalink ?? (/^\d+$/.test(id) ? permalinkFor(ctx.url, id) : null),
      depth,
      kind: kindOf(u),
      anchor: anchorOf(u),
    });
  }
  if (!comments.length) return null;
  const notes = depthMismatch ? [`${depthMismatch} comments sit at another depth than their depth-N class says`] : [];
  return { comments, confidence: depthMismatch ? 0.7 : 0.95, notes };
}

/** `classList.contains('pingback')`, then 'trackback', read from the class attribute. */
const PINGBACK = /(^|[ \t\n\f\r])pingback([ \t\n\f\r]|$)/;
const TRACKBACK = /(^|[ \t\n\f\r])trackback([ \t\n\f\r]|$)/;
function kindOf(u: Element): CommentKind {
  const c = u.getAttribute('class') ?? '';
  if (!/pingback|trackback/.test(c)) return 'comment';
  if (PINGBACK.test(c)) return 'pingback';
  if (TRACKBACK.test(c)) return 'trackback';
  return 'comment';
}

/** The comment's database id: `comment-N`, `li-comment-N`, `div-comment-N`, or its reply link. */
function nativeId(u: Element): string | null {
  const m = /^(?:li-|div-)?comment-(\d+)$/.exec(u.id);
  if (m) return m[1];
  for (const el of Array.from(qsa(u, '[id^="comment-"], [id^="div-comment-"]')).slice(0, 3)) {
    const n = /^(?:div-)?comment-(\d+)$/.exec(el.id);
    if (n) return n[1];
  }
  const reply = qs(u, 'a.comment-reply-link');
  const r = reply?.getAttribute('data-commentid') ?? /replytocom=(\d+)/.exec(reply?.getAttribute('href') ?? '')?.[1];
  return r && /^\d+$/.test(r) ? r : null;
}

function permalinkFor(url: string, id: string): string | null {
  try {
    const u = new URL(url);
    u.hash = `comment-${id}`;
    return u.href;
  } catch {
    return null;
  }
}
