import { notes as NOTE } from '../../core/notes';
import { qs, qsa } from '../page-index';
import type { CommentRecord } from '../../core/types';
import type { Adapter } from '../types';
import { absoluteUrl, boundedText, clean, linksOf, paragraphsOf, toIso } from '../dom-utils';
import { enough } from '../enough';

/**
 * GitHub issue and pull-request conversations, in the server-rendered timeline
 * (`.timeline-comment-group#issuecomment-N`, `a.author`, `td.comment-body`) and
 * the React issue viewer (`[data-testid^=comment-viewer-outer-box]` holding
 * `#issuecomment-N`, `[data-testid=avatar-link]`, `[data-testid=markdown-body]`).
 * Only issue comments count: the opening post is the article, timeline events
 * (labels, references, closing) carry no `issuecomment-` id, and apps' comments
 * (`/apps/NAME`, "NAME[bot]") are left out. The conversation is flat.
 */

const ID = /^issuecomment-\d+$/;
const BOX = '[data-testid^="comment-viewer-outer-box"]';

const commentIds = (doc: Document) => qsa(doc, '[id^="issuecomment-"]').filter((el) => ID.test(el.id));

export const githubAdapter: Adapter = {
  name: 'github',
  detect(doc) {
    if (qs(doc, '.timeline-comment-group[id^="issuecomment-"] .comment-body')) return 0.95;
    return qs(doc, `${BOX} [data-testid="markdown-body"], ${BOX} .markdown-body`) ? 0.95 : 0;
  },
  extract(doc, ctx) {
    const out: CommentRecord[] = [];
    let bots = 0;
    for (const mark of commentIds(doc)) {
      if (enough(ctx, out.length)) break;
      const box = mark.closest(BOX) ?? mark;
      if (box.closest('[data-testid="issue-body"]')) continue;
      const author = qs(box, 'a.author') ?? qs(box, '[data-testid="avatar-link"]');
      const name = clean(author?.textContent);
      const href = author?.getAttribute('href') ?? '';
      if (/^(https:\/\/github\.com)?\/apps\//.test(href) || /\[bot\]$/.test(name)) {
        bots++;
        continue;
      }
      const body = qs(box, '.comment-body') ?? qs(box, '[data-testid="markdown-body"]') ?? qs(box, '.markdown-body');
      if (!body) continue;
      const when = qs(box, 'relative-time[datetime]');
      const perma = qs(box, `a[href$="#${mark.id}"]`);
      const paragraphs = paragraphsOf(body);
      out.push({
        id: mark.id,
        parentId: null,
        author: name,
        authorUrl: author ? absoluteUrl(href, ctx.url) : null,
        time: toIso(when?.getAttribute('datetime')),
        timeText: clean(when?.textContent) || undefined,
        text: paragraphs.join('\n\n'),
        paragraphs,
        links: linksOf(body, ctx.url),
        permalink: absoluteUrl(perma?.getAttribute('href') ?? `#${mark.id}`, ctx.url),
        depth: 0,
        kind: 'comment',
        anchor: `#${mark.id}`,
      });
    }
    if (!out.length) return null;
    const notes: string[] = [];
    if (bots) notes.push(NOTE.bots(bots));
    const hidden = qs(doc, '.js-discussion .ajax-pagination-form');
    if (hidden) notes.push(NOTE.hiddenTimeline(clean(hidden.textContent).slice(0, 60)));
    return { comments: out, confidence: 0.95, closed: locked(doc) || undefined, notes };
  },
};

/** "This conversation has been locked … and limited to collaborators." where the comment form would be. */
function locked(doc: Document): boolean {
  const box = qs(doc, '.discussion-timeline-actions');
  const text = box ? boundedText(box, 4000) : null;
  return text !== null && /\bconversation has been locked\b/i.test(text);
}
