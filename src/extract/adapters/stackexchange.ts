import { qs, qsa } from '../page-index';
import type { CommentRecord } from '../../core/types';
import type { Adapter, ExtractContext } from '../types';
import { absoluteUrl, anchorOf, clean, linksOf, paragraphsOf, toIso } from '../dom-utils';
import { enough } from '../enough';

/**
 * Stack Exchange question pages (Stack Overflow and its sister sites). The
 * question is the article; each answer is a top-level entry, the comments under
 * an answer are its replies, and the comments under the question are top-level.
 */

export const stackexchangeAdapter: Adapter = {
  name: 'stackexchange',
  detect(doc) {
    const q = qs(doc, '#question, .question[data-questionid]');
    if (!q) return 0;
    return qs(doc, '.answer[data-answerid], li.comment.js-comment, .comment-copy') ? 0.95 : 0.6;
  },
  extract(doc, ctx) {
    const out: CommentRecord[] = [];
    const question = qs(doc, '#question, .question[data-questionid]');
    if (question) out.push(...commentsOf(question, null, ctx));
    for (const a of Array.from(qsa(doc, '.answer[data-answerid], #answers .answer'))) {
      if (enough(ctx, out.length)) break;
      const answer = answerOf(a, ctx);
      out.push(answer, ...commentsOf(a, answer.id, ctx));
    }
    return out.length ? { comments: out, confidence: 0.95 } : null;
  },
};

function answerOf(a: Element, ctx: ExtractContext): CommentRecord {
  const id = a.getAttribute('data-answerid') ?? a.id.replace(/^answer-/, '');
  const body = qs(a, '.js-post-body, [itemprop="text"], .post-text');
  const sigs = Array.from(qsa(a, '.post-signature')).filter((s) => s.closest('.answer') === a);
  const owner = sigs.find((s) => s.classList.contains('owner')) ?? sigs[sigs.length - 1];
  const user = first(owner, ['.user-details a[href*="/users/"]', '.user-details [itemprop="name"]', '.user-details']);
  const when = owner?.querySelector('.relativetime, .user-action-time span[title]');
  const paragraphs = body ? paragraphsOf(body) : [];
  return {
    id: `a${id}`,
    parentId: null,
    author: firstLine(user?.textContent),
    authorUrl: user?.matches('a') ? absoluteUrl(user.getAttribute('href'), ctx.url) : null,
    time: isoOf(when?.getAttribute('title')),
    timeText: clean(when?.textContent) || undefined,
    text: paragraphs.join('\n\n'),
    paragraphs,
    links: body ? linksOf(body, ctx.url) : [],
    permalink: absoluteUrl(qs(a, 'a.js-share-link')?.getAttribute('href') ?? `#answer-${id}`, ctx.url),
    depth: 0,
    kind: 'comment',
    anchor: anchorOf(a),
  };
}

function commentsOf(post: Element, parentId: string | null, ctx: ExtractContext): CommentRecord[] {
  const items = Array.from(qsa(post, 'li.comment, .comment[id^="comment-"]')).filter(
    (c) => c.closest('.answer, #question, .question') === post,
  );
  return items.map((c) => {
    const copy = qs(c, '.comment-copy');
    const user = qs(c, '.comment-user');
    const when = first(c, ['.comment-date [title]', '.relativetime-clean', '.comment-date']);
    const paragraphs = copy ? paragraphsOf(copy) : [];
    const id = c.getAttribute('data-comment-id') ?? c.id.replace(/^comment-/, '');
    return {
      id: `c${id}`,
      parentId,
      author: clean(user?.textContent),
      authorUrl: user?.matches('a') ? absoluteUrl(user.getAttribute('href'), ctx.url) : null,
      time: isoOf(when?.getAttribute('title')),
      timeText: clean(when?.textContent) || undefined,
      text: paragraphs.join('\n\n'),
      paragraphs,
      links: copy ? linksOf(copy, ctx.url) : [],
      permalink: absoluteUrl(`#comment${id}_${parentId ?? ''}`, ctx.url),
      depth: parentId ? 1 : 0,
      kind: 'comment' as const,
      anchor: anchorOf(c),
    };
  });
}

/** "2019-02-12 17:21:01Z, License: CC BY-SA 4.0" -> ISO. */
function isoOf(title: string | null | undefined): string | null {
  const m = /(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})Z?/.exec(title ?? '');
  return m ? toIso(`${m[1]}T${m[2]}Z`) : null;
}

/** The first selector that matches, in the order given (not document order). */
function first(root: Element | undefined, sels: string[]): Element | null {
  for (const sel of sels) {
    const el = root?.querySelector(sel);
    if (el) return el;
  }
  return null;
}

function firstLine(s: string | null | undefined): string {
  return clean((s ?? '').trim().split(/\n/)[0]);
}
