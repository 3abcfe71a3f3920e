import { qs, qsa } from '../page-index';
import { notes as NOTE } from '../../core/notes';
import type { CommentRecord } from '../../core/types';
import type { Adapter, ExtractContext } from '../types';
import { absoluteUrl, anchorOf, clean, linksOf, nestingOf, paragraphsOf, toIso } from '../dom-utils';
import { SHREDDIT, shredditAnnounced, shredditComments } from './reddit-shreddit';
import { enough } from '../enough';

/**
 * Reddit threads in all three layouts: old.reddit (`.thing.comment`, replies nested
 * in `.child > .sitetable`), the 2018–2023 redesign (a flat list of
 * `div.Comment.t1_*` whose "level N" label gives the depth) and the 2023+
 * `<shreddit-comment>` elements (reddit-shreddit.ts).
 */

const OLD = '.thing.comment[data-fullname], .thing.comment[id^="thing_t1_"]';
const NEW = 'div.Comment[class*="t1_"]';

export const redditAdapter: Adapter = {
  name: 'reddit',
  detect(doc) {
    if (qs(doc, `${OLD} .entry`)) return 0.95;
    if (qs(doc, `${NEW} [data-testid="comment"], ${NEW} [data-testid="comment_author_link"]`)) return 0.95;
    if (qs(doc, `${SHREDDIT}[thingid], ${SHREDDIT}[author]`)) return 0.95;
    return 0;
  },
  extract(doc, ctx) {
    const shreddit = !qs(doc, OLD) && !qs(doc, NEW) && qs(doc, SHREDDIT) !== null;
    const comments = qs(doc, OLD) ? oldLayout(doc, ctx) : shreddit ? shredditComments(doc, ctx) : newLayout(doc, ctx);
    const more = outermost(qsa(doc, `.thing.morechildren, .morecomments, [id^="moreComments-"], ${SHREDDIT} faceplate-partial[src*="more-comments"], shreddit-comment-tree ~ faceplate-partial[src*="more-comments"]`)).length;
    if (!comments.length) return null;
    return {
      comments,
      confidence: 0.95,
      notes: more ? [NOTE.folded('Reddit', more, 'load more comments')] : [],
      ...(shreddit ? { announcedCount: shredditAnnounced(doc) } : {}),
    };
  },
};

/** The elements not inside another of them (old Reddit's "load more comments" link sits in its thing). */
function outermost(els: readonly Element[]): Element[] {
  const set = new Set(els);
  return els.filter((el) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
    return true;
  });
}

function oldLayout(doc: Document, ctx: ExtractContext): CommentRecord[] {
  const things = Array.from(qsa(doc, OLD));
  const set = new Set(things);
  const out: CommentRecord[] = [];
  for (const t of things) {
    if (enough(ctx, out.length)) break;
    const { parent, depth } = nestingOf(t, set);
    const entry = qs(t, ':scope > .entry') ?? t;
    const body = qs(entry, '.usertext-body .md') ?? qs(entry, '.usertext-body');
    const time = qs(entry, '.tagline time.live-timestamp, .tagline time');
    const author = qs(entry, '.tagline .author');
    const perma = qs(entry, 'a.bylink');
    out.push(record({
      id: idOf(t),
      parentId: parent ? idOf(parent) : null,
      author: clean(author?.textContent) || t.getAttribute('data-author') || (t.classList.contains('deleted') ? '[deleted]' : ''),
      authorUrl: author ? absoluteUrl(author.getAttribute('href'), ctx.url) : null,
      time: toIso(time?.getAttribute('datetime')),
      timeText: clean(time?.textContent),
      body,
      permalink: absoluteUrl(perma?.getAttribute('href') ?? t.getAttribute('data-permalink'), ctx.url),
      depth,
      el: t,
    }, ctx));
  }
  return out;
}

function newLayout(doc: Document, ctx: ExtractContext): CommentRecord[] {
  const stack: string[] = [];
  const out: CommentRecord[] = [];
  for (const c of Array.from(qsa(doc, NEW))) {
    if (enough(ctx, out.length)) break;
    const id = /(?:^|\s)(t1_[a-z0-9]+)/.exec(c.className)?.[1] ?? `reddit-${out.length + 1}`;
    const level = Array.from(qsa(c, 'span')).map((s) => /^level (\d+)$/i.exec(clean(s.textContent))).find(Boolean);
    const depth = level ? Math.max(0, Number(level[1]) - 1) : 0;
    stack.length = Math.min(stack.length, depth);
    const parentId = depth > 0 ? (stack[depth - 1] ?? null) : null;
    stack[depth] = id;
    const author = qs(c, '[data-testid="comment_author_link"]');
    const stamp = qs(c, '[data-testid="comment_timestamp"]');
    out.push(record({
      id,
      parentId,
      author: clean(author?.textContent) || (/^(level \d+ )?\[deleted\]/i.test(clean(c.textContent)) ? '[deleted]' : ''),
      authorUrl: author ? absoluteUrl(author.getAttribute('href'), ctx.url) : null,
      time: null,
      timeText: clean(stamp?.textContent),
      body: qs(c, '[data-testid="comment"]'),
      permalink: stamp ? absoluteUrl(stamp.getAttribute('href'), ctx.url) : null,
      depth,
      el: c,
    }, ctx));
  }
  return out;
}

interface Parts {
  id: string;
  parentId: string | null;
  author: string;
  authorUrl: string | null;
  time: string | null;
  timeText: string;
  body: Element | null;
  permalink: string | null;
  depth: number;
  el: Element;
}

function record(p: Parts, ctx: ExtractContext): CommentRecord {
  const paragraphs = p.body ? paragraphsOf(p.body) : [];
  return {
    id: p.id,
    parentId: p.parentId,
    author: p.author,
    authorUrl: p.authorUrl,
    time: p.time,
    timeText: p.timeText || undefined,
    text: paragraphs.join('\n\n'),
    paragraphs,
    links: p.body ? linksOf(p.body, ctx.url) : [],
    permalink: p.permalink,
    depth: p.depth,
    kind: 'comment',
    anchor: anchorOf(p.el),
  };
}

function idOf(t: Element): string {
  return t.getAttribute('data-fullname') ?? t.id.replace(/^thing_/, '');
}
