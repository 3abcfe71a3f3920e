import { qs, qsa } from '../page-index';
import type { CommentRecord } from '../../core/types';
import type { Adapter, ExtractContext } from '../types';
import { absoluteUrl, anchorOf, clean, linksOf, nestingOf, paragraphsOf } from '../dom-utils';
import { enough } from '../enough';

/**
 * Commento (and Commento++), drawn by its script into `#commento`: each comment is a
 * `div.commento-card#commento-comment-card-HEX` holding `.commento-name`, `.commento-timeago`
 * (title: the creation date), the text in `#commento-comment-text-HEX` (older versions: straight
 * in `#commento-comment-body-HEX`) and its replies in `#commento-comment-children-HEX`, inside the
 * card. A comment's permalink is `#commento-HEX`, which the script scrolls to.
 */

const CARD = '.commento-card[id^="commento-comment-card-"]';

export const commentoAdapter: Adapter = {
  name: 'commento',
  detect: (doc) => (qs(doc, CARD) ? 0.9 : 0),
  extract(doc, ctx) {
    const cards = qsa(doc, CARD);
    if (!cards.length) return null;
    const set = new Set(cards);
    const out: CommentRecord[] = [];
    for (const card of cards) {
      if (enough(ctx, out.length)) break;
      const { parent, depth } = nestingOf(card, set);
      out.push(record(card, parent ? hexOf(parent) : null, depth, ctx));
    }
    const notice = clean(qs(doc, '#commento .commento-moderation-notice')?.textContent);
    return { comments: out, confidence: 0.9, closed: /\b(locked|frozen)\b|verrouill/i.test(notice) ? true : undefined };
  },
};

const hexOf = (card: Element) => card.id.slice('commento-comment-card-'.length);

function record(card: Element, parentId: string | null, depth: number, ctx: ExtractContext): CommentRecord {
  const hex = hexOf(card);
  const part = (what: string) => qs(card, `[id="commento-comment-${what}-${hex}"]`);
  const name = part('name');
  const when = part('timeago');
  const body = part('text') ?? part('body');
  const deleted = (s: string) => (s === '[deleted]' ? '' : s);
  const paragraphs = body ? paragraphsOf(body, (el) => el.matches('textarea, [id^="commento-textarea-super-container-"]')) : [];
  const text = deleted(paragraphs.join('\n\n'));
  return {
    id: hex,
    parentId,
    author: deleted(clean(name?.textContent)),
    authorUrl: name?.matches('a[href]') ? absoluteUrl(name.getAttribute('href'), ctx.url) : null,
    time: dateOf(when?.getAttribute('title')),
    timeText: clean(when?.textContent) || undefined,
    text,
    paragraphs: text ? paragraphs : [],
    links: body ? linksOf(body, ctx.url) : [],
    permalink: absoluteUrl(`#commento-${hex}`, ctx.url),
    depth,
    kind: 'comment',
    anchor: anchorOf(card),
  };
}

/** The title is `Date.toString()` ("Thu Mar 14 2024 10:15:00 GMT+0100 (…)"); a bare local date is too vague to read. */
function dateOf(title: string | null | undefined): string | null {
  const s = (title ?? '').replace(/\s*\(.*\)\s*$/, '');
  if (!/GMT|UTC|\d{4}-\d\d-\d\dT/.test(s)) return null;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}
