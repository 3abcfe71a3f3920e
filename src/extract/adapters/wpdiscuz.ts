import { qs, qsa } from '../page-index';
import type { CommentKind, CommentRecord } from '../../core/types';
import type { Adapter, ExtractContext } from '../types';
import { absoluteUrl, anchorOf, clean, linksOf, paragraphsOf } from '../dom-utils';
import { parseDateText } from './wordpress-date';
import { enough } from '../enough';

/**
 * wpDiscuz, the WordPress comment plugin. Version 7 prints
 * `div#wpd-comm-ID_PARENT.wpd-comment.wpd_comment_level-N` inside `#wpdcom .wpd-thread-list`
 * (author `.wpd-comment-author`, date `.wpd-comment-date[title]`, text `.wpd-comment-text`),
 * replies nested in their parent's block; versions 2-5 print the same tree with `wc-` names
 * (`div#wc-comm-ID_PARENT.wc-comment`, `.wc-comment-author`, `.wc-comment-text`). The id
 * states the parent, so the tree comes from the ids, nesting only where a parent is missing.
 * These blocks also carry WordPress's `comment depth-N` classes: detect scores above wordpress.
 */

const UNIT = '.wpd-comment[id^="wpd-comm-"], .wc-comment[id^="wc-comm-"]';
const ID = /^(?:wpd|wc)-comm-(\d+)_(\d+)$/;

export const wpdiscuzAdapter: Adapter = {
  name: 'wpdiscuz',
  detect: (doc) => (qs(doc, '.wpd-comment[id^="wpd-comm-"] .wpd-comment-text, .wc-comment[id^="wc-comm-"] .wc-comment-text') ? 0.97 : 0),
  extract(doc, ctx) {
    const units = qsa(doc, UNIT).filter((u) => ID.test(u.id) && !u.closest('form'));
    if (!units.length) return null;
    const set = new Set(units);
    const ids = new Map(units.map((u) => [u, (ID.exec(u.id) as RegExpExecArray)[1]]));
    const byId = new Map(units.map((u) => [ids.get(u) as string, u]));
    const depthOf = new Map<Element, number>();
    const out: CommentRecord[] = [];
    for (const u of units) {
      if (enough(ctx, out.length)) break;
      const stated = (ID.exec(u.id) as RegExpExecArray)[2];
      let parent = stated !== '0' ? byId.get(stated) : undefined;
      // A parent not on this page (paginated, or only nested): the block that holds this one.
      if (stated !== '0' && !parent) for (let e = u.parentElement; e && !parent; e = e.parentElement) if (set.has(e)) parent = e;
      const depth = parent ? (depthOf.get(parent) ?? 0) + 1 : 0;
      depthOf.set(u, depth);
      out.push(record(u, ids.get(u) as string, parent ? (ids.get(parent) ?? null) : null, depth, set, ctx));
    }
    const count = Number(qs(doc, '.wpd-thread-info[data-comments-count]')?.getAttribute('data-comments-count') ?? NaN);
    return {
      comments: out,
      confidence: 0.95,
      announcedCount: Number.isFinite(count) ? count : undefined,
      closed: qs(doc, '#wpdcom.wpd-comments-closed') ? true : undefined,
    };
  },
};

function record(u: Element, id: string, parentId: string | null, depth: number, set: Set<Element>, ctx: ExtractContext): CommentRecord {
  // This block's own field: the first match whose nearest comment block is this one.
  const own = (sel: string) => qsa(u, sel).find((el) => nearestUnit(el, set) === u) ?? null;
  const user = own('.wpd-comment-author, .wc-comment-author');
  const link = user?.querySelector('a[href]') ?? null;
  const when = own('.wpd-comment-date, .wc-comment-date');
  const timeText = clean(when?.getAttribute('title')) || clean(when?.textContent);
  const body = own('.wpd-comment-text, .wc-comment-text');
  const paragraphs = body ? paragraphsOf(body) : [];
  const clip = own('[data-wpd-clipboard]')?.getAttribute('data-wpd-clipboard');
  return {
    id,
    parentId,
    author: clean(user?.textContent),
    authorUrl: link ? absoluteUrl(link.getAttribute('href'), ctx.url) : null,
    time: parseDateText(timeText),
    timeText: timeText || undefined,
    text: paragraphs.join('\n\n'),
    paragraphs,
    links: body ? linksOf(body, ctx.url) : [],
    permalink: absoluteUrl(clip || `#comment-${id}`, ctx.url),
    depth,
    kind: kindOf(u, own),
    anchor: anchorOf(u),
  };
}

function nearestUnit(el: Element, set: Set<Element>): Element | null {
  for (let e = el.parentElement; e; e = e.parentElement) if (set.has(e)) return e;
  return null;
}

function kindOf(u: Element, own: (sel: string) => Element | null): CommentKind {
  if (u.classList.contains('pingback')) return 'pingback';
  if (u.classList.contains('trackback')) return 'trackback';
  // Versions 2-5 mark a pingback or trackback only by the plugin's trackback avatar.
  return own('img[alt="trackback"]') ? 'pingback' : 'comment';
}
