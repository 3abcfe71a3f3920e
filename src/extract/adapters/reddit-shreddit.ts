import { qs, qsa } from '../page-index';
import type { CommentRecord } from '../../core/types';
import type { ExtractContext } from '../types';
import { absoluteUrl, anchorOf, clean, linksOf, nestingOf, ownPart, paragraphsOf, toIso } from '../dom-utils';
import { enough } from '../enough';

/**
 * Reddit since 2023 ("shreddit"): each comment is a `<shreddit-comment>` custom element whose
 * attributes state what the page shows (`author`, `thingid`, `depth`, `permalink`, `created`,
 * `parentid`); its text is the `[slot="comment"]` block (`#<thingid>-comment-rtjson-content`),
 * and its replies are nested `<shreddit-comment>` elements. The thread's size is on the post
 * (`shreddit-post[comment-count]`) or the tree (`shreddit-comment-tree[totalcomments]`).
 */
export const SHREDDIT = 'shreddit-comment';

export function shredditComments(doc: Document, ctx: ExtractContext): CommentRecord[] {
  const out: CommentRecord[] = [];
  const els = qsa(doc, `${SHREDDIT}[thingid], ${SHREDDIT}[author]`);
  const set = new Set(els);
  for (const [i, c] of els.entries()) {
    if (enough(ctx, out.length)) break;
    const id = c.getAttribute('thingid') || `reddit-${i + 1}`;
    const nesting = nestingOf(c, set);
    const stated = c.getAttribute('parentid');
    const parentId = nesting.parent ? nesting.parent.getAttribute('thingid') : stated?.startsWith('t1_') ? stated : null;
    const body = ownPart(c, '[slot="comment"]', set) ?? ownPart(c, `[id="${id}-comment-rtjson-content"]`, set);
    const meta = ownPart(c, '[slot="commentMeta"]', set);
    const stamp = meta ? qs(meta, 'faceplate-timeago, time') : null;
    const author = c.getAttribute('author') ?? '';
    const paragraphs = body ? paragraphsOf(body) : [];
    out.push({
      id,
      parentId,
      author,
      authorUrl: author && author !== '[deleted]' ? absoluteUrl(`/user/${encodeURIComponent(author)}/`, ctx.url) : null,
      time: toIso(c.getAttribute('created')) ?? toIso(stamp?.getAttribute('ts') ?? stamp?.getAttribute('datetime')),
      timeText: clean(stamp?.textContent) || undefined,
      text: paragraphs.join('\n\n'),
      paragraphs,
      links: body ? linksOf(body, ctx.url) : [],
      permalink: absoluteUrl(c.getAttribute('permalink'), ctx.url),
      depth: Number(c.getAttribute('depth')) || nesting.depth,
      kind: 'comment',
      anchor: c.getAttribute('thingid') ? `${SHREDDIT}[thingid="${id}"]` : anchorOf(c),
    });
  }
  return out;
}

/** The count the page announces: the post's `comment-count`, else the tree's `totalcomments`. */
export function shredditAnnounced(doc: Document): number | null {
  const raw = qs(doc, 'shreddit-post[comment-count]')?.getAttribute('comment-count') ?? qs(doc, 'shreddit-comment-tree[totalcomments]')?.getAttribute('totalcomments');
  const n = raw ? Number(raw) : NaN;
  return Number.isFinite(n) && n >= 0 ? n : null;
}
