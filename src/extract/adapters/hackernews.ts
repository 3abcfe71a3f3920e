import { qs, qsa } from '../page-index';
import type { CommentRecord } from '../../core/types';
import type { Adapter } from '../types';
import { absoluteUrl, anchorOf, clean, linksOf, paragraphsOf, toIso } from '../dom-utils';
import { enough } from '../enough';

/**
 * Hacker News item pages: a flat table of `tr.athing.comtr` rows whose
 * indentation (`td.ind[indent]`, or the spacer image's width / 40 on older
 * pages) gives the depth; the parent is the last row one level up.
 */

const ROWS = 'tr.athing.comtr';

export const hackernewsAdapter: Adapter = {
  name: 'hackernews',
  detect(doc) {
    if (!qs(doc, `${ROWS} .comhead`)) return 0;
    return qs(doc, 'table.comment-tree, .hnuser') ? 0.95 : 0.8;
  },
  extract(doc, ctx) {
    const rows = qsa(doc, ROWS);
    const stack: string[] = [];
    const comments: CommentRecord[] = [];
    for (const [i, row] of rows.entries()) {
      if (enough(ctx, comments.length)) break;
      const depth = depthOf(row);
      stack.length = Math.min(stack.length, depth);
      const id = row.id || `hn-${i + 1}`;
      const parentId = depth > 0 ? (stack[depth - 1] ?? null) : null;
      stack[depth] = id;
      const body = qs(row, '.commtext') ?? qs(row, '.comment > span') ?? qs(row, '.comment');
      const skip = (el: Element) => el.hasAttribute('class') && el.matches('.reply, .comhead');
      const paragraphs = body ? paragraphsOf(body, skip) : [];
      const age = qs(row, '.age');
      const titled = age?.getAttribute('title')?.split(' ')[0] ?? '';
      const ageLink = age?.querySelector('a[href]');
      const user = qs(row, '.hnuser');
      comments.push({
        id,
        parentId,
        author: clean(user?.textContent),
        authorUrl: user ? absoluteUrl(user.getAttribute('href'), ctx.url) : null,
        time: toIso(/[zZ]|[+-]\d\d:?\d\d$/.test(titled) ? titled : titled ? `${titled}Z` : ''),
        timeText: clean(age?.textContent) || undefined,
        text: paragraphs.join('\n\n'),
        paragraphs,
        links: body ? linksOf(body, ctx.url, skip) : [],
        permalink: ageLink ? absoluteUrl(ageLink.getAttribute('href'), ctx.url) : null,
        depth,
        kind: 'comment',
        anchor: anchorOf(row),
      });
    }
    return comments.length ? { comments, confidence: 0.95 } : null;
  },
};

function depthOf(row: Element): number {
  const ind = qs(row, 'td.ind');
  const attr = ind?.getAttribute('indent');
  if (attr && /^\d+$/.test(attr)) return Number(attr);
  const w = Number(ind?.querySelector('img')?.getAttribute('width') ?? 0);
  return Number.isFinite(w) ? Math.round(w / 40) : 0;
}
