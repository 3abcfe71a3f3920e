/** LexRank: PageRank over the symmetric top-k similarity graph, the centrality of each comment. */
import type { Neighbour } from './vectors';

export function lexRank(adj: readonly Neighbour[][], iterations = 20, d = 0.85): Float64Array {
  const n = adj.length;
  const out = adj.map((l) => l.reduce((s, e) => s + e.sim, 0));
  let r = new Float64Array(n).fill(1 / Math.max(n, 1));
  for (let it = 0; it < iterations; it++) {
    const next = new Float64Array(n).fill((1 - d) / n);
    for (let i = 0; i < n; i++) {
      if (!out[i]) continue;
      for (const { j, sim } of adj[i]) next[j] += (d * r[i] * sim) / out[i];
    }
    r = next;
  }
  return r;
}
