/**
 * Where a page keeps its comment section: the elements that announce, close
 * or page it. Shared by announced.ts, closed.ts and pagination.ts.
 */

export const AREA_SEL = [
  '#comments', '.comments-area', '#comments-area', '.comments', '#disqus_thread', '.comment-section',
  '.comments-section', '#comment-section', '.commentlist', '.comment-list', '#respond', '.post-comments',
  '.article-comments', '#kommentare', '.kommentare', '#commentaires', '.commentaires', '#reactions', '.reactions',
  '[id*="comments" i]', '[class*="comments" i]',
].join(', ');

/** Ancestors whose contents are never this page's comment section. */
export const FOREIGN = '.widget, [class*="widget_"], #recentcomments, .recentcomments, nav.menu, .menu, .related, .related-posts, .sidebar';

const cache = new WeakMap<Document, Element[]>();

/** Comment-area elements of the page, outermost first, outside widgets. */
export function commentAreas(doc: Document): Element[] {
  const hit = cache.get(doc);
  if (hit) return hit;
  const found = findAreas(doc);
  cache.set(doc, found);
  return found;
}

function findAreas(doc: Document): Element[] {
  const all = Array.from(doc.querySelectorAll(AREA_SEL)).filter(
    (el) => !/^(BODY|HTML|MAIN)$/.test(el.tagName) && !el.closest(FOREIGN) && !isForeignName(el),
  );
  return all.filter((el) => !all.some((o) => o !== el && o.contains(el)));
}

/** `[class*=comments]` also matches "recent-comments", "comments-link", "most-commented". */
function isForeignName(el: Element): boolean {
  const name = `${el.id} ${typeof el.className === 'string' ? el.className : ''}`;
  return /recent-?comments|latest-?comments|comments?-(link|count|number|icon|bubble|meta)|most-?commented|top-?comments|widget/i.test(name);
}
