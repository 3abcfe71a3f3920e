import { qs } from './page-index';
import { clean, paragraphsOf, timeOf, toIso } from './dom-utils';
import { AUTHOR_PART, BODY_PART, META_PART, TIME_PART, tokensOf } from './generic-words';
import { ACTION_WORD, DATE_TEXT, headerOf, metaLine, tidyName, walkOwn } from './generic-header';

export { tidyName } from './generic-header';

export interface Fields {
  author: string;
  authorUrl: string | null;
  authorEl: Element | null;
  time: string | null;
  timeText: string;
  paragraphs: string[];
  bodyEl: Element | null;
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
  const link = el.tagName === 'A' ? el : qs(el, 'a[href]:not([href^="#"])');
  let name = tidyName(paragraphsOf(el).join(' '));
  const linkText = tidyName(clean(link?.textContent));
  if ((name.split(' ').length > 5 || DATE_TEXT.test(name)) && linkText) name = linkText;
  else if (name.split(' ').length > 5 || DATE_TEXT.test(name)) {
    const strong = qs(el, 'strong, b, .fn, cite, [itemprop=name]');
    name = strong ? tidyName(clean(strong.textContent)) : tidyName(name.replace(DATE_TEXT, ' '));
  }
  const href = link?.getAttribute('href') ?? null;
  return { author: name.slice(0, 80), authorUrl: href && /^https?:/i.test(href) ? href : null };
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
