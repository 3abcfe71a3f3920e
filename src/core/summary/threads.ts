/** One line per top-level thread: its most representative sentence, reply count, participants, depth. */
import type { ThreadSummary } from '../analysis-types';
import type { ThreadNode } from '../types';
import { isNamed } from '../authors';
import type { Doc } from './prepare';
import { representativeSentence } from './line';
import type { ToneBucket } from './tone';

const MAX_COMMENTS_READ = 6;
/**
 * A thread of fewer comments that say something than this is summed up by its root: the replies answer
 * it, and the words a handful of comments share do not single out another passage (a reply picked by
 * them tends to be a reaction: "Muchas gracias, me alegro de que te guste!", "Yeah because D4 and D800
 * did not count"). Across the 199 corpus pages, threads of 2 to 10 comments took a reply's line in 165
 * of 348 (22 now: their roots say nothing a line can hold). Of some fifty such lines read beside their
 * roots, the root said better what the thread is about in most; the reply was often a thanks or a quip.
 */
export const ROOT_ONLY_BELOW = 11;
const MAX_TEXT = 240;

/**
 * One line per thread. With `bucketsOf`, each line also counts its comments per tone bucket (one walk
 * of the thread for both).
 */
export function threadSummaries(roots: readonly ThreadNode[], docOf: (id: string) => Doc | undefined, unitsOf: (id: string) => readonly Doc[],
  bucketsOf?: (doc: Doc) => readonly ToneBucket[]): ThreadSummary[] {
  return roots.map((root) => threadLine(root, docOf, unitsOf, bucketsOf));
}

// Reused between threads (a walk's stacks are empty when it ends).
const nodes: ThreadNode[] = [];
const depths: number[] = [];

function threadLine(root: ThreadNode, docOf: (id: string) => Doc | undefined, unitsOf: (id: string) => readonly Doc[],
  bucketsOf?: (doc: Doc) => readonly ToneBucket[]): ThreadSummary {
  const participants: string[] = [];
  const seenAuthors = new Set<string>();
  const docs: Doc[] = [];
  const tone: Record<string, number> | undefined = bucketsOf && { neutral: 0, exclamatory: 0, shouting: 0, insulting: 0, agreeing: 0, disagreeing: 0 };
  let depth = 0;
  // Empty unless an earlier walk was cut short by an error: never walk another thread's leftovers.
  nodes.length = 0;
  depths.length = 0;
  nodes.push(root);
  depths.push(1);
  while (nodes.length) {
    const n = nodes.pop() as ThreadNode;
    const d = depths.pop() as number;
    const a = n.comment.author.trim();
    if (isNamed(a) && !seenAuthors.has(a)) {
      seenAuthors.add(a);
      participants.push(a);
    }
    depth = Math.max(depth, d);
    const doc = docOf(n.comment.id);
    if (doc?.eligible) docs.push(doc);
    if (doc && tone && bucketsOf) for (const b of bucketsOf(doc)) tone[b]++;
    for (let i = n.children.length - 1; i >= 0; i--) {
      nodes.push(n.children[i]);
      depths.push(d + 1);
    }
  }
  const line = { rootId: root.comment.id, text: lineOf(root, docs, unitsOf), replies: root.descendants, participants, depth };
  return tone ? { ...line, tone } : line;
}

/** Per term id: how many of the thread's comments use it, and the last comment (or passage) that counted it. */
let freq = new Int32Array(1024);
let mark = new Int32Array(1024);
let stamp = 0;

function grow(id: number): void {
  if (id < freq.length) return;
  const size = Math.max(id + 1, freq.length * 2);
  const f = new Int32Array(size);
  f.set(freq);
  freq = f;
  const m = new Int32Array(size);
  m.set(mark);
  mark = m;
}

/**
 * The passage sharing most of the thread's frequent words, among its first comments, cut to a sentence:
 * the root's in a small thread.
 */
function lineOf(root: ThreadNode, docs: readonly Doc[], unitsOf: (id: string) => readonly Doc[]): string {
  if (!docs.length) return clip(root.comment.text.replace(/\s+/g, ' ').trim());
  if (docs.length === 1) return clip(representativeSentence(docs[0]));
  const used: number[] = [];
  for (const d of docs) {
    stamp++;
    for (const t of d.seq) {
      if (t < 0) continue;
      grow(t);
      if (mark[t] === stamp) continue;
      mark[t] = stamp;
      if (freq[t]++ === 0) used.push(t);
    }
  }
  let best = docs[0];
  let bestScore = -1;
  // The walk puts the root first, when it says something.
  const rooted = docs[0].comment.id === root.comment.id;
  for (const d of rooted && docs.length < ROOT_ONLY_BELOW ? docs.slice(0, 1) : docs.slice(0, MAX_COMMENTS_READ)) {
    for (const u of unitsOf(d.comment.id)) {
      // Distinct terms (a phrase break counts as one), each scoring the other comments that use it.
      stamp++;
      let distinct = 0;
      let breaks = 0;
      let score = 0;
      for (const t of u.seq) {
        if (t < 0) {
          breaks = 1;
          continue;
        }
        if (mark[t] === stamp) continue;
        mark[t] = stamp;
        distinct++;
        score += freq[t] - 1;
      }
      score /= Math.sqrt(distinct + breaks + 4);
      if (u.eligible && score > bestScore) [best, bestScore] = [u, score];
    }
  }
  for (const t of used) freq[t] = 0;
  return clip(representativeSentence(best));
}

const clip = (s: string) => (s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT - 1)}…` : s);
