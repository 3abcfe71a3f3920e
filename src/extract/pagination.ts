import { qs, qsa } from './page-index';
import type { Pagination } from '../core/types';
import { clean } from './dom-utils';
import { commentAreas } from './comment-area';
import { frameOf } from '../core/frame-urls';
import { unreadShadowSystem } from './shadow';
import { onRawText, pageText, phraseIn, type PhraseGate } from './phrase-gate';

/**
 * Whether the comments go on elsewhere: further comment pages (`?cpage=2`,
 * `/comment-page-2/`, a comment navigation), a "load more" control, or a frame
 * from a hosted comment system that the page's own DOM does not hold.
 */

const PAGE_HREF = /[?&]cpage=\d+|\/comment-page-\d+\/?|[?&]comments?_?page=\d+|#comments?-page-\d+/i;
const NAV = '.comment-navigation, .comments-navigation, .comments-pagination, .comment-pagination, #comment-nav-above, #comment-nav-below, .navigation, .nav-links, .pagination, .page-numbers';
/** The "load more" labels (each holds a word of LOAD_KEY with at most five words before it, "lire la suite des 12 commentaires", and one after it). */
const LOAD_MORE_LABELS =
  /(?:(?:load|show|view|see|read) (?:\d+ )?(?:more|all|older|newer|previous|next)(?: \d+)? (?:comments|replies)|(?:more|older|previous|next) comments|afficher (?:plus de|les|tous les) (?:\d+ )?(?:commentaires|réponses)|(?:voir|charger|lire) (?:plus de|les|tous les|la suite des) (?:\d+ )?(?:commentaires|réponses)|plus de commentaires|commentaires (?:précédents|suivants)|(?:weitere|mehr|ältere|alle) (?:\d+ )?kommentare(?: (?:laden|anzeigen))?|(?:kommentare|antworten) (?:laden|nachladen)|(?:ver|cargar) más comentarios|carica altri commenti|показать (?:ещё|еще|все) (?:\d+ )?(?:комментари(?:[йия]|ев)|ответ[аов]*))/iu;
/** A label opening a control's text, as a whole word (`\b` would know only Latin letters: "комментариев" never ended a word for it). */
const LOAD_MORE = new RegExp(`^${LOAD_MORE_LABELS.source}(?![\\p{L}\\p{N}])`, 'iu');
/** A word every label holds (with the labels' own case folding). */
const LOAD_KEY = /comm?ent|replies|réponses|kommentar|antworten|комментари|ответ/giu;
/** A label anywhere in the page's text (its end need not be a word's end there: the next element's text may follow at once). */
export const LOAD_GATE: PhraseGate = { key: LOAD_KEY, phrase: onRawText(LOAD_MORE_LABELS), reach: 8 };

export function paginationOf(doc: Document): Pagination {
  const areas = commentAreas(doc);
  const inAreas = (sel: string) => areas.flatMap((a) => Array.from(qsa(a, sel)));
  // Every PAGE_HREF holds "page": the links that do not are left to the browser's engine to pass over.
  const hrefs = Array.from(qsa(doc, 'a[href*="page" i]')).map((a) => a.getAttribute('href') ?? '');
  const navLinks = inAreas(NAV).filter((n) => !n.closest('li.comment, .comment-body')).flatMap((n) => Array.from(qsa(n, 'a[href]')));
  const paginated = hrefs.some((h) => PAGE_HREF.test(h)) || navLinks.some((a) => /comment|page|\d/i.test(a.getAttribute('href') ?? ''));
  // Each control's text is part of the page's: when the page holds no label, no control does (a big
  // thread has thousands of links in its comments).
  const loadMore = phraseIn(pageText(doc), LOAD_GATE) &&
    [...inAreas('button, a, [role="button"]'), ...Array.from(qsa(doc, 'button, [role="button"]'))].some((el) => LOAD_MORE.test(clean(el.textContent).slice(0, 80)));
  const frame = framedBy(doc);
  return { paginated, loadMore, framed: frame?.service ?? null, ...(frame?.origin ? { frameOrigin: frame.origin } : {}) };
}

function framedBy(doc: Document): { service: string; origin?: string } | null {
  for (const f of Array.from(qsa(doc, 'iframe[src]'))) {
    const hit = frameOf(f.getAttribute('src') ?? '', doc.baseURI);
    if (hit) return { service: hit.id, origin: hit.origin };
  }
  // The service's script is there but its frame is not (yet): a lazy or blocked embed.
  if (qs(doc, '#disqus_thread') && !qs(doc, '#disqus_thread li, #disqus_thread .post')) return { service: 'disqus' };
  if (qs(doc, '.fb-comments')) return { service: 'facebook' };
  // Coral / OpenWeb host with no open shadow root: not loaded yet, or a closed root (shadow.ts).
  const shadowed = unreadShadowSystem(doc);
  if (shadowed) return { service: shadowed };
  return null;
}
