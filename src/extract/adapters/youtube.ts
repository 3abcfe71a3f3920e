import { qs, qsa } from '../page-index';
import { notes as NOTE } from '../../core/notes';
import type { CommentRecord } from '../../core/types';
import type { Adapter, ExtractContext } from '../types';
import { absoluteUrl, clean, linksOf } from '../dom-utils';
import { countIn } from '../announced';
import { enough } from '../enough';

/**
 * YouTube watch-page comments as the app renders them: each
 * `ytd-comment-thread-renderer` holds its comment (`ytd-comment-view-model`,
 * `ytd-comment-renderer` before 2024) and the replies loaded under
 * `ytd-comment-replies-renderer [id="contents"]`; one level of replies. Dates are
 * only relative ("3 months ago"), so `time` stays null. Every comment element
 * has the same `id="comment"` or none, so the anchor names the comment by its
 * `lc=` link. Ids repeat in every comment, so they are matched as attributes
 * (`[id="content-text"]`): jsdom answers `#id` below an element from the
 * document's first element with that id.
 */

const COMMENT = ['ytd-comment-view-model', 'ytd-comment-renderer'];
const TOP = COMMENT.map((t) => `:scope > ${t}`).join(', ');
const REPLIES = COMMENT.map((t) => `ytd-comment-replies-renderer [id="contents"] > ${t}`).join(', ');

export const youtubeAdapter: Adapter = {
  name: 'youtube',
  detect(doc) {
    return qs(doc, 'ytd-comment-thread-renderer [id="content-text"]') ? 0.95 : 0;
  },
  extract(doc, ctx) {
    const out: CommentRecord[] = [];
    for (const thread of qsa(doc, 'ytd-comment-thread-renderer')) {
      if (enough(ctx, out.length)) break;
      const top = thread.querySelector(TOP);
      const parent = top ? record(top, null, out.length, ctx) : null;
      if (!parent) continue;
      out.push(parent);
      for (const r of qsa(thread, REPLIES)) {
        const reply = record(r, parent.id, out.length, ctx);
        if (reply) out.push(reply);
      }
    }
    if (!out.length) return null;
    const count = qs(doc, 'ytd-comments-header-renderer [id="count"]');
    const folded = qsa(doc, 'ytd-comment-replies-renderer [id="more-replies"]:not([hidden]), ytd-comment-replies-renderer ytd-continuation-item-renderer').length;
    return {
      comments: out,
      confidence: 0.95,
      announcedCount: count ? countIn(count.textContent ?? '') : undefined,
      notes: folded ? [NOTE.folded('YouTube', folded, 'Show more replies')] : [],
    };
  },
};

function record(el: Element, parentId: string | null, n: number, ctx: ExtractContext): CommentRecord | null {
  const body = qs(el, '[id="content-text"]');
  if (!body) return null;
  const who = qs(el, '[id="author-text"]');
  const when = qs(el, '[id="published-time-text"] a[href]') ?? qs(el, '[id="published-time-text"]');
  const href = when?.getAttribute('href') ?? null;
  const permalink = absoluteUrl(href, ctx.url);
  const lc = permalink ? new URL(permalink).searchParams.get('lc') : null;
  const safe = lc && /^[\w.-]+$/.test(lc) ? lc : null;
  const paragraphs = linesOf(body);
  return {
    id: safe ?? `yt-${n + 1}`,
    parentId,
    author: clean(who?.textContent),
    authorUrl: who ? absoluteUrl(who.getAttribute('href'), ctx.url) : null,
    time: null,
    timeText: clean(when?.textContent) || undefined,
    text: paragraphs.join('\n\n'),
    paragraphs,
    links: linksOf(body, ctx.url),
    permalink,
    depth: parentId ? 1 : 0,
    kind: 'comment',
    anchor: safe ? `${el.localName}:has([id="published-time-text"] a[href$="lc=${safe}"])` : null,
  };
}

/** The text as shown: YouTube keeps the writer's line breaks (white-space: pre-wrap), blank lines part paragraphs. */
function linesOf(body: Element): string[] {
  return (body.textContent ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.split('\n').map(clean).filter(Boolean).join('\n'))
    .filter(Boolean);
}
