import { qsa } from './page-index';

/**
 * Reply parents from markup: containment first, then depth/level classes or
 * attributes, then indentation. Returns parent indexes (or null) per member.
 */

const DEPTH_CLASS = /(?:^|[\s_-])(?:depth|level|lvl|indent|nest(?:ed|ing)?|reply-level|comment-level|thread-level)[-_]?(\d{1,2})(?:$|[\s_-])/i;

function depthOf(el: Element, stop: Element | null): number | null {
  for (let e: Element | null = el, hops = 0; e && e !== stop && hops < 3; e = e.parentElement, hops++) {
    for (const attr of ['data-depth', 'data-level', 'aria-level', 'data-indent']) {
      const v = e.getAttribute(attr);
      if (v && /^\d{1,2}$/.test(v.trim())) return Number(v);
    }
    const m = DEPTH_CLASS.exec(e.getAttribute('class') ?? '');
    if (m) return Number(m[1]);
    const style = e.getAttribute('style') ?? '';
    const ind = /(?:margin|padding)-left\s*:\s*(\d+(?:\.\d+)?)(px|em|rem)/i.exec(style);
    if (ind && Number(ind[1]) > 0) return -Number(ind[1]) * (ind[2] === 'px' ? 1 : 16);
  }
  return null;
}

/** Parent index of each member, from the DOM; `stated` tells whether the markup said anything. */
export function parentsFromMarkup(members: Element[]): { parents: (number | null)[]; stated: boolean } {
  const index = new Map<Element, number>();
  members.forEach((m, i) => index.set(m, i));
  const parents: (number | null)[] = members.map(() => null);
  let nested = false;
  members.forEach((m, i) => {
    for (let e = m.parentElement; e; e = e.parentElement) {
      const j = index.get(e) ?? replyWrapperOwner(e, index);
      if (j !== undefined) {
        parents[i] = j;
        nested = true;
        break;
      }
    }
  });
  if (nested) return { parents, stated: true };

  // Flat markup: depth classes/attributes (positive) or indentation (negative px).
  const depths = members.map((m) => depthOf(m, null));
  const known = depths.filter((d): d is number => d !== null);
  if (known.length < members.length * 0.6 || new Set(known).size < 2) return { parents, stated: false };
  const levels = [...new Set(known)].sort((a, b) => Math.abs(a) - Math.abs(b));
  const levelOf = (d: number | null) => (d === null ? 0 : levels.indexOf(d));
  const lastAt: number[] = [];
  members.forEach((_, i) => {
    const lv = levelOf(depths[i]);
    lastAt[lv] = i;
    lastAt.length = lv + 1;
    for (let up = lv - 1; up >= 0; up--) {
      if (lastAt[up] !== undefined) {
        parents[i] = lastAt[up];
        break;
      }
    }
  });
  return { parents, stated: true };
}

/**
 * Replies kept in a wrapper right after their parent (Drupal's `div.indented`,
 * `ul.children` beside the comment): the wrapper's previous sibling, past
 * empty anchors, is the parent.
 */
function replyWrapperOwner(wrapper: Element, index: Map<Element, number>): number | undefined {
  let s = wrapper.previousElementSibling;
  while (s && s.tagName === 'A' && !s.textContent?.trim()) s = s.previousElementSibling;
  return s ? index.get(s) : undefined;
}

const REPLY_TO = /in[-_\s]?reply|reply[-_\s]?to|response[-_\s]?to|in response|en réponse|réponse à|antwort auf|als antwort|respuesta a|in risposta|ответ на/i;

/**
 * Parents stated by "in reply to" links (`<a href="#comment-12">in reply to X</a>`)
 * in flat markup. Returns null where a block has no such link.
 */
export function parentsFromReplyLinks(members: Element[], own: (m: Element) => Element[]): (number | null)[] {
  const byId = new Map<string, number>();
  members.forEach((m, i) => {
    const id = m.getAttribute('id');
    if (id) byId.set(id, i);
    for (const a of qsa(m, 'a[id], a[name]')) {
      const k = a.getAttribute('id') || a.getAttribute('name');
      if (k && !byId.has(k)) byId.set(k, i);
    }
    const prev = m.previousElementSibling;
    const k = prev?.tagName === 'A' ? prev.getAttribute('id') || prev.getAttribute('name') : null;
    if (k && !byId.has(k)) byId.set(k, i);
  });
  return members.map((m, i) => {
    for (const el of own(m)) {
      if (el.tagName !== 'A') continue;
      const href = el.getAttribute('href') ?? '';
      const hash = href.includes('#') ? href.slice(href.indexOf('#') + 1) : '';
      if (!hash) continue;
      const ctx = `${el.getAttribute('class') ?? ''} ${el.getAttribute('title') ?? ''} ${el.parentElement?.getAttribute('class') ?? ''} ${el.parentElement?.textContent?.slice(0, 80) ?? ''}`;
      if (!REPLY_TO.test(ctx) && !/^\s*@/.test(el.textContent ?? '')) continue;
      const j = byId.get(hash);
      if (j !== undefined && j < i) return j;
    }
    return null;
  });
}
