import { qs, qsa } from '../page-index';
import type { CommentRecord } from '../../core/types';
import type { Adapter } from '../types';
import { absoluteUrl, anchorOf, clean, linksOf, paragraphsOf } from '../dom-utils';
import { enough } from '../enough';

/**
 * d3.ru (and leprosorium.ru, same engine): each comment is a
 * `div.b-comment__comment[data-comment-tag]` whose own block (`.b-comment__body`)
 * is followed by the blocks of its replies.
 */

const ITEM = 'div.b-comment__comment[data-comment-tag]';

export const d3ruAdapter: Adapter = {
  name: 'd3ru',
  detect: (doc) => (qs(doc, `${ITEM} .b-comment__content-cell`) ? 0.9 : 0),
  extract(doc, ctx) {
    const out: CommentRecord[] = [];
    for (const c of Array.from(qsa(doc, ITEM))) {
      if (enough(ctx, out.length)) break;
      let parent: Element | null = null;
      let depth = 0;
      for (let e = c.parentElement?.closest(ITEM); e; e = e.parentElement?.closest(ITEM)) {
        parent ??= e;
        depth++;
      }
      const own = Array.from(c.children).find((ch) => ch.matches('.b-comment__body')) ?? c;
      const body = qs(own, '.b-comment__content-cell');
      const footer = qs(own, '.b-comment__footer');
      const user = footer?.querySelector('a[href*="/user/"]') ?? null;
      const when = footer?.querySelector('[class*="date"], time');
      const paragraphs = body ? paragraphsOf(body) : [];
      out.push({
        id: c.getAttribute('data-comment-tag') as string,
        parentId: parent?.getAttribute('data-comment-tag') ?? null,
        author: clean(qs(own, '.b-comment__fold-user-login')?.textContent ?? user?.textContent),
        authorUrl: user ? absoluteUrl(user.getAttribute('href'), ctx.url) : null,
        time: null,
        timeText: clean(when?.textContent) || undefined,
        text: paragraphs.join('\n\n'),
        paragraphs,
        links: body ? linksOf(body, ctx.url) : [],
        permalink: null,
        depth,
        kind: 'comment',
        anchor: anchorOf(c),
      });
    }
    return out.length ? { comments: out, confidence: 0.9 } : null;
  },
};
