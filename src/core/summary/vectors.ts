/**
 * Sparse TF-IDF vectors and a top-k neighbour graph built through an inverted index: only
 * documents that share one of a document's strongest terms are compared (candidate pruning),
 * so the cost grows with the postings touched, never with all pairs.
 */
import type { Doc } from './prepare';

export interface SparseVec {
  ids: Int32Array;
  w: Float32Array;
}

export interface Neighbour {
  j: number;
  sim: number;
}

/** Document frequency of each term over the given documents. */
export function documentFrequency(docs: readonly Doc[], vocabSize: number): Uint32Array {
  const df = new Uint32Array(vocabSize);
  const mark = new Int32Array(vocabSize).fill(-1);
  for (let n = 0; n < docs.length; n++) {
    const seq = docs[n].seq;
    for (let x = 0; x < seq.length; x++) {
      const t = seq[x];
      if (t >= 0 && mark[t] !== n) {
        mark[t] = n;
        df[t]++;
      }
    }
  }
  return df;
}

/** Per-term counts of the vector being built, zero between calls (grown to the vocabulary). */
let counts = new Uint32Array(1024);
let distinct = new Int32Array(256);
let weights = new Float32Array(256);

/** Grows the buffers (called on every use: an engine optimising tfidf sees one stable call, never a new branch). */
function reserve(terms: number, length: number): void {
  if (counts.length < terms) counts = new Uint32Array(terms);
  if (distinct.length < length) {
    distinct = new Int32Array(length);
    weights = new Float32Array(length);
  }
}

/** A vector in reused buffers: valid until the next call (for a product computed at once, no allocation). */
export interface Scratch {
  ids: Int32Array;
  w: Float32Array;
  size: number;
}

/**
 * (1 + log tf) * idf, L2-normalised, terms in order of first use, in reused buffers. `damp` lowers terms
 * the article title already states (the debate's own subject says nothing about which argument a comment makes).
 */
export function tfidfScratch(seq: Int32Array, df: Uint32Array, n: number, damp?: ReadonlySet<number>, dampBy = 0.3): Scratch {
  reserve(df.length, seq.length);
  const ids = distinct;
  const w = weights;
  let size = 0;
  for (let x = 0; x < seq.length; x++) {
    const t = seq[x];
    if (t < 0) continue;
    if (counts[t]++ === 0) ids[size++] = t;
  }
  let norm = 0;
  for (let k = 0; k < size; k++) {
    const t = ids[k];
    const idf = Math.log((n + 1) / (df[t] + 0.5));
    const v = (1 + Math.log(counts[t])) * Math.max(idf, 0) * (damp?.has(t) ? dampBy : 1);
    counts[t] = 0;
    w[k] = v;
    norm += v * v;
  }
  norm = Math.sqrt(norm) || 1;
  for (let k = 0; k < size; k++) w[k] /= norm;
  return { ids, w, size };
}

/** The same vector, its own copy. */
export function tfidf(seq: Int32Array, df: Uint32Array, n: number, damp?: ReadonlySet<number>, dampBy = 0.3): SparseVec {
  const { ids, w, size } = tfidfScratch(seq, df, n, damp, dampBy);
  return { ids: ids.slice(0, size), w: w.slice(0, size) };
}

/** Postings as one flat array: the vectors holding term t are at[start[t]] .. at[start[t + 1]]. */
function postingsOf(vecs: readonly SparseVec[], vocabSize: number): { start: Uint32Array; at: Int32Array } {
  const start = new Uint32Array(vocabSize + 1);
  for (let i = 0; i < vecs.length; i++) {
    const ids = vecs[i].ids;
    for (let x = 0; x < ids.length; x++) start[ids[x] + 1]++;
  }
  for (let t = 0; t < vocabSize; t++) start[t + 1] += start[t];
  const fill = start.slice(0, vocabSize);
  const at = new Int32Array(start[vocabSize]);
  for (let i = 0; i < vecs.length; i++) {
    const ids = vecs[i].ids;
    for (let x = 0; x < ids.length; x++) at[fill[ids[x]]++] = i;
  }
  return { start, at };
}

/** Positions of the `probe` largest weights, largest first (ties: the earlier term first). */
function strongest(w: Float32Array, probe: number, out: Int32Array): number {
  let size = 0;
  for (let x = 0; x < w.length; x++) {
    if (size === probe && w[x] <= w[out[size - 1]]) continue;
    let p = size < probe ? size++ : size - 1;
    while (p > 0 && w[out[p - 1]] < w[x]) {
      out[p] = out[p - 1];
      p--;
    }
    out[p] = x;
  }
  return size;
}

/** What one neighbour search reads and writes. */
interface Search {
  vecs: readonly SparseVec[];
  start: Uint32Array;
  at: Int32Array;
  maxPosting: number;
  dense: Float32Array;
  seen: Int32Array;
  order: Int32Array;
  /** The k best so far, most similar first; a later candidate goes after equal ones (as a stable sort). */
  topJ: Int32Array;
  topS: Float64Array;
  k: number;
  minSim: number;
  probe: number;
}

/**
 * The neighbours of vector i. One call per vector (not one loop over all): the engine optimises it
 * after a few vectors, with what every branch needs already seen, even on a first page.
 */
function neighboursOf(c: Search, i: number): Neighbour[] {
  const { vecs, start, at, dense, seen, order, topJ, topS, k } = c;
  const v = vecs[i];
  for (let x = 0; x < v.ids.length; x++) dense[v.ids[x]] = v.w[x];
  const probes = strongest(v.w, c.probe, order);
  let size = 0;
  for (let o = 0; o < probes; o++) {
    const t = v.ids[order[o]];
    if (start[t + 1] - start[t] > c.maxPosting) continue;
    for (let q = start[t]; q < start[t + 1]; q++) {
      const j = at[q];
      if (j === i || seen[j] === i) continue;
      seen[j] = i;
      const u = vecs[j];
      let s = 0;
      for (let y = 0; y < u.ids.length; y++) s += dense[u.ids[y]] * u.w[y];
      if (s < c.minSim || (size === k && s <= topS[k - 1])) continue;
      let p = size < k ? size++ : k - 1;
      while (p > 0 && topS[p - 1] < s) {
        topS[p] = topS[p - 1];
        topJ[p] = topJ[p - 1];
        p--;
      }
      topS[p] = s;
      topJ[p] = j;
    }
  }
  for (let x = 0; x < v.ids.length; x++) dense[v.ids[x]] = 0;
  const found: Neighbour[] = [];
  for (let p = 0; p < size; p++) found[p] = { j: topJ[p], sim: topS[p] };
  return found;
}

/**
 * Top-k neighbours of every vector with similarity >= minSim. Candidates come from the postings
 * of each vector's `probe` strongest terms; postings longer than `maxPosting` are skipped.
 */
export function knnGraph(vecs: readonly SparseVec[], vocabSize: number, k = 10, minSim = 0.08, probe = 8): Neighbour[][] {
  const { start, at } = postingsOf(vecs, vocabSize);
  const search: Search = {
    vecs, start, at, k, minSim, probe,
    maxPosting: Math.max(50, Math.min(100, Math.ceil(vecs.length * 0.3))),
    dense: new Float32Array(vocabSize),
    seen: new Int32Array(vecs.length).fill(-1),
    order: new Int32Array(probe),
    topJ: new Int32Array(k),
    topS: new Float64Array(k),
  };
  const graph: Neighbour[][] = [];
  for (let i = 0; i < vecs.length; i++) graph[i] = neighboursOf(search, i);
  return graph;
}
