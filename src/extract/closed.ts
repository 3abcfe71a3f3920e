import { qsa } from './page-index';
import { boundedText, clean } from './dom-utils';
import { closestWhere, commentAreas } from './comment-area';
import { onRawText, pageText, phraseIn, type PhraseGate } from './phrase-gate';

/**
 * Whether the page says its comments are closed ("Les commentaires sont fermés.",
 * "Comments are closed.", WordPress's `.no-comments`/`.nocomments` notice).
 */

const CLOSED = new RegExp(
  [
    'les commentaires sont (?:fermés|clos|désactivés)', 'commentaires (?:fermés|clos)', 'les réactions sont (?:fermées|closes)',
    'comments (?:are|have been) (?:now )?(?:closed|disabled|turned off)', 'comments closed', 'commenting (?:is|has been) (?:now )?(?:closed|disabled)',
    'this (?:article|post|story|thread) is (?:now )?closed (?:for|to) (?:comments|commenting)', 'comments for this (?:article|post|story) are (?:now )?closed',
    'kommentare sind (?:geschlossen|deaktiviert)', 'die kommentarfunktion (?:ist|wurde) (?:geschlossen|deaktiviert)', 'kommentarfunktion geschlossen',
    'los comentarios están cerrados', 'comentarios cerrados', 'i commenti sono chiusi', 'commenti chiusi',
    'os comentários estão fechados', 'comentários fechados', 'reacties zijn gesloten', 'komentarze są (?:wyłączone|zamknięte)',
    'комментарии закрыты', 'обсуждение закрыто', 'коментарі закриті',
  ].join('|'),
  'iu',
);

/** Every notice above names comments, reactions or the discussion: a cheap first test for the thousands of texts of a page. */
const NAMES_COMMENTS = /comm?ent|réaction|reacties|kommentar|komentarz|коммент|комент|обсужд/i;

export function closedNotice(text: string): boolean {
  if (!NAMES_COMMENTS.test(text)) return false;
  const s = clean(text);
  return s.length > 0 && s.length <= 200 && CLOSED.test(s);
}
/**
 * Whether a notice's words occur anywhere in the page's text. Every notice holds a word of
 * NAMES_COMMENTS with at most six words before or after it ("this thread is now closed for
 * comments", "comments for this article are now closed").
 */
export const NOTICE_GATE: PhraseGate = { key: new RegExp(NAMES_COMMENTS.source, 'giu'), phrase: onRawText(CLOSED), reach: 8 };

const SHORT = new Set(['P', 'DIV', 'SPAN', 'EM', 'STRONG', 'H2', 'H3', 'H4', 'H5', 'LI', 'SMALL']);
const WRITTEN_CLASSES = new Set(['comment-body', 'comment-content', 'comment-text']);

/** What someone wrote (`.comment-body, .comment-content, .comment-text, li.comment, article.comment, [class*="depth-"]`): a comment quoting the sentence is no notice. */
function isWritten(el: Element): boolean {
  const c = el.getAttribute('class');
  if (!c) return false;
  if (c.includes('depth-')) return true;
  const tokens = c.split(/\s+/);
  if (tokens.some((t) => WRITTEN_CLASSES.has(t))) return true;
  const tag = el.tagName.toUpperCase();
  return (tag === 'LI' || tag === 'ARTICLE') && tokens.includes('comment');
}

/** The blocks of an area outside anything written, in document order. */
function unwrittenBlocks(area: Element): { blocks: Element[]; hasWritten: boolean } {
  const blocks: Element[] = [];
  let hasWritten = false;
  const stack: Element[] = [];
  for (let c = area.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  while (stack.length) {
    const el = stack.pop() as Element;
    if (isWritten(el)) {
      hasWritten = true;
      continue;
    }
    if (SHORT.has(el.tagName.toUpperCase())) blocks.push(el);
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return { blocks, hasWritten };
}

export function commentsClosed(doc: Document): boolean {
  // Every text read below is part of the page's text, and clean() treats a part as it treats the
  // whole: when the whole page holds no notice, no part does (one pass instead of several walks).
  if (!phraseIn(pageText(doc), NOTICE_GATE)) return false;
  for (const el of Array.from(qsa(doc, '.no-comments, .nocomments, .comments-closed, .comments-are-closed, .comment-closed'))) {
    if (closedNotice(el.textContent ?? '')) return true;
  }
  for (const area of commentAreas(doc)) {
    const { blocks, hasWritten } = unwrittenBlocks(area);
    if (!hasWritten) {
      const all = boundedText(area, 2000);
      if (all !== null && closedNotice(all)) return true;
    }
    if (closestWhere(area, isWritten)) continue;
    for (const el of blocks) {
      const t = boundedText(el, 2000);
      if (t !== null && closedNotice(t)) return true;
    }
  }
  // A notice standing alone elsewhere: a short text whose element says nothing else.
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const v = n.nodeValue ?? '';
    if (v.length > 200 || !closedNotice(v)) continue;
    const el = n.parentElement;
    if (el && (el.textContent ?? '').length < 80 && !closestWhere(el, isWritten)) return true;
  }
  return false;
}
