import { qs, qsa } from './page-index';
import { boundedText, clean } from './dom-utils';
import { closestWhere, commentAreas, isForeign } from './comment-area';

/**
 * The number of comments a page says it has ("20 commentaires", "Réactions (20)",
 * "One thought on …"), read from the comment section's heading and the post's
 * count links, never from the whole page text.
 */

const WORD =
  '(?:comments?|commentaires?|kommentare?|comentarios?|coment[aá]rios?|commenti|reacties|reactions?|réactions?|reaktionen|' +
  'réponses?|responses?|replies|thoughts?|réflexions?|gedanken(?:\\s+zu)?|antworten|komentarz(?:e|y|y)?|komentáře|комментари(?:й|я|ев|ии)|комментариев|ответ(?:ов|а|ы)?|коментар(?:ів|і)?)';
const NUM = '(\\d{1,3}(?:[\\s\\u00a0\\u202f.,]\\d{3})+|\\d+)';
const NUM_WORD = new RegExp(`(?:^|[^\\p{L}\\d])${NUM}\\s*${WORD}(?![\\p{L}])`, 'iu');
const WORD_NUM = new RegExp(`(?:^|[^\\p{L}])${WORD}\\s*(?:\\(\\s*${NUM}\\s*\\)|[:\\s]\\s*${NUM}(?!\\d))`, 'iu');
/** "One thought on …", "Une réflexion sur …": only at the start ("Laisser un commentaire" is no count). */
const ONE = /^(one|un|une|ein|eine|uno|una|um|jeden)\s+(comment|commentaire|kommentar|comentario|commento|réponse|response|reply|thought|réflexion|gedanke|réaction|reaction|reactie|komentarz)(?![\p{L}])/iu;
const NONE =
  /^(no comments?( yet)?|aucun commentaire|pas (encore )?de commentaires?|keine kommentare|noch keine kommentare|sin comentarios|nessun commento|geen reacties|комментариев нет|нет комментариев)\b/iu;

/** A count from one short text, or null. */
export function countIn(text: string): number | null {
  const s = clean(text);
  if (!s || s.length > 240) return null;
  const a = NUM_WORD.exec(s);
  if (a) return toInt(a[1]);
  const b = WORD_NUM.exec(s);
  if (b) return toInt(b[1] ?? b[2]);
  if (ONE.test(s)) return 1;
  if (NONE.test(s)) return 0;
  return null;
}

const toInt = (s: string): number => Number(s.replace(/[\s\u00a0\u202f.,]/g, ''));

const HEADING_CLASSES = new Set(['comments-title', 'comment-count', 'comments-count', 'count']);
/** `h1, h2, h3, h4, h5, .comments-title, #comments-title, .comment-count, .comments-count, [class*="comments-count"], [class*="comment-count"], .count` */
function isCountHeading(el: Element): boolean {
  if (/^H[1-5]$/i.test(el.tagName) || el.id === 'comments-title') return true;
  const c = el.getAttribute('class');
  if (!c) return false;
  return c.includes('comments-count') || c.includes('comment-count') || c.split(/\s+/).some((t) => HEADING_CLASSES.has(t));
}
/** `#respond, .comment-respond, form, .comment-body, li.comment, article.comment`: the form, or a comment itself. */
function isFormOrComment(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === 'FORM' || el.id === 'respond') return true;
  const c = el.getAttribute('class');
  if (!c) return false;
  const tokens = c.split(/\s+/);
  return tokens.includes('comment-respond') || tokens.includes('comment-body') || ((tag === 'LI' || tag === 'ARTICLE') && tokens.includes('comment'));
}

/** The area (when it is a heading) and the count headings inside it, outside the form and the comments. */
function headingsOf(area: Element): Element[] {
  if (closestWhere(area, isFormOrComment)) return [];
  const out: Element[] = isHeading(area) ? [area] : [];
  const stack: Element[] = [];
  for (let c = area.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  while (stack.length) {
    const el = stack.pop() as Element;
    if (isFormOrComment(el)) continue;
    if (isCountHeading(el)) out.push(el);
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return out;
}

const COUNT_LINKS = 'a[href*="#comments"], a[href*="#respond"], .comments-link, .comments-link a, .comment-count, .comments-count, [class*="comments-count"], [class*="comment-count"], .post-comments, a[href*="#disqus_thread"]';

export function announcedCount(doc: Document, url = doc.URL): number | null {
  // 1. The comment section's own heading.
  for (const area of commentAreas(doc)) {
    for (const h of headingsOf(area)) {
      const text = boundedText(h, 2000);
      const n = text === null ? null : countIn(text);
      if (n !== null) return n;
    }
  }
  for (const h of Array.from(qsa(doc, '.comments-title, #comments-title'))) {
    const n = countIn(h.textContent ?? '');
    if (n !== null) return n;
  }
  // 2. The post's count link ("20 commentaires" pointing at this page's #comments).
  const here = pathOf(url);
  const links = Array.from(qsa(doc, COUNT_LINKS)).filter((el) => !closestWhere(el, isForeign));
  const mine = links.filter((el) => {
    const href = el.closest('a')?.getAttribute('href') ?? qs(el, 'a')?.getAttribute('href') ?? '';
    return href.startsWith('#') || (here !== null && pathOf(href, url) === here);
  });
  for (const el of [...mine, ...links.filter((el) => el.closest('article, main, .entry-meta, .post-meta'))]) {
    const n = countIn(el.textContent ?? '');
    if (n !== null) return n;
  }
  return null;
}

function isHeading(el: Element): boolean {
  return /^H[1-6]$/.test(el.tagName);
}

function pathOf(href: string, base?: string): string | null {
  try {
    return new URL(href, base).pathname.replace(/\/+$/, '');
  } catch {
    return null;
  }
}
