import { clean } from './dom-utils';
import { commentAreas } from './comment-area';

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

export function closedNotice(text: string): boolean {
  const s = clean(text);
  return s.length > 0 && s.length <= 200 && CLOSED.test(s);
}

const SHORT = 'p, div, span, em, strong, h2, h3, h4, h5, li, small';
/** What someone wrote: a comment quoting the sentence is no notice. */
const WRITTEN = '.comment-body, .comment-content, .comment-text, li.comment, article.comment, [class*="depth-"]';

export function commentsClosed(doc: Document): boolean {
  for (const el of Array.from(doc.querySelectorAll('.no-comments, .nocomments, .comments-closed, .comments-are-closed, .comment-closed'))) {
    if (closedNotice(el.textContent ?? '')) return true;
  }
  for (const area of commentAreas(doc)) {
    if (!area.querySelector(WRITTEN) && closedNotice(area.textContent ?? '')) return true;
    for (const el of Array.from(area.querySelectorAll(SHORT))) {
      if (el.closest(WRITTEN)) continue;
      if (closedNotice(el.textContent ?? '')) return true;
    }
  }
  // A notice standing alone elsewhere: a short text whose element says nothing else.
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const v = n.nodeValue ?? '';
    if (v.length > 200 || !closedNotice(v)) continue;
    const el = n.parentElement;
    if (el && (el.textContent ?? '').length < 80 && !el.closest(WRITTEN)) return true;
  }
  return false;
}
