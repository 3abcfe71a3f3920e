/**
 * Comments joined to the picked arguments, and vectors smoothed toward their neighbours. Both run
 * over every comment of a big discussion, so they read the picks through an inverted index (term ->
 * picks using it) and accumulate into reused dense buffers instead of maps.
 */
import type { Doc } from './prepare';
import type { Neighbour, Scratch, SparseVec } from './vectors';

/** A comment is listed under its closest argument only when at least this many times closer to it than to the next one. */
export const CLEAR = 2;

/** The picks' terms as an inverted index: term -> linked entries (pick, weight). */
interface PickIndex {
  size: number;
  head: Int32Array;
  next: Int32Array;
  pickOf: Int32Array;
  weight: Float64Array;
  sims: Float64Array;
}

/** Similarity of one vector to every pick, into `c.sims`. One call per comment, so the engine optimises it early. */
function similarities(c: PickIndex, ids: Int32Array, w: Float32Array, terms: number): void {
  const { size, head, next, pickOf, weight, sims } = c;
  sims.fill(0);
  for (let x = 0; x < terms; x++) {
    if (ids[x] >= size) continue;
    for (let e = head[ids[x]]; e >= 0; e = next[e]) sims[pickOf[e]] += weight[e] * w[x];
  }
}

/**
 * Every eligible comment joins the pick it is most similar to, when similar enough (a pick joins itself).
 * `runnerUp` receives, for comments not CLEAR-ly closer to their pick than to another, that other pick.
 */
export function assign(
  eligible: readonly Doc[], sample: readonly Doc[], vecs: readonly SparseVec[], picks: readonly number[],
  /** The vector of a comment outside the sample (used at once: a reused buffer will do). */
  vec: (d: Doc) => Scratch, min: number,
  runnerUp?: Map<Doc, number>,
): Doc[][] {
  const groups: Doc[][] = picks.map(() => []);
  const inSample = new Map(sample.map((d, i) => [d, i]));
  let size = 0;
  let entries = 0;
  for (const p of picks) {
    entries += vecs[p].ids.length;
    for (const t of vecs[p].ids) size = Math.max(size, t + 1);
  }
  const c: PickIndex = {
    size, head: new Int32Array(size).fill(-1), next: new Int32Array(entries), pickOf: new Int32Array(entries),
    weight: new Float64Array(entries), sims: new Float64Array(picks.length),
  };
  let e = 0;
  picks.forEach((p, k) => {
    const v = vecs[p];
    for (let x = 0; x < v.ids.length; x++, e++) {
      c.next[e] = c.head[v.ids[x]];
      c.head[v.ids[x]] = e;
      c.pickOf[e] = k;
      c.weight[e] = v.w[x];
    }
  });
  for (const d of eligible) {
    const i = inSample.get(d);
    if (i !== undefined) similarities(c, vecs[i].ids, vecs[i].w, vecs[i].ids.length);
    else {
      const s = vec(d);
      similarities(c, s.ids, s.w, s.size);
    }
    let best = -1;
    let bestSim = min;
    let second = -1;
    let secondSim = 0;
    for (let k = 0; k < picks.length; k++) {
      const s = i === picks[k] ? 2 * CLEAR : c.sims[k];
      if (s > bestSim) {
        if (best >= 0) {
          second = best;
          secondSim = bestSim;
        }
        best = k;
        bestSim = s;
      } else if (s > secondSim) {
        second = k;
        secondSim = s;
      }
    }
    if (best < 0) continue;
    groups[best].push(d);
    if (runnerUp && second >= 0 && bestSim < CLEAR * secondSim) runnerUp.set(d, second);
  }
  return groups;
}

let acc = new Float64Array(1024);
let mark = new Uint32Array(1024);
let stamp = 0;
let touched = new Int32Array(1024);

/** Grows the buffers to `size` terms and `terms` touched ones (called on every use, see tfidf). */
function reserve(size: number, terms: number): void {
  if (size > acc.length) {
    const more = new Float64Array(Math.max(size, acc.length * 2));
    more.set(acc);
    acc = more;
    const marks = new Uint32Array(more.length);
    marks.set(mark);
    mark = marks;
  }
  if (terms > touched.length) touched = new Int32Array(Math.max(terms, touched.length * 2));
}

/** A vector moved toward its neighbours' vectors, renormalised, keeping its `keep` strongest terms. */
export function smooth(v: SparseVec, nbrs: readonly Neighbour[], raw: readonly SparseVec[], beta: number, keep: number): SparseVec {
  if (!beta || !nbrs.length) return v;
  let n = 0;
  stamp++;
  let total = 0;
  let maxId = -1;
  let terms = 0;
  for (const e of nbrs) total += e.sim;
  for (let src = -1; src < nbrs.length; src++) {
    const ids = src < 0 ? v.ids : raw[nbrs[src].j].ids;
    terms += ids.length;
    for (let y = 0; y < ids.length; y++) if (ids[y] > maxId) maxId = ids[y];
  }
  reserve(maxId + 1, terms);
  for (let src = -1; src < nbrs.length; src++) {
    // The vector itself, then each neighbour weighted by its similarity.
    const u = src < 0 ? v : raw[nbrs[src].j];
    const sim = src < 0 ? 0 : nbrs[src].sim;
    for (let y = 0; y < u.ids.length; y++) {
      const t = u.ids[y];
      if (mark[t] !== stamp) {
        mark[t] = stamp;
        touched[n++] = t;
      }
      acc[t] += src < 0 ? u.w[y] : (beta * sim * u.w[y]) / total;
    }
  }
  // Keep the strongest terms only (the earlier term first on a tie): smoothed vectors stay sparse.
  const top = new Int32Array(Math.min(keep, n));
  let size = 0;
  for (let q = 0; q < n; q++) {
    const w = acc[touched[q]];
    if (size === top.length && w <= acc[top[size - 1]]) continue;
    let p = size < top.length ? size++ : size - 1;
    while (p > 0 && acc[top[p - 1]] < w) {
      top[p] = top[p - 1];
      p--;
    }
    top[p] = touched[q];
  }
  const w = new Float32Array(top.length);
  let norm = 0;
  for (let i = 0; i < w.length; i++) {
    w[i] = acc[top[i]];
    norm += w[i] * w[i];
  }
  for (let q = 0; q < n; q++) acc[touched[q]] = 0;
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < w.length; i++) w[i] /= norm;
  return { ids: top, w };
}
