/**
 * Vectors smoothed toward their neighbours: words used for the same argument come to count together.
 * Runs over every comment of the sample, so it accumulates into reused dense buffers instead of maps.
 */
import type { Neighbour, SparseVec } from './vectors';

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
