import { qs, qsa } from '../page-index';
import type { CommentRecord } from '../../core/types';
import type { Adapter, ExtractContext } from '../types';
import { absoluteUrl, anchorOf, clean, linksOf, paragraphsOf, toIso } from '../dom-utils';
import { parseDateText } from './wordpress-date';
import { enough } from '../enough';

/**
 * Drupal core comments. Each comment is preceded by its anchor `<a id="comment-N">` (Drupal 6, 7
 * and 8+ alike) and is a `div.comment` (6, 7), an RDFa `[typeof="sioc:Post sioct:Comment"]` (7)
 * or an `article.comment[data-comment-user-id]` (8+). Replies live in the `div.indented` that
 * FOLLOWS their parent (a sibling, not a child): the parent of a comment is the comment just
 * before the `div.indented` holding it.
 */

const UNIT = 'article.comment, div.comment, article[data-comment-user-id], [typeof~="sioct:Comment"]';
const MARKED = '[typeof~="sioct:Comment"], article[data-comment-user-id], article.comment.js-comment';
/** In order of preference (a selector list would answer in document order). */
const BODY = ['.field--name-comment-body', '.field-name-comment-body', '.comment__content', '.content'];
const AUTHOR = ['.comment__author', '.username', '.commenter-name'];
const TIME = ['time', '.comment__time', '.comment-time', '[property~="dc:date"]'];
const SIGNS = 'meta[name="generator" i][content^="Drupal" i], link[href*="/sites/default/files/"], link[href*="/sites/all/"], script[src*="/misc/drupal.js"], [data-drupal-selector], script[src*="/sites/all/"], img[src*="/sites/default/files/"]';
/** Parts of a comment that are not its text: links, signature, nested comments; the header too when no body element is found. */
// Expanding Formatter's "…" and its "Read more" button (the text it folds is all in the page).
const NOT_BODY = '.links, .indented, .comment, form, .user-signature, .expanding-formatter-ellipsis, .expanding-formatter-trigger';
const NOT_TEXT = `${NOT_BODY}, .submitted, .comment__meta, .attribution, .user-picture, .comment_hdbg, h3, header, footer`;

export const drupalAdapter: Adapter = {
  name: 'drupal',
  detect(doc) {
    if (qs(doc, MARKED)) return 0.9;
    return qs(doc, SIGNS) && findUnits(doc).some((u) => anchorBefore(u)) ? 0.8 : 0;
  },
  extract(doc, ctx) {
    const units = findUnits(doc);
    if (!units.length) return null;
    const set = new Set(units);
    const ids = new Map<Element, string>();
    units.forEach((u, i) => ids.set(u, idOf(u) ?? `drupal-${i + 1}`));
    const depthOf = new Map<Element, number>();
    const out: CommentRecord[] = [];
    for (const u of units) {
      if (enough(ctx, out.length)) break;
      const parent = parentOf(u, set);
      const depth = parent ? (depthOf.get(parent) ?? 0) + 1 : 0;
      depthOf.set(u, depth);
      out.push(record(u, ids.get(u) as string, parent ? (ids.get(parent) ?? null) : null, depth, ctx));
    }
    const count = Number(clean(qs(doc, '.comments__count')?.textContent) || NaN);
    return { comments: out, confidence: 0.9, announcedCount: Number.isFinite(count) ? count : undefined };
  },
};

function findUnits(doc: Document): Element[] {
  const all = qsa(doc, UNIT).filter((u) => !u.closest('form, .comment-form') && (pick(u, BODY) || qs(u, '.submitted, .comment__meta')));
  const set = new Set(all);
  // A theme's wrapper and the comment it wraps are one comment: keep the outer one.
  return all.filter((u) => {
    for (let e = u.parentElement; e; e = e.parentElement) if (set.has(e) && qsa(e, UNIT).filter((x) => set.has(x)).length === 1) return false;
    return true;
  });
}

/** The empty `<a id="comment-N">` printed just before a comment. */
function anchorBefore(u: Element): Element | null {
  const a = u.previousElementSibling;
  return a?.matches('a[id^="comment-"]') && !clean(a.textContent) ? a : null;
}

function idOf(u: Element): string | null {
  const raw = anchorBefore(u)?.id || u.id || u.getAttribute('about') || '';
  return /comment[-/](\d+)/.exec(raw)?.[1] ?? null;
}

function parentOf(u: Element, set: Set<Element>): Element | null {
  for (let e: Element | null = u; e; e = e.parentElement) {
    if (e !== u && set.has(e)) return e;
    const box = e.parentElement;
    if (!box?.matches('div.indented')) continue;
    for (let s = box.previousElementSibling; s; s = s.previousElementSibling) {
      if (set.has(s)) return s;
      const inner = qsa(s, UNIT).find((x) => set.has(x));
      if (inner) return inner;
    }
    return null;
  }
  return null;
}

function record(u: Element, id: string, parentId: string | null, depth: number, ctx: ExtractContext): CommentRecord {
  const submitted = qs(u, '.submitted, .comment__meta');
  const user = pick(u, AUTHOR) ?? submitted?.querySelector('a[href]:not(.permalink)') ?? null;
  const userLink = user?.matches('a[href]') ? user : (user?.querySelector('a[href]') ?? null);
  const when = pick(u, TIME);
  const stamp = qs(u, 'time[datetime], [property~="dc:date"][content], [data-comment-timestamp]');
  const timeText = clean((when ?? submitted)?.textContent);
  const body = pick(u, BODY);
  const skip = (el: Element) => el.matches(body ? NOT_BODY : NOT_TEXT);
  const paragraphs = paragraphsOf(body ?? u, skip);
  const link = qs(u, 'a.permalink[href], .comment__permalink a[href], h3 a[href*="comment"]');
  const anchor = anchorBefore(u);
  return {
    id,
    parentId,
    author: (clean(user?.textContent) || nameIn(clean(submitted?.textContent))).replace(/\s*\((not verified|non vérifié|nicht überprüft)\)$/i, ''),
    authorUrl: userLink ? absoluteUrl(userLink.getAttribute('href'), ctx.url) : null,
    // The timestamp first: Drupal's default text format (m/d/Y) cannot be told from d/m/Y.
    time: toIso(stamp?.getAttribute('datetime') ?? stamp?.getAttribute('content') ?? stamp?.getAttribute('data-comment-timestamp')) ?? parseDateText(timeText),
    timeText: timeText || undefined,
    text: paragraphs.join('\n\n'),
    paragraphs,
    links: linksOf(body ?? u, ctx.url, skip),
    permalink: absoluteUrl(link?.getAttribute('href') ?? `#comment-${id}`, ctx.url),
    depth,
    kind: 'comment',
    anchor: anchorOf(u) ?? (anchor ? anchorOf(anchor) : null),
  };
}

function pick(root: Element, sels: string[]): Element | null {
  for (const sel of sels) {
    const el = qs(root, sel);
    if (el) return el;
  }
  return null;
}

/** The name in a "submitted" line without a name element: "Submitted by X on …", "Fri, 2012-11-09 17:18 — X". */
function nameIn(line: string): string {
  const by = /^(?:submitted by|posted by|par|von|by)\s+(.+?)\s+(?:on|le|am)\s/i.exec(line);
  if (by) return by[1];
  return line.split(/\s+[—–|]\s+/).find((part) => !parseDateText(part) && !/\d{1,2}:\d{2}/.test(part)) ?? '';
}
