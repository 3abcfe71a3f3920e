import { qs, qsa } from '../page-index';
import type { CommentRecord } from '../../core/types';
import type { Adapter } from '../types';
import { absoluteUrl, anchorOf, clean, linksOf, paragraphsOf } from '../dom-utils';
import { parseDateText } from './wordpress-date';
import { enough } from '../enough';

/**
 * LiveJournal comment threads: a flat run of thread rows whose level class
 * (`mdspost-thread--level-N` in the 2018 layout, `b-tree-twig-N` in the S2
 * "b-leaf" layout) gives the depth; the parent is the last row one level up.
 * Collapsed comments keep their author but show no text.
 */

const LAYOUTS = [
  { row: '.mdspost-thread', level: /mdspost-thread--level-(\d+)/, item: 'article.mdspost-comment', user: '.mdspost-comment-username a.i-ljuser-username, .mdspost-comment-username', time: '.mdspost-comment-time--ctime', body: '.mdspost-comment__body' },
  { row: '.b-tree-twig', level: /b-tree-twig-(\d+)/, item: '.b-leaf', user: '.b-leaf-username-name, .b-leaf-username', time: '.b-leaf-createdtime', body: '.b-leaf-article' },
];

export const livejournalAdapter: Adapter = {
  name: 'livejournal',
  detect(doc) {
    return LAYOUTS.some((l) => qs(doc, `${l.row} ${l.item}`)) ? 0.9 : 0;
  },
  extract(doc, ctx) {
    const layout = LAYOUTS.find((l) => qs(doc, `${l.row} ${l.item}`));
    if (!layout) return null;
    const stack: string[] = [];
    const out: CommentRecord[] = [];
    for (const row of Array.from(qsa(doc, layout.row))) {
      if (enough(ctx, out.length)) break;
      const item = qs(row, layout.item);
      // "28 more comments from …" is a placeholder for a folded branch, not a comment.
      if (!item || item.matches('.mdspost-comment--seemore, .b-leaf-seemore')) continue;
      const depth = Math.max(0, Number(layout.level.exec(row.className)?.[1] ?? 1) - 1);
      stack.length = Math.min(stack.length, depth);
      const id = item.id || row.getAttribute('data-tid') || `lj-${out.length + 1}`;
      const parentId = depth > 0 ? (stack[depth - 1] ?? null) : null;
      stack[depth] = id;
      const user = pick(item, layout.user);
      const when = qs(item, layout.time);
      const body = qs(item, layout.body);
      const paragraphs = body ? paragraphsOf(body) : [];
      const timeText = clean(when?.textContent);
      out.push({
        id,
        parentId,
        author: clean(user?.textContent) || item.getAttribute('data-username') || '',
        authorUrl: user?.matches('a') ? absoluteUrl(user.getAttribute('href'), ctx.url) : null,
        time: ljTime(timeText),
        timeText: timeText || undefined,
        text: paragraphs.join('\n\n'),
        paragraphs,
        links: body ? linksOf(body, ctx.url) : [],
        permalink: when?.matches('a[href]') ? absoluteUrl(when.getAttribute('href'), ctx.url) : null,
        depth,
        kind: 'comment',
        anchor: anchorOf(item),
      });
    }
    return out.length ? { comments: out, confidence: 0.9 } : null;
  },
};

function pick(root: Element, sels: string): Element | null {
  for (const sel of sels.split(', ')) {
    const el = qs(root, sel);
    if (el) return el;
  }
  return null;
}

/** "April 12 2018, 04:34:23 UTC" (LiveJournal prints UTC). */
function ljTime(text: string): string | null {
  const local = parseDateText(text.replace(/(\p{L}+) (\d{1,2}) (\d{4})/u, '$1 $2, $3'));
  if (!local) return null;
  return /\butc\b/i.test(text) && local.includes('T') ? `${local}Z` : local;
}
