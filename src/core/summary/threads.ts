/** One line per top-level thread: its most representative sentence, reply count, participants, depth. */
import type { ThreadSummary } from '../analysis-types';
import type { ThreadNode } from '../types';
import { sentences, termKey, words } from '../text';
import type { Doc, Vocab } from './prepare';
import { representativeSentence } from './key-points';

const MAX_COMMENTS_READ = 12;
const MAX_TEXT = 240;

export function threadSummaries(roots: readonly ThreadNode[], docOf: (id: string) => Doc | undefined, vocab: Vocab): ThreadSummary[] {
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
    return { rootId: root.comment.id, text: lineOf(root, docs, vocab), replies: root.descendants, participants, depth };
  });
}

/** The sentence sharing most of the thread's frequent words, among its first comments. */
function lineOf(root: ThreadNode, docs: readonly Doc[], vocab: Vocab): string {
  if (!docs.length) return clip(root.comment.text.replace(/\s+/g, ' ').trim());
  if (docs.length === 1) return clip(representativeSentence(docs[0]));
  const freq = new Map<number, number>();
  for (const d of docs) for (const t of new Set(d.seq)) if (t >= 0) freq.set(t, (freq.get(t) ?? 0) + 1);
  let best = '';
  let bestScore = -1;
  for (const d of docs.slice(0, MAX_COMMENTS_READ)) {
    for (const s of sentences(d.body, d.lang)) {
      const ids = new Set(words(s, d.lang).map((w) => vocab.ids.get(termKey(w.text, d.lang)) ?? -1));
      let score = 0;
      for (const t of ids) if (t >= 0) score += (freq.get(t) ?? 1) - 1;
      score /= Math.sqrt(ids.size + 4);
      if (score > bestScore) [best, bestScore] = [s, score];
    }
  }
  return clip(best);
}

const clip = (s: string) => (s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT - 1)}…` : s);
