import { qs, qsa } from '../page-index';
import type { CommentRecord } from '../../core/types';
import type { Adapter, ExtractContext } from '../types';
import { absoluteUrl, anchorOf, clean, linksOf, ownPart, paragraphsOf, toIso } from '../dom-utils';
import { countIn } from '../announced';
import { parseDateText } from './wordpress-date';
import { enough } from '../enough';

/**
 * Disqus threads, read where the markup is: the document inside the embed
 * frame (disqus.com/embed/comments: `#post-list > li.post`, replies in the
 * parent's `ul.children`), the same markup saved into a page's
 * `#disqus_thread`, and the older WordPress plugin's copy of the thread
 * (`#dsq-comments > li#dsq-comment-N`, `ul.children` sometimes left beside the
 * parent rather than inside it). The parent is the enclosing comment, never guessed.
 */

interface Layout {
  item: string;
  /** The block holding the byline and the message (null: the item itself, whose own parts come before its replies). */
  content: string | null;
  author: string;
  body: string;
  time: string | null;
}

const EMBED: Layout = {
  item: '#post-list li.post, #disqus_thread li.post, #posts li.post',
  content: '.post-content',
  author: '.post-byline .author a, .post-byline .author, span.author',
  body: '.post-message',
  time: '.post-meta a.time-ago, a.time-ago',
};
const LEGACY: Layout = {
  item: '#dsq-comments li[id^="dsq-comment-"]',
  content: null,
  author: '[id^="dsq-author-user-"], .dsq-comment-header cite',
  body: '.dsq-comment-message',
  time: null,
};

const embedded = (doc: Document) => qs(doc, '#post-list li.post .post-message, #disqus_thread li.post .post-message, #posts li.post .post-message');

export const disqusAdapter: Adapter = {
  name: 'disqus',
  detect(doc) {
    if (embedded(doc)) return 0.95;
    return qs(doc, '#dsq-comments li .dsq-comment-message') ? 0.9 : 0;
  },
  extract(doc, ctx) {
    const embed = embedded(doc) !== null;
    const comments = read(doc, embed ? EMBED : LEGACY, ctx);
    if (!comments.length) return null;
    const count = embed ? qs(doc, '#main-nav .comment-count, .comment-count') : null;
    return { comments, confidence: 0.95, announcedCount: count ? countIn(count.textContent ?? '') : undefined };
  },
};

function read(doc: Document, l: Layout, ctx: ExtractContext): CommentRecord[] {
  const items = qsa(doc, l.item);
  const isItem = new Set(items);
  const depthOf = new Map<Element, number>();
  const out: CommentRecord[] = [];
  for (const li of items) {
    if (enough(ctx, out.length)) break;
    // The comment's own part: the first matching block that is not inside a reply.
    const sel = l.content;
    const own = sel ? (Array.from(li.children).find((c) => c.matches(sel)) ?? ownPart(li, sel, isItem)) : li;
    const parent = parentOf(li, isItem);
    const parentKept = parent && depthOf.has(parent) ? parent : null;
    const body = own ? qs(own, l.body) : null;
    // A deleted comment stays only as the parent of the replies below it.
    if (!body && !qs(li, l.body)) continue;
    const depth = parentKept ? (depthOf.get(parentKept) ?? 0) + 1 : 0;
    depthOf.set(li, depth);
    const who = own ? pickAuthor(own, l.author) : null;
    const when = l.time && own ? qs(own, l.time) : null;
    const title = when?.getAttribute('title') ?? '';
    const paragraphs = body ? paragraphsOf(body) : [];
    const link = who?.closest('a[href]') ?? who?.querySelector('a[href]');
    // The plugin's copy prints a commenter's site as text before the name.
    const textUrl = /^https?:\/\/\S+/.exec(clean(who?.closest('cite')?.textContent))?.[0] ?? null;
    out.push({
      id: li.id || `disqus-${out.length + 1}`,
      parentId: parentKept ? parentKept.id || null : null,
      author: body ? clean(who?.textContent) : '',
      authorUrl: link ? absoluteUrl(link.getAttribute('href'), ctx.url) : textUrl,
      time: disqusTime(title),
      timeText: clean(when?.textContent) || undefined,
      text: paragraphs.join('\n\n'),
      paragraphs,
      links: body ? linksOf(body, ctx.url) : [],
      permalink: when ? absoluteUrl(when.getAttribute('href'), ctx.url) : null,
      depth,
      kind: 'comment',
      anchor: anchorOf(li),
    });
  }
  return out;
}

/** The span naming the user, else the byline. */
function pickAuthor(root: Element, sels: string): Element | null {
  for (const sel of sels.split(', ')) {
    const el = qs(root, sel);
    if (el) return el;
  }
  return null;
}

/**
 * The comment holding `li`: the `li` around its `ul.children`, or, where the
 * plugin closed the parent before opening its replies, the comment just before that list.
 */
function parentOf(li: Element, isItem: Set<Element>): Element | null {
  const list = li.parentElement;
  if (!list?.matches('ul.children')) return null;
  if (list.parentElement && isItem.has(list.parentElement)) return list.parentElement;
  for (let s = list.previousElementSibling; s; s = s.previousElementSibling) if (isItem.has(s)) return s;
  return null;
}

/** "Tuesday, March 3, 2020 10:45 AM" / "Friday, February 7 2014 8:54 PM": the reader's local time. */
function disqusTime(title: string): string | null {
  const s = title.replace(/^\p{L}+,\s*/u, '').replace(/(\p{L}+) (\d{1,2}) (\d{4})/u, '$1 $2, $3');
  return parseDateText(s) ?? toIso(title);
}
