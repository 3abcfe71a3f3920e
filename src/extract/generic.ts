import { qsa } from './page-index';
import type { CommentRecord } from '../core/types';
import { inferParents } from '../core/infer-parents';
import type { Adapter, AdapterResult, ExtractContext } from './types';
import { anchorOf, linksOf } from './dom-utils';
import { collectGroups, type Group } from './generic-candidates';
import type { Fields } from './generic-fields';
import { parentsFromMarkup, parentsFromReplyLinks } from './generic-nesting';
import { markerIdOf, originOf, segmentGroups } from './generic-segments';
import { siblingGroups } from './generic-siblings';
import { isContainerSig, scoreGroup, type Scored } from './generic-score';

/** Below this the generic detector says nothing: a wrong thread is worse than none. */
export const GENERIC_MIN_CONFIDENCE = 0.5;
const MAX_MEMBERS = 3000;
/** Share of a group's blocks with a body element above which a block without one is no comment. */
const BODY_SHARE = 0.6;

/**
 * The structural detector behind the platform adapters: finds the repeated
 * comment-named blocks that carry an author, a time and text, and reads the
 * reply tree from containment, depth classes or indentation.
 */
export const genericAdapter: Adapter = {
  name: 'generic',
  detect: (doc) => (doc.body ? 0.05 : 0),
  extract(doc, ctx) {
    const late = () => ctx.now() > ctx.deadline;
    const groups = collectGroups(doc, late);
    groups.push(...segmentGroups(doc, groups), ...siblingGroups(doc, groups));
    const best = pickGroup(groups, late);
    if (!best || best.confidence < GENERIC_MIN_CONFIDENCE) return null;
    return toResult(best, ctx);
  },
};

function pickGroup(groups: Group[], late: () => boolean): Scored | null {
  const scored: Scored[] = [];
  // Larger groups first: when time runs out, the thread has most likely been read already.
  const order = groups
    .filter((g) => g.members.length > 1 || !isContainerSig(g.sig))
    .sort((a, b) => b.members.length - a.members.length);
  for (const g of order) {
    if (late()) break;
    const s = scoreGroup(g.sig, g.members.slice(0, MAX_MEMBERS));
    if (s) scored.push(s);
  }
  // Only groups that look enough like a thread compete; the largest of those wins.
  const sure = scored.filter((s) => s.confidence >= GENERIC_MIN_CONFIDENCE).sort((a, b) => b.score - a.score);
  let best = sure[0] ?? null;
  if (!best) return null;
  // Same comments read through an outer wrapper (li around div.comment-body): keep the outer one,
  // it carries the nesting.
  for (let changed = true; changed; ) {
    changed = false;
    for (const s of sure) {
      if (s === best || s.members.length !== best.members.length) continue;
      if (s.score < best.score * 0.85 && !nests(s.members)) continue;
      if (best.members.every((m, i) => s.members[i] !== m && s.members[i].contains(m))) {
        best = s;
        changed = true;
      }
    }
  }
  return best;
}

/** True when some members contain others: the group carries the reply tree. */
function nests(members: Element[]): boolean {
  const set = new Set(members);
  return members.some((m) => {
    for (let e = m.parentElement; e; e = e.parentElement) if (set.has(e)) return true;
    return false;
  });
}

function toResult(best: Scored, ctx: ExtractContext): AdapterResult | null {
  const { members, fields } = best;
  const markup = parentsFromMarkup(members);
  const { parents } = markup;
  let { stated } = markup;
  if (!stated) {
    const set = new Set(members);
    const linked = parentsFromReplyLinks(members, (m) => ownElements(m, set));
    if (linked.some((p) => p !== null)) {
      linked.forEach((p, i) => (parents[i] = p));
      stated = true;
    }
  }
  const origins = members.map(originOf);
  const ids = origins.map((m, i) => m.getAttribute('id') || m.getAttribute('name') || markerIdOf(m) || `generic-${i + 1}`);
  const seen = new Set<string>();
  const memberSet = new Set(members);
  const comments: CommentRecord[] = [];
  // Where nearly every block keeps its text in a body element, a block without one is another
  // kind of entry in the same list (a status change, an event line), not a comment.
  const withBody = fields.filter((f) => f.bodyEl).length;
  const bodyless = withBody >= BODY_SHARE * fields.length;
  members.forEach((m, i) => {
    const f: Fields = fields[i];
    if (!f.paragraphs.length || (bodyless && !f.bodyEl)) return;
    let id = ids[i];
    if (seen.has(id)) id = `${id}-${i}`;
    seen.add(id);
    ids[i] = id;
    const p = parents[i];
    comments.push({
      id,
      parentId: p === null ? null : ids[p],
      author: f.author,
      authorUrl: f.authorUrl,
      time: f.time,
      timeText: f.timeText || undefined,
      text: f.paragraphs.join('\n\n'),
      paragraphs: f.paragraphs,
      links: linksOf(f.bodyEl ?? m, ctx.url, (el) => el !== m && memberSet.has(el)),
      permalink: origins[i].getAttribute('id') ? `${ctx.url.split('#')[0]}#${origins[i].getAttribute('id')}` : null,
      depth: 0,
      kind: 'comment',
      anchor: anchorOf(origins[i]),
    });
  });
  if (!comments.length) return null;
  const valid = new Set(comments.map((c) => c.id));
  for (const c of comments) if (c.parentId && !valid.has(c.parentId)) c.parentId = null;
  const final = stated ? comments : inferParents(comments);
  setDepths(final);
  return { comments: final, confidence: best.confidence, notes: [] };
}

function setDepths(comments: CommentRecord[]): void {
  const byId = new Map(comments.map((c) => [c.id, c]));
  for (const c of comments) {
    let d = 0;
    for (let p = c.parentId; p && d < 100; p = byId.get(p)?.parentId ?? null) d++;
    c.depth = d;
  }
}

/** Elements of a block that do not belong to a nested block. */
function ownElements(m: Element, members: Set<Element>): Element[] {
  return Array.from(qsa(m, 'a[href*="#"]')).filter((a) => {
    for (let e = a.parentElement; e && e !== m; e = e.parentElement) if (members.has(e)) return false;
    return true;
  });
}
