import { qs, qsa } from '../page-index';
import type { CommentRecord } from '../../core/types';
import type { Adapter, ExtractContext } from '../types';
import { absoluteUrl, anchorOf, clean, linksOf, nestingOf, paragraphsOf, toIso } from '../dom-utils';
import { enough } from '../enough';

/**
 * Habr (habr.com, also Geektimes): comments as nested lists. The current markup nests
 * `section.tm-comment-thread` (own part `article.tm-comment-thread__comment`, replies in
 * `.tm-comment-thread__children`); the 2017-2021 markup nests `li.content-list__item_comment`
 * (own part `div.comment#comment_ID`, replies in `ul.content-list_nested-comments`). The
 * parent is the nearest thread item above.
 */

interface Layout { item: string; own: string; user: string; time: string; body: string; link: string }

const LAYOUTS: Layout[] = [
  { item: 'section.tm-comment-thread', own: ':scope > article.tm-comment-thread__comment', user: '.tm-user-info__username', time: 'time', body: '.tm-comment__body-content', link: 'a.tm-comment-thread__comment-link' },
  { item: 'li.content-list__item_comment', own: ':scope > div.comment', user: '.user-info__nickname', time: 'time, .comment__date-time', body: '.comment__message', link: 'a.icon_comment-anchor' },
];

export const habrAdapter: Adapter = {
  name: 'habr',
  detect: (doc) => (layoutOf(doc) ? 0.9 : 0),
  extract(doc, ctx) {
    const layout = layoutOf(doc);
    if (!layout) return null;
    const items = qsa(doc, layout.item).filter((it) => qs(it, layout.own) && !it.closest('form'));
    const set = new Set(items);
    const ids = new Map(items.map((it, i) => [it, idOf(qs(it, layout.own) as Element) ?? `habr-${i + 1}`]));
    const out: CommentRecord[] = [];
    for (const it of items) {
      if (enough(ctx, out.length)) break;
      const { parent, depth } = nestingOf(it, set);
      out.push(record(qs(it, layout.own) as Element, layout, ids.get(it) as string, parent ? (ids.get(parent) ?? null) : null, depth, ctx));
    }
    const count = Number(clean(qs(doc, '.tm-comments-wrapper__comments-count, #comments_count, .comments-section__head-counter')?.textContent) || NaN);
    return out.length ? { comments: out, confidence: 0.9, announcedCount: Number.isFinite(count) ? count : undefined } : null;
  },
};

function layoutOf(doc: Document): Layout | null {
  return LAYOUTS.find((l) => qs(doc, `${l.item} ${l.body}`)) ?? null;
}

/** comment_123 from the own part's target anchor, its id, or its data-comment-body. */
function idOf(own: Element): string | null {
  const raw = qs(own, 'a.tm-comment-thread__target[name]')?.getAttribute('name') || own.id || qs(own, '[data-comment-body]')?.getAttribute('data-comment-body') || '';
  return /(\d+)$/.exec(raw)?.[1] ?? null;
}

function record(own: Element, l: Layout, id: string, parentId: string | null, depth: number, ctx: ExtractContext): CommentRecord {
  const user = qs(own, l.user);
  const userLink = user?.closest('a[href]') ?? null;
  const when = qs(own, l.time);
  const timeText = clean(when?.getAttribute('title')) || clean(when?.textContent);
  const body = qs(own, l.body);
  const paragraphs = body ? paragraphsOf(body) : [];
  const link = qs(own, l.link);
  return {
    id,
    parentId,
    // A removed comment keeps its place in the tree, without author or text ("НЛО прилетело…").
    author: clean(user?.textContent),
    authorUrl: userLink ? absoluteUrl(userLink.getAttribute('href'), ctx.url) : null,
    time: toIso(when?.getAttribute('datetime')) ?? habrTime(timeText),
    timeText: timeText || undefined,
    text: paragraphs.join('\n\n'),
    paragraphs,
    links: body ? linksOf(body, ctx.url) : [],
    permalink: absoluteUrl(link?.getAttribute('href') ?? `#comment_${id}`, ctx.url),
    depth,
    kind: 'comment',
    anchor: anchorOf(own) ?? (qs(own, 'a.tm-comment-thread__target[name]') ? `[name="comment_${id}"]` : null),
  };
}

/** "22.04.18 в 23:19" (Moscow time, shown without a zone): local ISO, or null. */
function habrTime(text: string): string | null {
  const m = /(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})\D+(\d{1,2}):(\d{2})/.exec(text);
  if (!m) return null;
  const y = m[3].length === 2 ? `20${m[3]}` : m[3];
  const p = (s: string) => s.padStart(2, '0');
  return `${y}-${p(m[2])}-${p(m[1])}T${p(m[4])}:${m[5]}:00`;
}
