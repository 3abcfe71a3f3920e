import { BAD_REGION, ITEM_TOKEN, REGION_WORDS, tokensOf } from './generic-words';

/** Elements that can hold one comment. Inline tags never do. */
const BLOCKISH = new Set(['LI', 'DIV', 'ARTICLE', 'SECTION', 'DD', 'DT', 'TR', 'TD', 'TABLE', 'BLOCKQUOTE', 'ASIDE', 'P', 'DL', 'FIGURE']);
const NEVER_INSIDE = new Set(['FORM', 'PRE', 'CODE', 'TEXTAREA', 'NAV', 'ASIDE', 'FOOTER', 'HEADER', 'TEMPLATE', 'NOSCRIPT', 'SCRIPT', 'SELECT', 'BUTTON', 'A']);
const ID_ITEM = /^(comment|comentario|commentaire|kommentar|c|cmt|reply|li-comment|div-comment|dsq-comment|comment-body)[-_]?\d+$/i;

export interface Group {
  /** The shared signature: tag plus the comment-naming class token or id pattern. */
  sig: string;
  members: Element[];
}

/**
 * The first class token that names a comment, with digits folded, so that
 * `comment odd depth-2` and `comment even depth-1` fall in one group.
 */
export function signatureOf(el: Element): string | null {
  const tag = el.tagName.toUpperCase();
  if (!BLOCKISH.has(tag)) return null;
  const cls = (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
  const tok = cls.find((c) => ITEM_TOKEN.test(c) && !/^(by|name)[-_]/i.test(c));
  if (tok) return `${tag}.${tok.replace(/\d+/g, 'N').toLowerCase()}`;
  const id = el.getAttribute('id') ?? '';
  if (ID_ITEM.test(id)) return `${tag}#${id.replace(/\d+/g, 'N').toLowerCase()}`;
  return null;
}

/** True when `el` sits in a widget, sidebar, menu, form, code block or hidden part. */
export function inBadRegion(el: Element, stop: Element | null): boolean {
  for (let e: Element | null = el; e && e !== stop; e = e.parentElement) {
    const tag = e.tagName.toUpperCase();
    if (tag === 'BODY' || tag === 'HTML') return false;
    if (e !== el && NEVER_INSIDE.has(tag)) return true;
    if (e.hasAttribute('hidden') || /display\s*:\s*none/i.test(e.getAttribute('style') ?? '')) return true;
    const toks = tokensOf(e);
    if (BAD_REGION.test(toks)) return true;
    const role = e.getAttribute('role');
    if (role && /^(navigation|complementary|search|banner|contentinfo)$/.test(role)) return true;
    // The comment section itself: whatever wraps it further up (a blog "widget") is not a sidebar.
    if (e !== el && REGION_WORDS.test(toks) && isSectionish(e, el)) return false;
  }
  return false;
}

/** Groups every comment-named block of the page by signature, in document order. */
export function collectGroups(doc: Document, deadline: () => boolean): Group[] {
  const bySig = new Map<string, Element[]>();
  const body = doc.body ?? doc.documentElement;
  if (!body) return [];
  const all = body.getElementsByTagName('*');
  for (let i = 0; i < all.length; i++) {
    if ((i & 1023) === 0 && deadline()) break;
    const el = all[i];
    const sig = signatureOf(el);
    if (!sig) continue;
    const list = bySig.get(sig);
    if (list) list.push(el);
    else bySig.set(sig, [el]);
  }
  const groups: Group[] = [];
  for (const [sig, els] of bySig) {
    const members = els.filter((e) => !inBadRegion(e, null));
    if (members.length) groups.push({ sig, members });
  }
  return groups;
}

/** An ancestor that names the whole comment section (several comments, or a list/area/holder). */
function isSectionish(e: Element, item: Element): boolean {
  const toks = tokensOf(e);
  if (/comments|list|area|holder|section|thread|block|container|wrap|content|respon/i.test(toks)) return true;
  return e.children.length > 1 && e.contains(item);
}
