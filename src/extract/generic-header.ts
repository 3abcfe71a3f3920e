import { qsa } from './page-index';
import { clean, paragraphsOf } from './dom-utils';
import { AUTHOR_NOISE, META_PART, tokensOf } from './generic-words';

/** Who and when, read from a comment's header or footer text when no element is classed for it. */
export const DATE_TEXT =
  /\b((\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|(jan|feb|m[aä]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz]|janv|févr|mars|avr|mai|juin|juil|août|sept|déc|enero|febrero|marzo|abril|mayo|junio|julio|agosto|[a-z]+ber|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)[a-zéû.]*\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(st|nd|rd|th|\.)?\s+(of\s+)?[a-zéûа-я]{3,}\.?,?\s+\d{4})((,|\s)\s*(at|à|um|a las|alle|в|-|\|)?\s*\d{1,2}[:h.]\d{2}(:\d{2})?\s*([ap]\.?m\.?)?)?|\d{1,2}:\d{2}\s*([ap]\.?m\.?)?|\d+\s+(minutes?|hours?|days?|weeks?|months?|years?|heures?|jours?|semaines?|mois|ans?|stunden?|tagen?|wochen?|monaten?|jahren?)\s+(ago|her)?)\b/i;

/** Walks `root` depth-first, skipping subtrees for which `skip` is true. */
export function* walkOwn(root: Element, skip: (el: Element) => boolean): Generator<Element> {
  const stack: Element[] = [];
  for (let c = root.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  while (stack.length) {
    const el = stack.pop() as Element;
    if (skip(el)) continue;
    yield el;
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
}

export const ACTION_WORD =
  /^(reply|répondre|antworten|responder|rispondi|ответить|permalink|link|#|report|edit|delete|quote|like|profile|profil|view profile|\d+|(reply|respond|répondre) (to )?(this|à ce) (comment|commentaire)|(report|signaler) (this )?(comment|commentaire|abuse))$/i;

export function tidyName(s: string): string {
  let t = s;
  for (let i = 0; i < 3; i++) t = t.replace(/^[\s,;:·•|–—-]+|[\s,;:·•|–—-]+$/gu, '').replace(AUTHOR_NOISE, '').trim();
  return t;
}


/** "Posted by: Name | September 26, 2012 at 05:47 PM" lines in a comment's header or footer. */
export function metaLine(
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
    const link = qsa(el, 'a').find((a) => {
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
export function headerOf(
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
    const link = qsa(member, 'a').find((a) => {
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
