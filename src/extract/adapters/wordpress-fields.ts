import { matches, qs, qsa } from '../page-index';
import { absoluteUrl, clean, linksOf, paragraphsOf, toIso } from '../dom-utils';
import { hasClassIn } from '../comment-area';
import { parseDateText } from './wordpress-date';

/**
 * The parts of one WordPress comment (`li.comment` and its theme's variants),
 * read without descending into nested replies.
 */
export interface WpFields {
  author: string;
  authorUrl: string | null;
  time: string | null;
  timeText: string;
  permalink: string | null;
  paragraphs: string[];
  links: string[];
}

const AUTHOR_SEL = [
  '.comment-author .fn', '.fn', '.comment-author-name', '.comment-author-link', '.comment_author',
  '.authorname', '.author-name', '.commentauthor', '.comment-name', '[itemprop="author"] [itemprop="name"]',
  // WooThemes' themes (Canvas and its kin): `.comment-head` or `.comment-info` holds `span.name`, `.date`, `.perma`.
  '.name', '.c-author',
  '.comment-author', 'cite', '.author', '[itemprop="author"]',
  // What comment_author_link() prints, in themes that give it no wrapper of their own (comment text cannot hold classes).
  'a.url',
];
const BODY_SEL = [
  '.comment-content', '.comment-text', '.commenttext', '.comment_text', '.comment-entry', '.comment_content',
  '.comment-body-text', '[itemprop="text"]', '[itemprop="commentText"]', '.commentext', '.c-body', '.comment-body',
];
const META_SEL = [
  '.comment-metadata', '.commentmetadata', '.comment-meta', '.comment-date', '.comment-time', '.comment_date',
  '.date', '.comment-info', '.c-date',
  // A theme's "Posted on <date>" (comment text cannot hold <small>: WordPress's allowed tags for comments leave it out).
  'small',
];
/** Parts of a comment block that are not what the person wrote. */
const NOT_TEXT = [
  '.comment-author', '.comment-meta', '.comment-metadata', '.commentmetadata', '.comment-meta-data',
  '.comment-header', '.comment_header', '.reply', '.comment-reply', '.comment-reply-link', '.comment-edit-link', '.edit-link',
  '.says', '.comment-awaiting-moderation', '.avatar', '.comment-avatar', '.children', '.comment-footer',
  '.comment-actions', '.comment-tools', '.sharedaddy', '.comment-likes', '.comment-like', '.comment-date',
  '.comment-time', '.comment-permalink', '.comment-number', '.screen-reader-text', 'time', 'form',
  '[class*="like-dislike"]', '.wpulike', '[class*="wp-ulike"]', '[class*="comment-vote"]', '[class*="comment-rating"]',
  '.comment-karma', '.comment-report', '.comment-info', '.comment-head', '.perma', '.comment-reply-login', '.report',
  // Plugins' parts: Paginated Comments' running number, WP Thread Comment's "[Reply]", a report link's answer.
  '.paginated-comments-number', '.thdrpy', '[id^="reportcomment_"]',
  // CommentLuv's "Name's last [type] ..title of their blog's last post", added under the comment by the plugin.
  '.cluv',
].join(', ');
/** Headings: a theme's (a name and a date in an <h4>); commenters cannot write one (WordPress's allowed tags for comments). */
const HEADING = /^h[1-6]$/i;
/** A heading, or `el.matches(NOT_TEXT)`: every part of it but `time` and `form` needs a class attribute (most text elements have none). */
const notText = (el: Element): boolean =>
  HEADING.test(el.localName) || ((el.hasAttribute('class') || /^(time|form)$/i.test(el.localName)) && el.matches(NOT_TEXT));
/** Inside an author block that also holds "on <date> said:", the name itself. */
const NAME_IN_BLOCK = '.fn, [itemprop="name"], cite, strong, b, a.url, a[rel~="external"]';
const CONTAINER = '.comment-author, .author, [itemprop="author"]';
/** `time, img, span:has(time)` and the classes `.says, .screen-reader-text, .comment-date, .comment-time, .comment-metadata, .comment-reply-link, .post-author-badge, .badge`: not the name. */
const NOT_AUTHOR_CLASSES = new Set(['says', 'screen-reader-text', 'comment-date', 'comment-time', 'comment-metadata', 'comment-reply-link', 'post-author-badge', 'badge']);
function notAuthor(el: Element): boolean {
  const tag = el.localName.toLowerCase();
  if (tag === 'time' || tag === 'img') return true;
  if (hasClassIn(el, NOT_AUTHOR_CLASSES)) return true;
  return tag === 'span' && el.getElementsByTagName('time').length > 0;
}
const SAYS_WORDS = 'says|said|wrote|dit|a dit|a écrit|écrit|schreibt|schrieb|sagt|meint|kommentiert|escribió|dijo|dice|ha scritto|scrive|zegt|пишет|написал[а]?';
const SAYS = new RegExp(`\\s*(${SAYS_WORDS})\\s*:?\\s*$|\\s*:\\s*$`, 'iu');
/** "Says:" left alone after the name, in themes that print it outside the author's element. */
const SAYS_ALONE = new RegExp(`^(${SAYS_WORDS})\\s*:?$`, 'iu');

/** Tells a comment unit; `holds`, when given, tells an element that has a unit somewhere inside it. */
export type UnitTest = ((el: Element) => boolean) & { holds?: (el: Element) => boolean };

/** First element matching one of `sels` that belongs to `unit` itself, not to a nested reply. */
export function own(unit: Element, sels: string[], isUnit: UnitTest): Element | null {
  const holds = isUnit.holds;
  for (const sel of sels) {
    if (holds) {
      // Only the unit's own part is searched: the branches that hold replies are stepped through.
      const hit = firstOwn(unit, sel, isUnit, holds);
      if (hit) return hit;
      continue;
    }
    for (const el of Array.from(qsa(unit, sel))) if (ownerOf(el, unit, isUnit)) return el;
  }
  return null;
}

/** The first element in document order under `root` matching `sel` with no unit between it and `root`. */
function firstOwn(root: Element, sel: string, isUnit: UnitTest, holds: (el: Element) => boolean): Element | null {
  for (let c = root.firstElementChild; c; c = c.nextElementSibling) {
    if (matches(c, sel)) return c;
    if (isUnit(c)) continue; // a nested reply: what is inside it is its own
    const hit = holds(c) ? firstOwn(c, sel, isUnit, holds) : qs(c, sel);
    if (hit) return hit;
  }
  return null;
}

function ownerOf(el: Element, unit: Element, isUnit: (el: Element) => boolean): boolean {
  for (let e = el.parentElement; e && e !== unit; e = e.parentElement) if (isUnit(e)) return false;
  return true;
}

/** `tail`: a sibling holding the text when the comment is split (Thesis's <dt> + <dd>). */
export function fieldsOf(unit: Element, base: string, isUnit: UnitTest, tail: Element | null = null): WpFields {
  const authorEl = own(unit, AUTHOR_SEL, isUnit);
  // `authorEl.matches('a[href]')`, without the selector engine.
  // A name without markup inside (`<b class="fn">Name</b>`) holds no link: not searched.
  const link =
    authorEl?.localName === 'a' && authorEl.hasAttribute('href') ? authorEl : authorEl?.firstElementChild ? authorEl.querySelector('a.url[href], a[href^="http"]') : null;
  const authorUrl = link ? absoluteUrl(link.getAttribute('href'), base) : null;

  const timeEl = own(unit, ['time[datetime]', 'abbr[title]'], isUnit);
  const metaEl = own(unit, META_SEL, isUnit);
  const permaEl = own(unit, ['.comment-metadata a[href*="#comment"]', '.commentmetadata a[href*="#comment"]',
    '.comment-meta a[href*="#comment"]', 'a[href*="#comment-"]:has(time)', 'time a[href*="#comment"]',
    'a[href*="#comment-"]:not(.comment-reply-link)'], isUnit);
  const permalink = permaEl ? absoluteUrl(permaEl.getAttribute('href'), base) : null;
  const printed =
    clean(timeEl?.textContent) ||
    (metaEl ? metaTimeText(metaEl) : '') ||
    // Some themes print the date only as the permalink's text ("on September 12, 2018 at 4:47 pm").
    (permaEl && parseDateText(permaEl.textContent) ? clean(permaEl.textContent) : '');
  // Where no classed part holds the author or the date, a heading "Name <span>date</span>" may.
  const head = authorEl && printed ? null : headed(unit, isUnit);
  const author = authorEl ? authorText(authorEl) : (head?.name ?? '');
  const timeText = printed || (head?.date ?? '');
  const time = toIso(timeEl?.getAttribute('datetime') ?? timeEl?.getAttribute('title')) ?? parseDateText(timeText);

  const body = (tail && (own(tail, BODY_SEL, isUnit) ?? tail)) || (own(unit, BODY_SEL, isUnit) ?? unit);
  const skip = (el: Element) => isUnit(el) || el === authorEl || el === metaEl || notText(el);
  const paragraphs = paragraphsOf(body, skip);
  if (paragraphs.length > 1 && SAYS_ALONE.test(paragraphs[0])) paragraphs.shift();
  const links = linksOf(body, base, skip);
  return { author, authorUrl, time, timeText, permalink, paragraphs, links };
}

/** A date's time of day or year: what tells "Name <span>On Friday, November 2 at 12:14 pm</span>" from other headings. */
const DATE_ISH = /\d{1,2}:\d{2}|\b(1[89]|20)\d\d\b/;

/** The date (a child's text) of a theme's heading that holds one, and its name (the heading's own text: '' when none or too long). */
function headed(unit: Element, isUnit: UnitTest): { name: string; date: string } | null {
  const h = own(unit, ['h1, h2, h3, h4, h5, h6'], isUnit);
  let date = '';
  let name = '';
  for (let n = h?.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) name += n.nodeValue ?? '';
    else if (n.nodeType === 1 && !date && DATE_ISH.test(n.textContent ?? '')) date = clean(n.textContent);
  }
  name = clean(clean(name).replace(SAYS, ''));
  return date ? { name: name.length <= 60 ? name : '', date } : null;
}

function authorText(block: Element): string {
  const name = block.matches(CONTAINER) ? qs(block, NAME_IN_BLOCK) : null;
  const el = name && clean(name.textContent) ? name : block;
  // A name without markup inside is its text (what the walk below would gather).
  if (!el.firstElementChild) return clean(clean(el.textContent).replace(SAYS, ''));
  let s = '';
  const walk = (n: Node) => {
    if (n.nodeType === 3) s += n.nodeValue ?? '';
    else if (n.nodeType === 1 && (n === el || !notAuthor(n as Element))) {
      // "Martina Berg<br><span>Autor</span>" reads as two words.
      const gap = /^(BR|DIV|P|SPAN)$/.test((n as Element).tagName) ? ' ' : '';
      s += gap;
      n.childNodes.forEach(walk);
      s += gap;
    }
  };
  walk(el);
  return clean(clean(s).replace(SAYS, ''));
}

/** `.comment-edit-link, .edit-link, .comment-reply-link, .reply, .comment-author, .says, .screen-reader-text`, read as class names (thousands of tests per page). */
const NOT_META = new Set(['comment-edit-link', 'edit-link', 'comment-reply-link', 'reply', 'comment-author', 'says', 'screen-reader-text']);

function metaTimeText(meta: Element): string {
  let s = '';
  const walk = (n: Node) => {
    if (n.nodeType === 3) s += ' ' + (n.nodeValue ?? '');
    else if (n.nodeType === 1 && !hasClassIn(n as Element, NOT_META)) n.childNodes.forEach(walk);
  };
  walk(meta);
  return clean(s).replace(/^[|·•\-–—\s]+|[|·•\-–—\s]+$/g, '');
}
