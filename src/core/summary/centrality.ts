/** LexRank: PageRank over the symmetric top-k similarity graph, the centrality of each comment. */
import type { Graph } from './coverage';

export function lexRank(g: Graph, iterations = 20, d = 0.85): Float64Array {
  const { start, to, sim } = g;
  const n = start.length - 1;
  // Each edge's weight divided by its source's total, and its source: one flat pass per iteration.
  const from = new Int32Array(to.length);
  const share = new Float64Array(to.length);
  for (let i = 0; i < n; i++) {
    let out = 0;
    for (let e = start[i]; e < start[i + 1]; e++) out += sim[e];
    for (let e = start[i]; e < start[i + 1]; e++) {
      from[e] = i;
      share[e] = out ? sim[e] / out : 0;
    }
  }
  let r = new Float64Array(n).fill(1 / Math.max(n, 1));
  let next = new Float64Array(n);
  for (let it = 0; it < iterations; it++) {
    next.fill((1 - d) / n);
    for (let e = 0; e < to.length; e++) next[to[e]] += d * r[from[e]] * share[e];
    [r, next] = [next, r];
  }
  return r;
}
