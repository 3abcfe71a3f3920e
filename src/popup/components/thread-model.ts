import type { Analysis } from '../../core/analysis-types';
import type { CommentRecord, ThreadNode } from '../../core/types';
import type { SortOrder } from '../../shared/settings';

/** Pure view logic of the Threads panel: sorting, filtering and the rows to render. */

export interface ThreadFilter {
  query: string;
  author: string | null;
  links: boolean;
  questions: boolean;
  unanswered: boolean;
}

export const NO_FILTER: ThreadFilter = { query: '', author: null, links: false, questions: false, unanswered: false };

export const isFiltering = (f: ThreadFilter) =>
  f.query.trim() !== '' || f.author !== null || f.links || f.questions || f.unanswered;

export interface Row {
  node: ThreadNode;
  /** 1 for a thread's first comment (aria-level). */
  level: number;
  setSize: number;
  posInSet: number;
  expanded: boolean;
  /** Replies shown under it when expanded (within the filter). */
  childCount: number;
  /** The comment itself matches the filter (false: shown only as context of a match). */
  match: boolean;
  parentId: string | null;
}

const timeOf = (c: CommentRecord) => (c.time ? Date.parse(c.time) : NaN);

function latest(node: ThreadNode): number {
  let best = -Infinity;
  const stack = [node];
  while (stack.length) {
    const n = stack.pop() as ThreadNode;
    const t = timeOf(n.comment);
    if (!Number.isNaN(t) && t > best) best = t;
    stack.push(...n.children);
  }
  return best;
}

/** Threads in the order asked for; replies inside a thread keep the page's order. */
export function sortRoots(roots: readonly ThreadNode[], order: SortOrder): ThreadNode[] {
  const indexed = roots.map((r, i) => ({ r, i }));
  if (order === 'replies') indexed.sort((a, b) => b.r.descendants - a.r.descendants || a.i - b.i);
  if (order === 'newest') {
    const key = new Map(roots.map((r) => [r, latest(r)]));
    indexed.sort((a, b) => (key.get(b.r) as number) - (key.get(a.r) as number) || a.i - b.i);
  }
  return indexed.map((x) => x.r);
}

/** Question marks outside quotes and URLs: used when the analysis lists no questions. */
const looksLikeQuestion = (text: string) => /\?(\s|$|["»”)])/.test(text.replace(/https?:\/\/\S+/g, ''));

/** Comment id -> answered?, from the analysis, or from the text and replies when it has none. */
export function questionsOf(a: Analysis, repliesOf: (id: string) => number): Map<string, boolean> {
  const out = new Map<string, boolean>();
  if (a.summary && a.summary.questions.length) {
    for (const q of a.summary.questions) out.set(q.commentId, (out.get(q.commentId) ?? false) || q.answered);
    return out;
  }
  for (const c of a.comments) if (looksLikeQuestion(c.text)) out.set(c.id, repliesOf(c.id) > 0);
  return out;
}

/** Ids of the comments that match; null when no filter is set. */
export function matchingIds(
  comments: readonly CommentRecord[],
  f: ThreadFilter,
  questions: Map<string, boolean>,
): Set<string> | null {
  if (!isFiltering(f)) return null;
  const q = fold(f.query.trim());
  const out = new Set<string>();
  for (const c of comments) {
    if (f.author !== null && c.author !== f.author) continue;
    if (f.links && c.links.length === 0) continue;
    if (f.questions && !questions.has(c.id)) continue;
    if (f.unanswered && questions.get(c.id) !== false) continue;
    if (q && !fold(c.text).includes(q) && !fold(c.author).includes(q)) continue;
    out.add(c.id);
  }
  return out;
}

/** Case- and accent-insensitive form for search: "Éric" finds "eric". */
export const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The matches and every comment above them, so each match is shown in its thread. */
export function withAncestors(matches: Set<string>, parentOf: Map<string, string | null>): Set<string> {
  const keep = new Set<string>();
  for (const id of matches) {
    let cur: string | null | undefined = id;
    while (cur && !keep.has(cur)) {
      keep.add(cur);
      cur = parentOf.get(cur);
    }
  }
  return keep;
}

/** Ids of the nodes that have children, in the given trees (restricted to `keep` when set). */
export function branchIds(roots: readonly ThreadNode[], keep: Set<string> | null = null): string[] {
  const out: string[] = [];
  const stack = [...roots];
  while (stack.length) {
    const n = stack.pop() as ThreadNode;
    const kids = keep ? n.children.filter((c) => keep.has(c.comment.id)) : n.children;
    if (kids.length) out.push(n.comment.id);
    stack.push(...kids);
  }
  return out;
}

/**
 * The rows a reader sees, in order: each thread's first comment, and below an
 * expanded comment its replies. With `keep`, only those comments (matches and
 * their ancestors). Stops after `limit` rows, so 5,000 comments cost what 200 do.
 */
export function visibleRows(
  roots: readonly ThreadNode[],
  expanded: ReadonlySet<string>,
  keep: Set<string> | null,
  matches: Set<string> | null,
  limit = Infinity,
): { rows: Row[]; more: boolean } {
  const rows: Row[] = [];
  const pick = (ns: readonly ThreadNode[]) => (keep ? ns.filter((n) => keep.has(n.comment.id)) : ns);
  type Item = { node: ThreadNode; level: number; setSize: number; posInSet: number; parentId: string | null };
  const level1 = pick(roots);
  const stack: Item[] = level1.map((node, i) => ({ node, level: 1, setSize: level1.length, posInSet: i + 1, parentId: null })).reverse();
  while (stack.length) {
    const it = stack.pop() as Item;
    if (rows.length >= limit) return { rows, more: true };
    const kids = pick(it.node.children);
    const open = kids.length > 0 && expanded.has(it.node.comment.id);
    rows.push({ ...it, expanded: open, childCount: kids.length, match: !matches || matches.has(it.node.comment.id) });
    if (open) {
      for (let i = kids.length - 1; i >= 0; i--) {
        stack.push({ node: kids[i], level: it.level + 1, setSize: kids.length, posInSet: i + 1, parentId: it.node.comment.id });
      }
    }
  }
  return { rows, more: false };
}

/** Ids of a node's branch (itself and every descendant that has replies): expanding opens the branch. */
export const branchOf = (node: ThreadNode) => branchIds([node]);
