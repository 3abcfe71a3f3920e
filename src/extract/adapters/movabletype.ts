import { qs, qsa } from '../page-index';
import type { CommentRecord } from '../../core/types';
import type { Adapter } from '../types';
import { absoluteUrl, anchorOf, clean, linksOf, paragraphsOf, toIso } from '../dom-utils';
import { parseDateText } from './wordpress-date';
import { enough } from '../enough';

/**
 * Movable Type and TypePad comments: `div.comment#comment-N` (or the older
 * `.commentbody` / `.comment-body` blocks) with the text in `.comment-content`
 * and a byline either in `.comment-header` ("Ben said:", `.vcard.author`) or in a
 * footer line "Posted by: Name at/| Date". Flat: MT threads are not nested.
 */

const UNIT = 'div.comment[id^="comment-"], div[id^="comment-"][class^="comment-"], .commentbody, .comment-body';
const FOOTER = '.comment-footer, p.posted, .comment-posted, .comment-byline, .posted';
const HEADER = '.comment-header, .comment-meta';

function isMt(doc: Document): boolean {
  const gen = qs(doc, 'meta[name="generator" i]')?.getAttribute('content') ?? '';
  if (/movable ?type|typepad/i.test(gen)) return true;
  // Tag-qualified, so the page index answers from its short list of scripts, links and forms.
  return qs(doc, 'script[src*="typepad.com"], link[href*="typepad.com"], form[action*="mt-comments"]') !== null;
}

function units(doc: Document): Element[] {
  const all = Array.from(qsa(doc, UNIT)).filter(
    (u) => (u.matches('.comment-body') ? bylineOf(u) : qs(u, '.comment-content') || bylineOf(u)) &&
      !u.closest('.widget, .sidebar, #sidebar, #comment-form, form'),
  );
  if (!all.length) return flatRuns(doc);
  const set = new Set(all);
  return all.filter((u) => {
    for (let e = u.parentElement; e; e = e.parentElement) if (set.has(e)) return false;
    return true;
  });
}

export const movabletypeAdapter: Adapter = {
  name: 'movabletype',
  detect(doc) {
    const mt = isMt(doc);
    if (!mt && !qs(doc, '.comment-footer, p.posted, .comment-posted')) return 0;
    const n = units(doc).length;
    if (!n) return 0;
    return mt ? 0.85 : 0.5;
  },
  extract(doc, ctx) {
    const out: CommentRecord[] = [];
    for (const [i, u] of units(doc).entries()) {
      if (enough(ctx, out.length)) break;
      const by = bylineOf(u);
      const header = qs(u, HEADER);
      const vcard = qs(u, '.vcard.author, .author .fn, .commenter-name');
      const abbr = qs(u, 'abbr.published[title], time[datetime]');
      const perma = qs(u, 'a[href*="#comment-"], a[href*="#c"][href*="#"]');
      const footer = qs(u, FOOTER);
      const body = qs(u, '.comment-content') ?? u;
      const skip = (el: Element) => el === footer || el === header || el.matches(`${FOOTER}, ${HEADER}, .comment-avatar, .comment-separator, form`);
      const paragraphs = paragraphsOf(body, skip);
      const author = clean(vcard?.textContent) || by?.author || clean(header?.textContent).replace(/\s*(said|says|wrote|a dit|schrieb)\s*:?\s*$/i, '');
      const timeText = clean(abbr?.textContent) || by?.time || clean(perma?.textContent);
      const authorLink = footer?.querySelector('a[href]:not([href*="#"])') ?? vcard?.querySelector('a[href]') ?? null;
      const idAttr = u.id || qs(u, '[id^="c"], a[name]')?.getAttribute('id') || qs(u, 'a[name]')?.getAttribute('name') || '';
      out.push({
        id: idAttr.replace(/^comment-/, '') || `mt-${i + 1}`,
        parentId: null,
        author,
        authorUrl: authorLink ? absoluteUrl(authorLink.getAttribute('href'), ctx.url) : null,
        time: toIso(abbr?.getAttribute('title') ?? abbr?.getAttribute('datetime')) ?? parseDateText(timeText),
        timeText: timeText || undefined,
        text: paragraphs.join('\n\n'),
        paragraphs,
        links: linksOf(body, ctx.url, skip),
        permalink: perma ? absoluteUrl(perma.getAttribute('href'), ctx.url) : null,
        depth: 0,
        kind: 'comment',
        anchor: anchorOf(u),
      });
    }
    return out.length ? { comments: out, confidence: 0.85 } : null;
  },
};

/**
 * Old TypePad: after the `#comments` anchor, each comment is a run of sibling
 * paragraphs closed by its `p.posted` byline. Each run is wrapped in a detached
 * <div> so the rest of the adapter reads it like a comment block.
 */
function flatRuns(doc: Document): Element[] {
  const anchor = qs(doc, 'a#comments, a[name="comments"]');
  const start = anchor?.parentElement?.matches('h1, h2, h3, h4') ? anchor.parentElement : anchor;
  if (!start) return [];
  const out: Element[] = [];
  let run: Element[] = [];
  for (let n = start.nextElementSibling; n; n = n.nextElementSibling) {
    if (n.matches('p.posted')) {
      const box = doc.createElement('div');
      for (const el of [...run, n]) box.appendChild(el.cloneNode(true));
      if (bylineOf(box)) out.push(box);
      run = [];
    } else if (n.matches('h1, h2, h3, h4, form, #comment-form')) break;
    else if (!n.matches('a')) run.push(n);
  }
  return out;
}

/** "Posted by: Name at November 9, 2012 7:49 AM", "Posted by: Name | November 9, 2012 …". */
function bylineOf(u: Element): { author: string; time: string } | null {
  const f = qs(u, FOOTER);
  const t = clean(f?.textContent).replace(/\[#\]$/, '').trim();
  const m = /^(?:posted by|publié par|geschrieben von|écrit par|posté par)\s*:?\s*(.+?)\s*(?:\bat\b|\||\bon\b|\ble\b|\bam\b|\bà\b)\s*(.+)$/i.exec(t);
  if (m) return { author: m[1].trim(), time: m[2].replace(/[|\s]+$/, '').trim() };
  const n = /^(?:posted by|publié par|geschrieben von)\s*:?\s*(.+)$/i.exec(t);
  return n ? { author: n[1].trim(), time: '' } : null;
}
