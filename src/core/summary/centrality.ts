/** LexRank: PageRank over the symmetric top-k similarity graph, the centrality of each comment. */
import type { Neighbour } from './vectors';

export function lexRank(adj: readonly Neighbour[][], iterations = 20, d = 0.85): Float64Array {
  const n = adj.length;
  // The edges as flat arrays, each weight already divided by its source's total: one pass per iteration.
  let edges = 0;
  for (const l of adj) edges += l.length;
  const from = new Int32Array(edges);
  const to = new Int32Array(edges);
  const share = new Float64Array(edges);
  let e = 0;
  for (let i = 0; i < n; i++) {
    let out = 0;
    for (const x of adj[i]) out += x.sim;
    if (!out) continue;
    for (const x of adj[i]) {
      from[e] = i;
      to[e] = x.j;
      share[e++] = x.sim / out;
    }
  }
  let r = new Float64Array(n).fill(1 / Math.max(n, 1));
  let next = new Float64Array(n);
  for (let it = 0; it < iterations; it++) {
    next.fill((1 - d) / n);
    for (let k = 0; k < e; k++) next[to[k]] += d * r[from[k]] * share[k];
    [r, next] = [next, r];
  }
  return r;
}
