import type { Analysis } from '../../core/analysis-types';
import { buildTree, walk } from '../../core/tree';

/**
 * What the annotations say about each comment, computed from the Analysis
 * alone (no DOM): counts, author, parent, signals. Tested in Node.
 */

export type SignalKind = 'question' | 'link' | 'agree' | 'disagree' | 'emphatic' | 'strong-words';

export interface Signal {
  kind: SignalKind;
  /** Why the signal is shown: the words, counts or domains it rests on. */
  evidence: string[];
  /** For questions: whether a reply answered it (null when unknown). */
  answered?: boolean | null;
}

export interface CommentView {
  id: string;
  anchor: string | null;
  author: string;
  /** Comments this author wrote on the page. */
  authorCount: number;
  /** 0..359, stable per author name (case-insensitive). */
  authorHue: number;
  isArticleAuthor: boolean;
  /** Direct replies. */
  replies: number;
  /** Comments below this one, all levels. */
  descendants: number;
  descendantIds: string[];
  threadRootId: string;
  /** Comments in this comment's whole thread, its root included. */
  threadSize: number;
  depth: number;
  parent: { id: string; author: string; inferred: boolean } | null;
  signals: Signal[];
}

/** FNV-1a over the lower-cased name: the same author gets the same hue on every page. */
export function authorHue(author: string): number {
  let h = 0x811c9dc5;
  for (const ch of author.trim().toLocaleLowerCase()) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 360;
}

const QUESTION_END = /\?\s*(?:[»”"')\]]\s*)?(?=\s|$)/u;

function signalsOf(a: Analysis, id: string, text: string, links: string[]): Signal[] {
  const out: Signal[] = [];
  const s = a.summary;
  const qs = s ? s.questions.filter((q) => q.commentId === id) : [];
  if (qs.length) out.push({ kind: 'question', evidence: qs.map((q) => q.text), answered: qs.every((q) => q.answered) });
  else if (!s || s.questions.length === 0) {
    // No question list from the analysis (light local analysis): a sentence ending in "?".
    const q = text.split(/(?<=[.!?…])\s+/u).filter((x) => QUESTION_END.test(x));
    if (q.length) out.push({ kind: 'question', evidence: q.slice(0, 3), answered: null });
  }
  if (links.length) out.push({ kind: 'link', evidence: [...new Set(links.map(hostOf))] });
  const tone = s?.tone.perComment.find((p) => p.commentId === id);
  if (tone) {
    if (tone.agreement.length) out.push({ kind: 'agree', evidence: tone.agreement });
    if (tone.disagreement.length) out.push({ kind: 'disagree', evidence: tone.disagreement });
    if (tone.insults.length) out.push({ kind: 'strong-words', evidence: tone.insults });
    const ev: string[] = [];
    if (tone.exclamation >= 2) ev.push(`!×${tone.exclamation}`);
    if (tone.capitals >= 1) ev.push(`ABC×${tone.capitals}`);
    if (ev.length) out.push({ kind: 'emphatic', evidence: ev });
  }
  return out;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

export function buildViews(a: Analysis): Map<string, CommentView> {
  const roots = buildTree(a.comments);
  const byId = new Map(a.comments.map((c) => [c.id, c]));
  const articleAuthors = new Set(a.stats.participants.filter((p) => p.isArticleAuthor).map((p) => p.author.toLocaleLowerCase()));
  const counts = new Map(a.stats.participants.map((p) => [p.author.trim().toLocaleLowerCase(), p.count]));
  const views = new Map<string, CommentView>();
  const rootOf = new Map<string, string>();
  const nodes = [...walk(roots)];
  for (const [node, depth] of nodes) {
    const c = node.comment;
    const parentId = depth === 0 ? null : c.parentId;
    const root = parentId === null ? c.id : (rootOf.get(parentId) ?? c.id);
    rootOf.set(c.id, root);
    const parent = parentId !== null ? byId.get(parentId) : undefined;
    const key = c.author.trim().toLocaleLowerCase();
    views.set(c.id, {
      id: c.id,
      anchor: c.anchor ?? null,
      author: c.author.trim() || '—',
      authorCount: counts.get(key || '—') ?? 1,
      authorHue: authorHue(c.author),
      isArticleAuthor: articleAuthors.has(key),
      replies: a.stats.repliesPerComment[c.id] ?? node.children.length,
      descendants: node.descendants,
      descendantIds: [...walk(node.children)].map(([n]) => n.comment.id),
      threadRootId: root,
      threadSize: 0,
      depth,
      parent: parent ? { id: parent.id, author: parent.author.trim() || '—', inferred: c.parentInferred === true } : null,
      signals: signalsOf(a, c.id, c.text, c.links),
    });
  }
  for (const v of views.values()) v.threadSize = (views.get(v.threadRootId)?.descendants ?? 0) + 1;
  return views;
}
