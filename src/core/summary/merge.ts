/**
 * Groups of one argument, merged. Greedy coverage often splits the widest argument of a debate
 * into several picks (its voices use different words); groups whose centroids point the same way
 * are joined before key points are listed, then listed by size with a penalty for resembling a
 * group listed before (MMR on the centroids), so the first lines are different arguments.
 */
import type { SparseVec } from './vectors';

export interface Group<T> {
  /** The pick (index in the sample) the group started from: the first of merged ones. */
  pick: number;
  members: T[];
}

type Centroid = Map<number, number>;

/** Sum of the vectors (not normalised): merging two groups adds their sums. */
function sumOf(vs: readonly SparseVec[]): Centroid {
  const c: Centroid = new Map();
  for (const v of vs) for (let x = 0; x < v.ids.length; x++) c.set(v.ids[x], (c.get(v.ids[x]) ?? 0) + v.w[x]);
  return c;
}

function normalised(sum: Centroid): Centroid {
  const c = new Map(sum);
  let n = 0;
  for (const w of c.values()) n += w * w;
  n = Math.sqrt(n) || 1;
  for (const [t, w] of c) c.set(t, w / n);
  return c;
}

function cosine(a: Centroid, b: Centroid): number {
  const [s, l] = a.size < b.size ? [a, b] : [b, a];
  let dot = 0;
  s.forEach((w, t) => (dot += w * (l.get(t) ?? 0)));
  return dot;
}

/**
 * Joins groups whose centroid cosine is at least `threshold` (most similar pair first), then orders
 * them by size discounted by `lambda` times the similarity to a group listed before.
 */
export function mergeGroups<T>(groups: readonly Group<T>[], vecOf: (m: T) => SparseVec | undefined, threshold: number, lambda: number): Group<T>[] {
  const all = groups.filter((g) => g.members.length).map((g) => ({ ...g, members: [...g.members] }));
  const sums = all.map((g) => sumOf(g.members.map(vecOf).filter((v): v is SparseVec => !!v)));
  const cents = sums.map(normalised);
  // Pair similarities computed once, and again only for a merged group's pairs (not all pairs on
  // every merge); groups merged away are marked, so the scan keeps the order of a filtered list.
  const n = all.length;
  const sim = new Float64Array(n * n);
  for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) sim[a * n + b] = cosine(cents[a], cents[b]);
  const alive = all.map(() => true);
  for (;;) {
    let best: [number, number] | null = null;
    let bestSim = threshold;
    for (let a = 0; a < n; a++) if (alive[a]) for (let b = a + 1; b < n; b++) {
      if (alive[b] && sim[a * n + b] >= bestSim) [best, bestSim] = [[a, b], sim[a * n + b]];
    }
    if (!best) break;
    const [a, b] = best;
    all[a].members.push(...all[b].members);
    for (const [t, w] of sums[b]) sums[a].set(t, (sums[a].get(t) ?? 0) + w);
    cents[a] = normalised(sums[a]);
    alive[b] = false;
    for (let c = 0; c < n; c++) {
      if (c === a || !alive[c]) continue;
      const [lo, hi] = c < a ? [c, a] : [a, c];
      sim[lo * n + hi] = cosine(cents[lo], cents[hi]);
    }
  }
  const gs = all.filter((_, i) => alive[i]);
  const cs = cents.filter((_, i) => alive[i]);
  if (lambda < 0) return gs;
  const out: number[] = [];
  const left = new Set(gs.keys());
  while (left.size) {
    let best = -1;
    let bestScore = -Infinity;
    for (const i of left) {
      const near = out.reduce((m, j) => Math.max(m, cosine(cs[i], cs[j])), 0);
      const score = gs[i].members.length * (1 - lambda * near);
      if (score > bestScore) [best, bestScore] = [i, score];
    }
    out.push(best);
    left.delete(best);
  }
  return out.map((i) => gs[i]);
}
