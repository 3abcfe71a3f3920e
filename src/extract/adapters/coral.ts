import { notes as NOTE } from '../../core/notes';
import type { CommentRecord } from '../../core/types';
import type { Adapter } from '../types';
import { anchorOf, clean, linksOf, paragraphsOf, timeOf } from '../dom-utils';
import { queryRoots, SHADOW_HOSTS, shadowRootsOf, unreadNote } from '../shadow';
import { enough } from '../enough';

/**
 * Coral Talk (The Coral Project, Vox Media): the stream is drawn in an open shadow
 * root under `#coral_thread` / `#coral-shadow-container`. Class names are Coral's
 * stable theming hooks (talk: src/core/client/stream/classes.ts): each comment is a
 * `.coral-comment` (`data-testid` / `id` "comment-<id>"); a comment's replies sit in
 * `#coral-comments-replyList-log--<parent id>` beside it, so the parent is the id the
 * nearest reply list names, and the depth the number of reply lists around it.
 */

const ITEM = '.coral-comment';
const REPLY_LIST = '[id^="coral-comments-replyList-log--"]';
const LIST_PREFIX = 'coral-comments-replyList-log--';
const LOAD_MORE = '.coral-loadMoreButton, .coral-allComments-loadMoreButton';
const FOLDED = '.coral-replyList-showAllButton, .coral-comment-readMoreOfConveration';

const roots = (doc: Document) => shadowRootsOf(doc, SHADOW_HOSTS.coral);

const idOf = (el: Element): string | null => {
  for (const v of [el.getAttribute('data-testid'), el.getAttribute('id')]) {
    const m = v ? /^comment-(.+)$/.exec(v) : null;
    if (m) return m[1];
  }
  return null;
};

/** The comment's own element matching `sel`, not one of a comment nested in it. */
const own = (c: Element, sel: string): Element | null =>
  Array.from(c.querySelectorAll(sel)).find((e) => e.parentElement?.closest(ITEM) === c) ?? null;

function permalinkOf(url: string, id: string): string | null {
  // Coral's share button gives the story URL with ?commentID=<id> (getURLWithCommentID).
  try {
    const u = new URL(url);
    u.hash = '';
    u.searchParams.set('commentID', id);
    return u.href;
  } catch {
    return null;
  }
}

export const coralAdapter: Adapter = {
  name: 'coral',
  detect: (doc) => (queryRoots(roots(doc).roots, ITEM).length ? 0.95 : 0),
  extract(doc, ctx) {
    const scan = roots(doc);
    const out: CommentRecord[] = [];
    for (const c of queryRoots(scan.roots, ITEM)) {
      if (enough(ctx, out.length)) break;
      const id = idOf(c);
      if (!id) continue;
      const lists: Element[] = [];
      for (let l = c.parentElement?.closest(REPLY_LIST); l; l = l.parentElement?.closest(REPLY_LIST)) lists.push(l);
      const indent = /\bcoral-indent-(\d+)\b/.exec(own(c, '[class*="coral-indent-"]')?.getAttribute('class') ?? '');
      const body = own(c, '.coral-comment-content');
      const paragraphs = body ? paragraphsOf(body) : [];
      const stamp = own(c, '.coral-comment-timestamp');
      out.push({
        id,
        parentId: lists.length ? lists[0].id.slice(LIST_PREFIX.length) || null : null,
        author: clean(own(c, '.coral-comment-username')?.textContent),
        authorUrl: null,
        time: timeOf(stamp?.matches('time') ? stamp : (stamp?.querySelector('time') ?? stamp ?? null)),
        timeText: clean(stamp?.textContent) || undefined,
        text: paragraphs.join('\n\n'),
        paragraphs,
        links: body ? linksOf(body, ctx.url) : [],
        permalink: permalinkOf(ctx.url, id),
        depth: lists.length || (indent ? Number(indent[1]) : 0),
        kind: 'comment',
        // A selector that resolves inside the shadow root, not from the document (see shadow.ts).
        anchor: anchorOf(c),
      });
    }
    if (!out.length) return null;
    const notes: string[] = [];
    const more = queryRoots(scan.roots, LOAD_MORE).length;
    const folded = queryRoots(scan.roots, FOLDED).length;
    if (more) notes.push(NOTE.loadMore('Coral', 'Load more'));
    if (folded) notes.push(NOTE.folded('Coral', folded, 'Show all replies'));
    const unread = unreadNote('Coral', scan.unread.length);
    if (unread) notes.push(unread);
    return {
      comments: out,
      confidence: 0.95,
      announcedCount: countOf(scan.roots),
      closed: queryRoots(scan.roots, '.coral-createComment-closed, .coral-closedSitewide').length > 0 || undefined,
      notes,
    };
  },
};

/** The count on Coral's comments tab (`.coral-counter`), else null. */
function countOf(rs: ShadowRoot[]): number | null {
  const counters = queryRoots(rs, '.coral-tabBar-comments .coral-counter, .coral-tabBarComments-allComments .coral-counter, .coral-counter');
  const m = /\d[\d\s\u00a0\u202f.,]*/.exec(clean(counters[0]?.textContent));
  return m ? Number(m[0].replace(/\D/g, '')) : null;
}
