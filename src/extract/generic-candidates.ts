import { qsa } from './page-index';
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
  // An id like comment-123 first: classes such as `alt-comment` are often on every other item only.
  const id = el.getAttribute('id') ?? '';
  if (ID_ITEM.test(id)) return `${tag}#${id.replace(/\d+/g, 'N').toLowerCase()}`;
  const cls = (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
  const tok = cls.find((c) => ITEM_TOKEN.test(c) && !/^(by|name)[-_]/i.test(c));
  if (tok) return `${tag}.${tok.replace(/\d+/g, 'N').toLowerCase()}`;
  return null;
}

type RegionState = 'bad' | 'safe' | 'neutral';
/** More elements than any form to write a comment holds. */
const PAGE_FORM = 300;
const stateCache = new WeakMap<Element, RegionState>();

/** What an ancestor says about the blocks below it; cached, ancestors are shared. */
function ancestorState(e: Element | null): RegionState {
  const chain: Element[] = [];
  let state: RegionState = 'neutral';
  let last: Element | null = null;
  for (; e; e = e.parentElement) {
    const hit = stateCache.get(e);
    if (hit) {
      state = hit;
      break;
    }
    const own = ownState(e);
    if (own !== 'neutral') {
      state = own;
      last = e;
      break;
    }
    chain.push(e);
  }
  // Elements walked through were neutral themselves and inherit what was found above.
  for (const c of chain) stateCache.set(c, state);
  if (last) stateCache.set(last, state);
  return state;
}

function ownState(e: Element): RegionState {
  const tag = e.tagName.toUpperCase();
  if (tag === 'BODY' || tag === 'HTML') return 'neutral';
  // A form around the whole page (ASP.NET's <form id="aspnetForm">: it holds the title, or more
  // than any form to write a comment does) is no comment form.
  if (tag === 'FORM' && (e.getElementsByTagName('h1').length > 0 || e.getElementsByTagName('*').length > PAGE_FORM)) return 'neutral';
  if (NEVER_INSIDE.has(tag)) return 'bad';
  if (e.hasAttribute('hidden') || /display\s*:\s*none/i.test(e.getAttribute('style') ?? '')) return 'bad';
  const toks = tokensOf(e);
  if (BAD_REGION.test(toks)) return 'bad';
  const role = e.getAttribute('role');
  if (role && /^(navigation|complementary|search|banner|contentinfo)$/.test(role)) return 'bad';
  // The comment section itself: whatever wraps it further up (a blog "widget") is not a sidebar.
  if (REGION_WORDS.test(toks) && isSectionish(e)) return 'safe';
  return 'neutral';
}

/** True when `el` sits in a widget, sidebar, menu, form, code block or hidden part. */
export function inBadRegion(el: Element, _stop: Element | null): boolean {
  if (BAD_REGION.test(tokensOf(el))) return true;
  if (el.hasAttribute('hidden') || /display\s*:\s*none/i.test(el.getAttribute('style') ?? '')) return true;
  return ancestorState(el.parentElement) === 'bad';
}

/** Groups every comment-named block of the page by signature, in document order. */
export function collectGroups(doc: Document, deadline: () => boolean): Group[] {
  const bySig = new Map<string, Element[]>();
  const body = doc.body ?? doc.documentElement;
  if (!body) return [];
  const all = qsa(body, '*');
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
function isSectionish(e: Element): boolean {
  const toks = tokensOf(e);
  if (/comments|list|area|holder|section|thread|block|container|wrap|content|respon/i.test(toks)) return true;
  return !!e.firstElementChild?.nextElementSibling;
}
