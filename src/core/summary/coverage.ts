/**
 * Picks representatives by greedy coverage (facility location over the neighbour graph): each
 * pick is the comment whose neighbours are least covered by the picks so far, weighted by how
 * close they are. A second voice of an argument already picked gains little, so the picks are
 * different arguments, the most widely shared first. Each pick costs one pass over the edges.
 */
import type { Neighbour } from './vectors';

/** A graph as flat arrays: the edges of node i are to[e], sim[e] for start[i] <= e < start[i + 1]. */
export interface Graph {
  start: Int32Array;
  to: Int32Array;
  sim: Float64Array;
}

/** Both directions of every edge (the larger similarity when both were listed), in order of first listing. */
export function symmetric(graph: readonly Neighbour[][]): Graph {
  const to: number[][] = graph.map(() => []);
  const sims: number[][] = graph.map(() => []);
  const put = (a: number, b: number, s: number) => {
    const p = to[a].indexOf(b);
    if (p < 0) {
      to[a].push(b);
      sims[a].push(Math.max(0, s));
    } else if (s > sims[a][p]) sims[a][p] = s;
  };
  graph.forEach((nbrs, i) => {
    for (const { j, sim } of nbrs) {
      put(i, j, sim);
      put(j, i, sim);
    }
  });
  const start = new Int32Array(graph.length + 1);
  to.forEach((l, i) => (start[i + 1] = start[i] + l.length));
  return { start, to: Int32Array.from(to.flat()), sim: Float64Array.from(sims.flat()) };
}

/**
 * Up to `max` picks in order; `prior` (0..1 per node) breaks ties toward central, readable comments.
 * Stops when a pick would add less than `stopRatio` of the first pick's gain: nothing new is left.
 */
export function greedyCoverage(
  g: Graph, max: number, prior: Float64Array, stopRatio = 0,
  /** Source of each node (its comment) and how many picks one source may give. */
  sourceOf?: Int32Array, perSource = 2, hop2 = 0,
): number[] {
  const { start, to, sim } = g;
  const fromSource = new Map<number, number>();
  let firstGain = 0;
  const n = start.length - 1;
  const cover = new Float64Array(n);
  const picked: number[] = [];
  const isPicked = new Uint8Array(n);
  while (picked.length < max) {
    let best = -1;
    let bestGain = firstGain * stopRatio;
    for (let i = 0; i < n; i++) {
      if (isPicked[i] || (sourceOf && (fromSource.get(sourceOf[i]) ?? 0) >= perSource)) continue;
      let gain = 1 - cover[i];
      for (let e = start[i]; e < start[i + 1]; e++) if (sim[e] > cover[to[e]]) gain += sim[e] - cover[to[e]];
      gain += 0.01 * prior[i];
      if (gain > bestGain) {
        best = i;
        bestGain = gain;
      }
    }
    if (best < 0) break;
    if (!picked.length) firstGain = bestGain;
    picked.push(best);
    if (sourceOf) fromSource.set(sourceOf[best], (fromSource.get(sourceOf[best]) ?? 0) + 1);
    isPicked[best] = 1;
    cover[best] = 1;
    for (let e = start[best]; e < start[best + 1]; e++) {
      const j = to[e];
      if (sim[e] > cover[j]) cover[j] = sim[e];
      // Two steps away: paraphrases of the pick's neighbours count as partly covered too.
      if (hop2) {
        for (let f = start[j]; f < start[j + 1]; f++) {
          const c = sim[e] * sim[f] * hop2;
          if (c > cover[to[f]]) cover[to[f]] = c;
        }
      }
    }
  }
  return picked;
}
