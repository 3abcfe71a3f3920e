import { qs, qsa } from './page-index';
import type { CommentRecord } from '../core/types';
import type { Adapter, ExtractContext } from './types';
import { anchorOf, clean, linksOf, paragraphsOf, timeOf, toIso } from './dom-utils';
import { commentsFromJsonLd } from './structured-jsonld';

/**
 * schema.org Comment, as microdata (`itemtype=".../Comment"`) or JSON-LD
 * (`"@type": "Comment"`). Replies are read from nesting (microdata) or from
 * `comment` arrays inside a comment (JSON-LD).
 */
const ITEM_SEL = '[itemtype*="schema.org/Comment" i]';

function microdata(doc: Document, ctx: ExtractContext): CommentRecord[] {
  const items = Array.from(qsa(doc, ITEM_SEL)).filter((el) => !el.closest('form, nav, aside'));
  const index = new Map<Element, string>();
  items.forEach((el, i) => index.set(el, el.getAttribute('id') || `schema-${i + 1}`));
  const own = (root: Element, el: Element) => {
    for (let e = el.parentElement; e && e !== root; e = e.parentElement) if (index.has(e)) return false;
    return true;
  };
  const prop = (root: Element, name: string) =>
    Array.from(qsa(root, `[itemprop~="${name}"]`)).find((el) => own(root, el) && !index.has(el)) ?? null;
  const out: CommentRecord[] = [];
  for (const el of items) {
    const textEl = prop(el, 'text') ?? prop(el, 'commentText') ?? prop(el, 'description');
    const paragraphs = textEl ? paragraphsOf(textEl) : [];
    if (!paragraphs.length) continue;
    const authorEl = prop(el, 'author') ?? prop(el, 'creator');
    const nameEl = authorEl?.querySelector('[itemprop~="name"]') ?? authorEl;
    const timeEl = prop(el, 'dateCreated') ?? prop(el, 'datePublished') ?? prop(el, 'commentTime');
    let parentId: string | null = null;
    for (let e = el.parentElement; e; e = e.parentElement) {
      const id = index.get(e);
      if (id) {
        parentId = id;
        break;
      }
    }
    const urlEl = authorEl?.querySelector('[itemprop~="url"]');
    out.push({
      id: index.get(el) as string,
      parentId,
      author: clean(nameEl?.getAttribute('content') || nameEl?.textContent),
      authorUrl: urlEl?.getAttribute('href') ?? null,
      time: timeOf(timeEl) ?? toIso(timeEl?.getAttribute('content')),
      timeText: clean(timeEl?.textContent) || undefined,
      text: paragraphs.join('\n\n'),
      paragraphs,
      links: textEl ? linksOf(textEl, ctx.url) : [],
      permalink: null,
      depth: 0,
      kind: 'comment',
      anchor: anchorOf(el),
    });
  }
  return out;
}

export function setDepths(comments: CommentRecord[]): CommentRecord[] {
  const byId = new Map(comments.map((c) => [c.id, c]));
  for (const c of comments) {
    let d = 0;
    for (let p = c.parentId; p && d < 100; p = byId.get(p)?.parentId ?? null) d++;
    c.depth = d;
  }
  return comments;
}

export const schemaOrgAdapter: Adapter = {
  name: 'schema-org',
  detect(doc) {
    if (qs(doc, ITEM_SEL)) return 0.6;
    return Array.from(qsa(doc, 'script[type="application/ld+json"]')).some((s) =>
      /"@type"\s*:\s*"Comment"/.test(s.textContent ?? ''),
    )
      ? 0.55
      : 0;
  },
  extract(doc, ctx) {
    let comments = microdata(doc, ctx);
    if (comments.length < 1) comments = commentsFromJsonLd(doc);
    if (!comments.length) return null;
    const withAuthor = comments.filter((c) => c.author).length / comments.length;
    return { comments: setDepths(comments), confidence: 0.6 + 0.3 * withAuthor };
  },
};
