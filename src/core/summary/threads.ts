/** One line per top-level thread: its most representative sentence, reply count, participants, depth. */
import type { ThreadSummary } from '../analysis-types';
import type { ThreadNode } from '../types';
import type { Doc } from './prepare';
import { representativeSentence } from './key-points';

const MAX_COMMENTS_READ = 6;
const MAX_TEXT = 240;

export function threadSummaries(roots: readonly ThreadNode[], docOf: (id: string) => Doc | undefined, unitsOf: (id: string) => readonly Doc[]): ThreadSummary[] {
  return roots.map((root) => {
    const participants: string[] = [];
    const seenAuthors = new Set<string>();
    const docs: Doc[] = [];
    let depth = 0;
    const stack: [ThreadNode, number][] = [[root, 1]];
    while (stack.length) {
      const [n, d] = stack.pop() as [ThreadNode, number];
      const a = n.comment.author.trim();
      if (a && !seenAuthors.has(a)) {
        seenAuthors.add(a);
        participants.push(a);
      }
      depth = Math.max(depth, d);
      const doc = docOf(n.comment.id);
      if (doc?.eligible) docs.push(doc);
      for (let i = n.children.length - 1; i >= 0; i--) stack.push([n.children[i], d + 1]);
    }
    return { rootId: root.comment.id, text: lineOf(root, docs, unitsOf), replies: root.descendants, participants, depth };
  });
}

/** The passage sharing most of the thread's frequent words, among its first comments, cut to a sentence. */
function lineOf(root: ThreadNode, docs: readonly Doc[], unitsOf: (id: string) => readonly Doc[]): string {
  if (!docs.length) return clip(root.comment.text.replace(/\s+/g, ' ').trim());
  if (docs.length === 1) return clip(representativeSentence(docs[0]));
  const freq = new Map<number, number>();
  for (const d of docs) for (const t of new Set(d.seq)) if (t >= 0) freq.set(t, (freq.get(t) ?? 0) + 1);
  let best = docs[0];
  let bestScore = -1;
  for (const d of docs.slice(0, MAX_COMMENTS_READ)) {
    for (const u of unitsOf(d.comment.id)) {
      const ids = new Set(u.seq);
      let score = 0;
      for (const t of ids) if (t >= 0) score += (freq.get(t) ?? 1) - 1;
      score /= Math.sqrt(ids.size + 4);
      if (u.eligible && score > bestScore) [best, bestScore] = [u, score];
    }
  }
  return clip(representativeSentence(best));
}

const clip = (s: string) => (s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT - 1)}…` : s);
