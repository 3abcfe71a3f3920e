import { notes as NOTE } from '../../core/notes';
import type { CommentRecord } from '../../core/types';
import type { Adapter } from '../types';
import { absoluteUrl, anchorOf, clean, linksOf, paragraphsOf, timeOf } from '../dom-utils';
import { countIn } from '../announced';
import { queryRoots, SHADOW_HOSTS, shadowRootsOf, unreadNote } from '../shadow';
import { enough } from '../enough';

/**
 * OpenWeb (formerly Spot.IM) "Conversation": under `[data-spotim-module="conversation"]`
 * an element carries an open shadow root holding `ul.spcv_messages-list`. Each comment
 * is an `li` (aria-label "Comment", replies "Comment reply") whose message block has
 * `data-message-id` and whose replies are the `li`s of its `ul.spcv_children-list`: the
 * parent is the nearest `li` around it. Fields are marked `data-spot-im-class`
 * (`message-username`, `message-timestamp`, `message-text`), as OpenWeb's own test
 * page objects and scrapers address them.
 */

const LIST = 'ul.spcv_messages-list';
const TEXT = '[data-spot-im-class="message-text"]';
const USER = '[data-spot-im-class="message-username"], [data-spot-im-class="user-info-username"], .spcv_username';
const STAMP = '[data-spot-im-class="message-timestamp"], time, .spcv_posted-at';
const LOAD_MORE = '[data-spot-im-class="load-more-messages"], .spcv_loadMoreCommentsContainer';
const FOLDED = '.spcv_show-more-replies';
const COUNT = '[data-spot-im-class="comments-count"], [data-spotim-module="messages-count"], [data-spot-im-class="header-text"]';
/** Parts of a message that are not its text ("See more" toggles). */
const notText = (el: Element) => el.getAttribute('data-spot-im-class') === 'see-more';

const roots = (doc: Document) => shadowRootsOf(doc, SHADOW_HOSTS.openweb);
const items = (rs: ShadowRoot[]) => queryRoots(rs, `${LIST} li`).filter((li) => own(li, TEXT));

/** The comment's own element matching `sel`: not inside a reply's `li`. */
const own = (li: Element, sel: string): Element | null =>
  Array.from(li.querySelectorAll(sel)).find((e) => e.parentElement?.closest('li') === li) ?? null;

export const openwebAdapter: Adapter = {
  name: 'openweb',
  detect: (doc) => (items(roots(doc).roots).length ? 0.95 : 0),
  extract(doc, ctx) {
    const scan = roots(doc);
    const lis = items(scan.roots);
    const ids = new Map<Element, string>(lis.map((li, i) => [li, own(li, '[data-message-id]')?.getAttribute('data-message-id') || `openweb-${i + 1}`]));
    const out: CommentRecord[] = [];
    for (const li of lis) {
      if (enough(ctx, out.length)) break;
      let parent: Element | null = null;
      let depth = 0;
      for (let p = li.parentElement?.closest('li'); p && ids.has(p); p = p.parentElement?.closest('li')) {
        parent ??= p;
        depth++;
      }
      const body = own(li, TEXT) as Element;
      const paragraphs = paragraphsOf(body, notText);
      const stamp = own(li, STAMP);
      const user = own(li, USER);
      const message = own(li, '[data-message-id]') ?? li;
      out.push({
        id: ids.get(li) as string,
        parentId: parent ? (ids.get(parent) ?? null) : null,
        author: clean(user?.textContent),
        authorUrl: user?.matches('a[href]') ? absoluteUrl(user.getAttribute('href'), ctx.url) : null,
        time: timeOf(stamp),
        timeText: clean(stamp?.textContent) || undefined,
        text: paragraphs.join('\n\n'),
        paragraphs,
        links: linksOf(body, ctx.url, notText),
        // OpenWeb's share link is built by its script on click: none in the markup.
        permalink: null,
        depth,
        kind: 'comment',
        // A selector that resolves inside the shadow root, not from the document (see shadow.ts).
        anchor: anchorOf(message) ?? anchorOf(li),
      });
    }
    if (!out.length) return null;
    const notes: string[] = [];
    if (queryRoots(scan.roots, LOAD_MORE).length) notes.push(NOTE.loadMore('OpenWeb', 'Show more comments'));
    const folded = queryRoots(scan.roots, FOLDED).length;
    if (folded) notes.push(NOTE.folded('OpenWeb', folded, 'Show more replies'));
    const unread = unreadNote('OpenWeb', scan.unread.length);
    if (unread) notes.push(unread);
    return { comments: out, confidence: 0.95, announcedCount: countOf(scan.roots), notes };
  },
};

/** "42 Comments", "14 commentaires", or a bare number in the conversation's count element. */
function countOf(rs: ShadowRoot[]): number | null {
  for (const el of queryRoots(rs, COUNT)) {
    const t = clean(el.textContent);
    const n = /^\d[\d\s\u00a0\u202f.,]*$/.test(t) ? Number(t.replace(/\D/g, '')) : countIn(t);
    if (n !== null) return n;
  }
  return null;
}
