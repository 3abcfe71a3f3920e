import { qsa } from './page-index';
import { clean } from './dom-utils';
import { fieldsOf, type Fields } from './generic-fields';
import { originOf } from './generic-segments';
import { REGION_WORDS, SECTION_HEADING, tokensOf } from './generic-words';

export interface Scored {
  sig: string;
  members: Element[];
  fields: Fields[];
  score: number;
  confidence: number;
}

/** Signatures that name the whole list or area, not one comment. */
const CONTAINER_SIG = /comments\b|commentlist|list|area|section|wrap|holder|outer|block|thread|respond|form|count|link|meta|author|date|time|text|body|content|header|footer|avatar|reply-?link|title|number|num|tools|actions|info/i;

/** Parts of one comment named BEM-style (`b-comment__fold-button`) or plainly (`comment-toggle`). */
const PART_SIG = /(__|-)(button|fold|toggle|control|controls|panel|vote|votes|rating|avatar|image|img|pic|icon|children|replies|space|inner|placeholder|counter|badge)/i;

export const isContainerSig = (sig: string): boolean => {
  const full = sig.split(/[.#]/)[1] ?? '';
  // BEM: `content-list__item_comment` is an item of a list; judge the element part only.
  const tok = full.includes('__') ? full.slice(full.lastIndexOf('__') + 2) : full;
  return CONTAINER_SIG.test(tok) || PART_SIG.test(full);
};

const words = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** How much of the element's text is link text (recent-comment widgets are all links). */
function linkShare(el: Element, text: string, f: Fields): number {
  let inLinks = 0;
  for (const a of qsa(el, 'a')) {
    const t = clean(a.textContent);
    if (f.authorEl?.contains(a) || t === f.author || t === f.timeText || !text.includes(t)) continue;
    inLinks += t.length;
  }
  return text.length ? Math.min(1, inLinks / text.length) : 1;
}

/** True when an ancestor, or a heading before the block, names the comment section. */
function inCommentRegion(el: Element): boolean {
  for (let e = el.parentElement; e && e.tagName !== 'BODY'; e = e.parentElement) {
    if (REGION_WORDS.test(tokensOf(e)) || REGION_WORDS.test(e.getAttribute('aria-label') ?? '')) return true;
    for (let s = e.previousElementSibling, n = 0; s && n < 3; s = s.previousElementSibling, n++) {
      if (/^H[1-6]$/.test(s.tagName) && SECTION_HEADING.test(clean(s.textContent))) return true;
    }
  }
  return false;
}

/** Reads every member of a group and rates how much it looks like a comment thread. */
export function scoreGroup(sig: string, members: Element[]): Scored | null {
  // Drop members nested in a member of the same group only when the group is not a thread:
  // nested members are replies and stay.
  const set = new Set(members);
  const isOther = (m: Element) => (el: Element) => el !== m && set.has(el);
  const fields: Fields[] = [];
  let valid = 0;
  let withAuthor = 0;
  let withTime = 0;
  let linky = 0;
  let totalWords = 0;
  let empty = 0;
  for (const m of members) {
    const f = fieldsOf(m, isOther(m));
    fields.push(f);
    const text = f.paragraphs.join(' ');
    const w = words(text);
    if (!w) {
      empty++;
      continue;
    }
    totalWords += w;
    if (f.author) withAuthor++;
    if (f.time || f.timeText) withTime++;
    if (f.author || f.time || f.timeText) valid++;
    if (linkShare(f.bodyEl ?? m, text, f) > 0.7 && w < 40) linky++;
  }
  if (!valid) return null;
  // Empty blocks (templates, deleted comments) neither help nor hurt the shares.
  const n = Math.max(1, members.length - empty);
  const authorFrac = withAuthor / n;
  const timeFrac = withTime / n;
  const region = inCommentRegion(originOf(members[0])) ? 1 : 0;
  const containerName = isContainerSig(sig) ? 0.5 : 1;
  const linkPenalty = linky / n > 0.5 ? 0.2 : 1;
  const meanWords = totalWords / Math.max(1, valid);
  const score = valid * (0.4 + 0.3 * authorFrac + 0.3 * timeFrac) * containerName * linkPenalty * (meanWords >= 3 ? 1 : 0.3);
  const confidence =
    (0.15 + 0.35 * authorFrac + 0.2 * timeFrac + 0.2 * region + (n >= 2 ? 0.1 : 0)) * linkPenalty * (containerName === 1 ? 1 : 0.85);
  // A thread where nobody is named is a live ticker, a changelog or a list, not comments.
  const anonymous = authorFrac < 0.2 ? 0.5 : 1;
  // One block alone must show both who and when to count as a comment.
  const lone = n === 1 && !(withAuthor && withTime) ? 0.6 : 1;
  // Blocks found only by being repeated under a comment region need names on most of them.
  const loose = sig.startsWith('sib:') && authorFrac < 0.5 ? 0.5 : 1;
  return { sig, members, fields, score, confidence: Math.min(1, confidence * anonymous * lone * loose) };
}
