import { clean, paragraphsOf, timeOf, toIso } from './dom-utils';
import { AUTHOR_NOISE, AUTHOR_PART, BODY_PART, META_PART, TIME_PART, tokensOf } from './generic-words';

export interface Fields {
  author: string;
  authorUrl: string | null;
  authorEl: Element | null;
  time: string | null;
  timeText: string;
  paragraphs: string[];
  bodyEl: Element | null;
}

const DATE_TEXT =
  /\b((\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|(jan|feb|m[aä]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz]|janv|févr|mars|avr|mai|juin|juil|août|sept|déc|enero|febrero|marzo|abril|mayo|junio|julio|agosto|[a-z]+ber|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)[a-zéû.]*\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(st|nd|rd|th|\.)?\s+(of\s+)?[a-zéûа-я]{3,}\.?,?\s+\d{4})((,|\s)\s*(at|à|um|a las|alle|в|-|\|)?\s*\d{1,2}[:h.]\d{2}(:\d{2})?\s*([ap]\.?m\.?)?)?|\d{1,2}:\d{2}\s*([ap]\.?m\.?)?|\d+\s+(minutes?|hours?|days?|weeks?|months?|years?|heures?|jours?|semaines?|mois|ans?|stunden?|tagen?|wochen?|monaten?|jahren?)\s+(ago|her)?)\b/i;

/** Walks `root` depth-first, skipping subtrees for which `skip` is true. */
function* walkOwn(root: Element, skip: (el: Element) => boolean): Generator<Element> {
  const stack: Element[] = Array.from(root.children).reverse();
  while (stack.length) {
    const el = stack.pop() as Element;
    if (skip(el)) continue;
    yield el;
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]);
  }
}

const SKIP_TAGS = /^(SCRIPT|STYLE|FORM|TEXTAREA|BUTTON|NOSCRIPT|TEMPLATE|SELECT|SVG|IFRAME)$/i;

/** Author, time and text of one comment block, leaving out nested comments (`isOther`). */
export function fieldsOf(member: Element, isOther: (el: Element) => boolean): Fields {
  const skip = (el: Element) => isOther(el) || SKIP_TAGS.test(el.tagName);
  let authorEl: Element | null = null;
  let timeEl: Element | null = null;
  let bodyEl: Element | null = null;
  let bodyLen = 0;
  for (const el of walkOwn(member, skip)) {
    const toks = tokensOf(el);
    const tag = el.tagName.toUpperCase();
    if (!authorEl && (el.getAttribute('itemprop') === 'author' || tag === 'CITE' || (toks && AUTHOR_PART.test(toks)))) {
      if (!/avatar|photo|img|pic/i.test(toks) && tag !== 'IMG' && isShortText(el) && !ACTION_WORD.test(tidyName(clean(el.textContent)))) {
        authorEl = el;
      }
    }
    if (!timeEl && (tag === 'TIME' || (toks && TIME_PART.test(toks)) || (tag === 'ABBR' && el.hasAttribute('title')))) {
      if (clean(el.textContent).length <= 120) timeEl = el;
    }
    if (toks && BODY_PART.test(toks) && !META_PART.test(toks.replace(BODY_PART, '')) && !(bodyEl && bodyEl.contains(el))) {
      const len = (el.textContent ?? '').length;
      if (len > bodyLen * 1.2 && !(authorEl && el.contains(authorEl) && len < 200)) {
        bodyEl = el;
        bodyLen = len;
      }
    }
  }
  const isMeta = (el: Element) => {
    if (el === authorEl || el === timeEl) return true;
    const t = tokensOf(el);
    return !!t && META_PART.test(t) && !BODY_PART.test(t) && clean(el.textContent).length < 300;
  };
  const exclude = (el: Element) => skip(el) || isMeta(el) || /^(IMG|H[1-6])$/.test(el.tagName.toUpperCase());
  const textRoot = bodyEl && bodyLen > 0 ? bodyEl : member;
  const paragraphs = paragraphsOf(textRoot, exclude);
  // A comment's own title (Slashdot, SB Nation: "first?") sits in a heading above the body.
  const title = titleOf(member, skip, authorEl, timeEl);
  if (title && !paragraphs.some((p) => p.includes(title))) paragraphs.unshift(title);
  let { author, authorUrl } = authorOf(authorEl);
  let timeText = clean(timeEl?.textContent);
  if (!author || !timeText) {
    const meta = metaLine(member, skip, bodyEl) ?? (bodyEl ? headerOf(member, bodyEl, skip) : null);
    if (meta) {
      if (!author && meta.author) ({ author, authorUrl } = meta);
      if (!timeText) timeText = meta.timeText;
    }
  }
  return {
    author,
    authorUrl,
    authorEl,
    time: timeOf(timeEl) ?? toIso(timeText) ?? timeOf(timeEl?.querySelector('[datetime],[title]') ?? null),
    timeText: timeText.length <= 40 && !(author && timeText.includes(author)) ? timeText : (DATE_TEXT.exec(timeText)?.[0] ?? ''),
    paragraphs,
    bodyEl,
  };
}

function isShortText(el: Element): boolean {
  const t = clean(el.textContent);
  return t.length > 0 && t.length <= 200;
}

/** The name in an author element: its link or strong text when it holds more than a name. */
function authorOf(el: Element | null): { author: string; authorUrl: string | null } {
  if (!el) return { author: '', authorUrl: null };
  const link = el.tagName === 'A' ? el : el.querySelector('a[href]:not([href^="#"])');
  let name = tidyName(paragraphsOf(el).join(' '));
  const linkText = tidyName(clean(link?.textContent));
  if ((name.split(' ').length > 5 || DATE_TEXT.test(name)) && linkText) name = linkText;
  else if (name.split(' ').length > 5 || DATE_TEXT.test(name)) {
    const strong = el.querySelector('strong, b, .fn, cite, [itemprop=name]');
    name = strong ? tidyName(clean(strong.textContent)) : tidyName(name.replace(DATE_TEXT, ' '));
  }
  const href = link?.getAttribute('href') ?? null;
  return { author: name.slice(0, 80), authorUrl: href && /^https?:/i.test(href) ? href : null };
}

export function tidyName(s: string): string {
  let t = s;
  for (let i = 0; i < 3; i++) t = t.replace(/^[\s,;:·•|–—-]+|[\s,;:·•|–—-]+$/gu, '').replace(AUTHOR_NOISE, '').trim();
  return t;
}

export { DATE_TEXT };

const ACTION_WORD = /^(reply|répondre|antworten|responder|rispondi|ответить|permalink|link|#|report|edit|delete|quote|like|profile|profil|view profile|\d+)$/i;

/** "Posted by: Name | September 26, 2012 at 05:47 PM" lines in a comment's header or footer. */
function metaLine(
  member: Element,
  skip: (el: Element) => boolean,
  bodyEl: Element | null,
): { author: string; authorUrl: string | null; timeText: string } | null {
  for (const el of walkOwn(member, skip)) {
    if (bodyEl && el.contains(bodyEl)) continue;
    const toks = tokensOf(el);
    if (!toks || !META_PART.test(toks)) continue;
    const text = clean(el.textContent);
    if (!text || text.length > 200) continue;
    const date = DATE_TEXT.exec(text);
    const by = BY.exec(text);
    let author = by ? tidyName(by[1]) : '';
    let authorUrl: string | null = null;
    const link = Array.from(el.querySelectorAll('a')).find((a) => {
      const t = clean(a.textContent);
      return t && !ACTION_WORD.test(t) && !DATE_TEXT.test(t) && t.length <= 60;
    });
    if (link && (!author || clean(link.textContent).startsWith(author) || author.startsWith(clean(link.textContent)))) {
      author = tidyName(clean(link.textContent));
      const href = link.getAttribute('href');
      authorUrl = href && /^https?:/i.test(href) ? href : null;
    }
    if (author || date) return { author, authorUrl, timeText: date ? date[0] : '' };
  }
  return null;
}

const BY = /(?:^|\b)(?:posted|written|submitted|comment(?:ed)?)?\s*by:?\s+([^|,\n]{2,60}?)\s*(?:\||\bat\b|\bon\b|\bin\b|,|\d|$)/i;

/** Loose text around the body (no classes at all): "#1 Quinn September 19th, 2012 at 16:14". */
function headerOf(
  member: Element,
  bodyEl: Element,
  skip: (el: Element) => boolean,
): { author: string; authorUrl: string | null; timeText: string } | null {
  const lines = paragraphsOf(member, (el) => el === bodyEl || skip(el) || /^(IMG|BUTTON|UL|OL|H[1-6]|LABEL)$/.test(el.tagName))
    .join('\n')
    .split('\n')
    .map(clean)
    .filter(Boolean);
  const text = lines.join('\n');
  if (!text || text.length > 300) return null;
  const date = DATE_TEXT.exec(text);
  const by = BY.exec(text);
  let author = by ? tidyName(by[1]) : '';
  let authorUrl: string | null = null;
  if (!author) {
    const link = Array.from(member.querySelectorAll('a')).find((a) => {
      const t = clean(a.textContent);
      return !bodyEl.contains(a) && !skip(a) && t && !ACTION_WORD.test(t) && !DATE_TEXT.test(t) && t.length <= 60 && !/^#/.test(t);
    });
    if (link) {
      author = tidyName(clean(link.textContent));
      const href = link.getAttribute('href');
      authorUrl = href && /^https?:/i.test(href) ? href : null;
    }
  }
  if (!author) {
    for (const l of lines) {
      const rest = tidyName(l.replace(DATE_TEXT, ' ').replace(/#\d+|\|/g, ' ').replace(/\s+/g, ' ').trim());
      const n = rest.split(' ').length;
      if (rest && n <= 5 && /\p{L}/u.test(rest) && !ACTION_WORD.test(rest)) {
        author = rest;
        break;
      }
    }
  }
  return author || date ? { author, authorUrl, timeText: date ? date[0] : '' } : null;
}

function titleOf(member: Element, skip: (el: Element) => boolean, ...not: (Element | null)[]): string {
  for (const el of walkOwn(member, skip)) {
    if (!/^H[1-6]$/.test(el.tagName.toUpperCase())) continue;
    if (not.some((n) => n && (el.contains(n) || n.contains(el)))) continue;
    const t = clean(el.textContent);
    return t.length <= 200 && !DATE_TEXT.test(t) ? t : '';
  }
  return '';
}
