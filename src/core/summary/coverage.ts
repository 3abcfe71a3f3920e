/**
 * Picks representatives by greedy coverage (facility location over the neighbour graph): each
 * pick is the comment whose neighbours are least covered by the picks so far, weighted by how
 * close they are. A second voice of an argument already picked gains little, so the picks are
 * different arguments, the most widely shared first. Each pick costs one pass over the edges.
 */
import type { Neighbour } from './vectors';

export function symmetric(graph: readonly Neighbour[][]): Neighbour[][] {
  const adj: Map<number, number>[] = graph.map(() => new Map());
  graph.forEach((nbrs, i) => {
    for (const { j, sim } of nbrs) {
      adj[i].set(j, Math.max(adj[i].get(j) ?? 0, sim));
      adj[j].set(i, Math.max(adj[j].get(i) ?? 0, sim));
    }
  });
  return adj.map((m) => [...m].map(([j, sim]) => ({ j, sim })));
}

/**
 * Up to `max` picks in order; `prior` (0..1 per node) breaks ties toward central, readable comments.
 * Stops when a pick would add less than `stopRatio` of the first pick's gain: nothing new is left.
 */
export function greedyCoverage(
  adj: readonly Neighbour[][], max: number, prior: Float64Array, simToAll?: (pick: number) => Float64Array, stopRatio = 0,
  /** Source of each node (its comment) and how many picks one source may give. */
  sourceOf?: Int32Array, perSource = 2, hop2 = 0,
): number[] {
  const fromSource = new Map<number, number>();
  let firstGain = 0;
  const n = adj.length;
  const cover = new Float64Array(n);
  const picked: number[] = [];
  const isPicked = new Uint8Array(n);
  while (picked.length < max) {
    let best = -1;
    let bestGain = firstGain * stopRatio;
    for (let i = 0; i < n; i++) {
      if (isPicked[i] || (sourceOf && (fromSource.get(sourceOf[i]) ?? 0) >= perSource)) continue;
      let g = 1 - cover[i];
      for (const { j, sim } of adj[i]) if (sim > cover[j]) g += sim - cover[j];
      g += 0.01 * prior[i];
      if (g > bestGain) [best, bestGain] = [i, g];
    }
    if (best < 0) break;
    if (!picked.length) firstGain = bestGain;
    picked.push(best);
    if (sourceOf) fromSource.set(sourceOf[best], (fromSource.get(sourceOf[best]) ?? 0) + 1);
    isPicked[best] = 1;
    cover[best] = 1;
    for (const { j, sim } of adj[best]) {
      if (sim > cover[j]) cover[j] = sim;
      // Two steps away: paraphrases of the pick's neighbours count as partly covered too.
      if (hop2) for (const e of adj[j]) if (sim * e.sim * hop2 > cover[e.j]) cover[e.j] = sim * e.sim * hop2;
    }
    // The pick covers every comment close to it, not only its listed neighbours.
    const all = simToAll?.(best);
    if (all) for (let j = 0; j < n; j++) if (all[j] > cover[j]) cover[j] = all[j];
  }
  return picked;
}
