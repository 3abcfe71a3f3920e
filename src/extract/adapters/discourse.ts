import { qs, qsa } from '../page-index';
import type { CommentRecord } from '../../core/types';
import type { Adapter, ExtractContext } from '../types';
import { absoluteUrl, clean, linksOf, paragraphsOf, timeOf, toIso } from '../dom-utils';
import { enough } from '../enough';

/**
 * Discourse topics in both views: the Ember app (`article.boxed#post_N
 * [data-post-id]` with `.cooked`) and the server-rendered crawler view
 * (`div#post_N.crawler-post` with `div.post[itemprop=text]`). Post 1 is the
 * topic itself, not a comment. Posts form a flat list; a parent is set only
 * where the page states it: the reply-to tab opened (its `.embedded-posts.top`
 * shows the post replied to) or a `data-reply-to-post-number`. The tab alone
 * names a user, not a post, and is not guessed into one.
 */

const APP = 'article.boxed[data-post-id]';
const CRAWLER = 'div.crawler-post[id^="post_"]';

interface View {
  author: string;
  time: string;
  body: string;
}
const APP_VIEW: View = { author: '.topic-meta-data .names .username a, .topic-meta-data .names a', time: '.post-infos .relative-date, .post-date [data-time]', body: '.regular .cooked, .cooked' };
const CRAWLER_VIEW: View = { author: '.creator [itemprop="name"], [itemprop="author"], .creator', time: 'time[datetime]', body: 'div.post[itemprop], .post' };

export const discourseAdapter: Adapter = {
  name: 'discourse',
  detect(doc) {
    if (qs(doc, `${APP} .cooked`)) return 0.95;
    return qs(doc, `${CRAWLER} .crawler-post-meta`) ? 0.95 : 0;
  },
  extract(doc, ctx) {
    const app = qs(doc, `${APP} .cooked`) !== null;
    const posts = qsa(doc, app ? APP : CRAWLER);
    const comments = read(posts, app ? APP_VIEW : CRAWLER_VIEW, topicUrl(doc), ctx);
    if (!comments.length) return null;
    return { comments, confidence: 0.95, closed: app ? closed(doc) : undefined };
  },
};

function read(posts: Element[], v: View, topic: string | null, ctx: ExtractContext): CommentRecord[] {
  const byPostId = new Map<string, string>();
  const byNumber = new Map<number, string>();
  const out: CommentRecord[] = [];
  for (const el of posts) {
    if (enough(ctx, out.length)) break;
    const n = Number(/^post_(\d+)$/.exec(el.id)?.[1] ?? el.closest('[data-post-number]')?.getAttribute('data-post-number') ?? NaN);
    // The opening post is the topic, read as the article; a reply to it is a top-level comment.
    if (n === 1) continue;
    const id = el.id || `post_${out.length + 2}`;
    const own = (sel: string) => firstOutside(el, sel);
    const body = own(v.body);
    if (!body) continue;
    const who = own(v.author);
    const when = own(v.time);
    const link = who?.closest('a[href]') ?? who?.querySelector('a[href]');
    const parentId = statedParent(el, byPostId, byNumber);
    const paragraphs = paragraphsOf(body, (e) => e.matches('.quote-controls'));
    const dateLink = when?.closest('a[href]');
    const postId = el.getAttribute('data-post-id');
    if (postId) byPostId.set(postId, id);
    if (Number.isFinite(n)) byNumber.set(n, id);
    out.push({
      id,
      parentId,
      author: clean(who?.textContent),
      authorUrl: link ? absoluteUrl(link.getAttribute('href'), ctx.url) : null,
      time: toIso(when?.getAttribute('datetime') ?? when?.getAttribute('data-time')) ?? timeOf(when),
      timeText: clean(when?.getAttribute('title') || when?.textContent) || undefined,
      text: paragraphs.join('\n\n'),
      paragraphs,
      links: linksOf(body, ctx.url),
      permalink: dateLink ? absoluteUrl(dateLink.getAttribute('href'), ctx.url) : topic && Number.isFinite(n) ? `${topic}/${n}` : null,
      depth: parentId ? 1 : 0,
      kind: 'comment',
      anchor: el.id ? `#${el.id}` : null,
    });
  }
  // Depth from the parents stated (a reply to a reply sits two levels down).
  const depth = new Map<string, number>();
  for (const c of out) {
    c.depth = c.parentId ? (depth.get(c.parentId) ?? 0) + 1 : 0;
    depth.set(c.id, c.depth);
  }
  return out;
}

/** The first `sel` in `post` outside the copy of a parent post that the reply-to tab opens. */
function firstOutside(post: Element, sel: string): Element | null {
  for (const el of qsa(post, sel)) if (!el.closest('.embedded-posts')) return el;
  return null;
}

function statedParent(post: Element, byPostId: Map<string, string>, byNumber: Map<number, string>): string | null {
  const num = Number(post.closest('[data-reply-to-post-number]')?.getAttribute('data-reply-to-post-number') ?? NaN);
  if (num > 1) return byNumber.get(num) ?? null;
  // The reply history above a post: the last one shown is the post it answers.
  const above = qsa(post, '.embedded-posts.top [data-post-id]');
  const last = above[above.length - 1]?.getAttribute('data-post-id');
  return last ? (byPostId.get(last) ?? null) : null;
}

/** The topic's address (`…/t/slug/123`), for the crawler view's post links. */
function topicUrl(doc: Document): string | null {
  const href = qs(doc, 'link[rel="canonical"]')?.getAttribute('href') ?? '';
  return /^https?:\/\/[^?#]+\/t\/[^/?#]+\/\d+/.exec(href)?.[0] ?? null;
}

/** The lock in the title, or the last open/close notice of the stream being a close. */
function closed(doc: Document): boolean {
  if (qs(doc, '#topic-title .topic-statuses .d-icon-lock')) return true;
  const notices = qsa(doc, 'article.small-action .d-icon-lock, article.small-action .d-icon-unlock');
  return notices.length > 0 && notices[notices.length - 1].matches('.d-icon-lock');
}
