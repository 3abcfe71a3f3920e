import { qs, qsa } from '../page-index';
import type { CommentRecord } from '../../core/types';
import type { Adapter, ExtractContext } from '../types';
import { absoluteUrl, anchorOf, clean, linksOf, nestingOf, paragraphsOf, visibleText } from '../dom-utils';
import { parseDateText } from './wordpress-date';

/**
 * Blogger (Blogspot) comments: the threaded layout (`.comment-thread`,
 * `li.comment#cNNN > .comment-block`, replies in `.comment-replies`) and the
 * classic one (`dl#comments-block` with `dt.comment-author` / `dd.comment-body`).
 */

const THREADED = '.comment-thread li.comment, #comment-holder li.comment';

export const bloggerAdapter: Adapter = {
  name: 'blogger',
  detect(doc) {
    if (qs(doc, `${THREADED} .comment-block`)) return 0.9;
    if (qs(doc, '#comments-block dt.comment-author, dl.comments-block dt.comment-author')) return 0.85;
    return 0;
  },
  extract(doc, ctx) {
    const comments = qs(doc, THREADED) ? threaded(doc, ctx) : classic(doc, ctx);
    return comments.length ? { comments, confidence: 0.9 } : null;
  },
};

function threaded(doc: Document, ctx: ExtractContext): CommentRecord[] {
  const items = Array.from(qsa(doc, THREADED)).filter((li) => qs(li, ':scope > .comment-block'));
  const set = new Set(items);
  return items.map((li, i) => {
    const { parent, depth } = nestingOf(li, set);
    const block = qs(li, ':scope > .comment-block') as Element;
    const user = qs(block, '.comment-header .user, cite.user, .comment-author');
    const link = user?.querySelector('a[href]') ?? null;
    const when = qs(block, '.datetime a, .datetime, .comment-timestamp');
    return build(ctx, {
      id: li.id || `blogger-${i + 1}`,
      parentId: parent ? parent.id || null : null,
      author: visibleText(user),
      authorUrl: link ? absoluteUrl(link.getAttribute('href'), ctx.url) : null,
      timeText: clean(when?.textContent),
      permalink: when?.closest('a[href]')?.getAttribute('href') ?? when?.querySelector('a[href]')?.getAttribute('href') ?? null,
      body: qs(block, '.comment-content'),
      depth,
      el: li,
    });
  });
}

function classic(doc: Document, ctx: ExtractContext): CommentRecord[] {
  const out: CommentRecord[] = [];
  for (const dt of Array.from(qsa(doc, 'dl#comments-block dt.comment-author, dl.comments-block dt.comment-author'))) {
    let body: Element | null = dt.nextElementSibling;
    while (body && !body.matches('dd.comment-body, dd')) body = body.nextElementSibling;
    let footer: Element | null = body?.nextElementSibling ?? null;
    if (footer && !footer.matches('dd.comment-footer')) footer = null;
    const link = qs(dt, 'a[href]:not([name])');
    const when = footer?.querySelector('.comment-timestamp a, a[title="comment permalink"], a') ?? null;
    const name = visibleText(dt).replace(/\s*(said|says|a dit|dit|sagte|schrieb|escribió|ha detto)\.{0,3}\s*:?\s*$/i, '');
    out.push(build(ctx, {
      id: dt.id || qs(dt, 'a[name]')?.getAttribute('name') || `blogger-${out.length + 1}`,
      parentId: null,
      author: name,
      authorUrl: link ? absoluteUrl(link.getAttribute('href'), ctx.url) : null,
      timeText: clean(when?.textContent),
      permalink: when?.getAttribute('href') ?? null,
      body: body?.querySelector('.comment-body-inner, p') && body.children.length === 1 ? body.children[0] : body,
      depth: 0,
      el: dt,
    }));
  }
  return out;
}

interface Parts {
  id: string;
  parentId: string | null;
  author: string;
  authorUrl: string | null;
  timeText: string;
  permalink: string | null;
  body: Element | null;
  depth: number;
  el: Element;
}

function build(ctx: ExtractContext, p: Parts): CommentRecord {
  const skip = (el: Element) => el.matches('.comment-actions, .item-control, .comment-replies');
  const paragraphs = p.body ? paragraphsOf(p.body, skip) : [];
  return {
    id: p.id,
    parentId: p.parentId,
    author: p.author,
    authorUrl: p.authorUrl,
    time: parseDateText(p.timeText),
    timeText: p.timeText || undefined,
    text: paragraphs.join('\n\n'),
    paragraphs,
    links: p.body ? linksOf(p.body, ctx.url, skip) : [],
    permalink: absoluteUrl(p.permalink, ctx.url),
    depth: p.depth,
    kind: 'comment',
    anchor: anchorOf(p.el),
  };
}
