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
  docs.forEach((d, n) => {
    for (const t of d.seq) if (t >= 0 && mark[t] !== n) {
      mark[t] = n;
      df[t]++;
    }
  });
  return df;
}

/**
 * (1 + log tf) * idf, L2-normalised. `damp` lowers terms the article title already states (the
 * debate's own subject says nothing about which argument a comment makes).
 */
export function tfidf(seq: Int32Array, df: Uint32Array, n: number, damp?: ReadonlySet<number>, dampBy = 0.3): SparseVec {
  const tf = new Map<number, number>();
  for (const t of seq) if (t >= 0) tf.set(t, (tf.get(t) ?? 0) + 1);
  const ids = new Int32Array(tf.size);
  const w = new Float32Array(tf.size);
  let k = 0;
  let norm = 0;
  for (const [t, c] of tf) {
    const idf = Math.log((n + 1) / (df[t] + 0.5));
    const v = (1 + Math.log(c)) * Math.max(idf, 0) * (damp?.has(t) ? dampBy : 1);
    ids[k] = t;
    w[k++] = v;
    norm += v * v;
  }
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < w.length; i++) w[i] /= norm;
  return { ids, w };
}


/**
 * Top-k neighbours of every vector with similarity >= minSim. Candidates come from the postings
 * of each vector's `probe` strongest terms; postings longer than `maxPosting` are skipped.
 */
export function knnGraph(vecs: readonly SparseVec[], vocabSize: number, k = 10, minSim = 0.08, probe = 8): Neighbour[][] {
  const postings: number[][] = Array.from({ length: vocabSize }, () => []);
  vecs.forEach((v, i) => {
    for (const t of v.ids) postings[t].push(i);
  });
  const maxPosting = Math.max(50, Math.min(100, Math.ceil(vecs.length * 0.3)));
  const dense = new Float32Array(vocabSize);
  const seen = new Int32Array(vecs.length).fill(-1);
  return vecs.map((v, i) => {
    for (let x = 0; x < v.ids.length; x++) dense[v.ids[x]] = v.w[x];
    const order = [...v.ids.keys()].sort((a, b) => v.w[b] - v.w[a]).slice(0, probe);
    const found: Neighbour[] = [];
    for (const x of order) {
      const plist = postings[v.ids[x]];
      if (plist.length > maxPosting) continue;
      for (const j of plist) {
        if (j === i || seen[j] === i) continue;
        seen[j] = i;
        const u = vecs[j];
        let s = 0;
        for (let y = 0; y < u.ids.length; y++) s += dense[u.ids[y]] * u.w[y];
        if (s >= minSim) found.push({ j, sim: s });
      }
    }
    for (let x = 0; x < v.ids.length; x++) dense[v.ids[x]] = 0;
    found.sort((a, b) => b.sim - a.sim);
    return found.slice(0, k);
  });
}
