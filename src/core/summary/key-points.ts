/**
 * Extractive key points. Comments become TF-IDF vectors (the article title's words left out: they
 * name the subject, not an argument), linked to their top-k neighbours through an inverted index,
 * smoothed toward those neighbours (words used for the same argument come to count together) and
 * ranked by LexRank. Greedy coverage then picks comments that stand for different arguments
 * (MMR-like diversity: a second voice of a covered argument gains little), every comment joins the
 * pick it is closest to, and key points are ordered by how many comments they stand for. A comment is
 * listed under a key point only when it is clearly closer to it than to any other argument picked:
 * one that sits between two arguments is listed under neither, so each key point lists the comments
 * that make that point (and its share counts them only).
 */
import type { KeyPoint } from '../analysis-types';
import { sentences } from '../text';
import { lexRank } from './centrality';
import { greedyCoverage, symmetric } from './coverage';
import { mergeGroups } from './merge';
import { smallPicks } from './small';
import type { Doc, Vocab } from './prepare';
import { documentFrequency, knnGraph, tfidf, type Neighbour, type SparseVec } from './vectors';

export interface KeyPointOptions {
  /** Term ids of the article's title. */
  titleTerms: ReadonlySet<number>;
  /** Number of comments the shares are taken of. */
  total: number;
  max?: number;
  /** Above this many eligible comments, picks are made on an even sample; all comments are assigned. */
  sampleCap?: number;
  /** Weight of the title's terms (0: ignored). */
  damp?: number;
  /** Weight of the neighbours in the smoothed vectors. */
  beta?: number;
  /** Neighbours per comment in the coverage graph. */
  k?: number;
  /** Least similarity for a comment to be counted under a key point. */
  assignMin?: number;
  /** 'pick' (default): by coverage gain, the importance of an argument net of those before it. */
  order?: 'size' | 'pick';
  /** Stop picking when the coverage gain falls below this share of the first pick's. */
  stopRatio?: number;
  /** Weight of two-step coverage (a pick's neighbours' neighbours). */
  hop2?: number;
  /** Groups whose centroids are at least this similar are one argument (1: never merged). */
  mergeMin?: number;
  /** Weight of the resemblance to groups listed before, when ordering (MMR). */
  mmr?: number;
  /** Candidate picks made before merging. */
  candidates?: number;
  /** Below this many comments, one key point per distinct comment's claim (no grouping). */
  smallBelow?: number;
}

const MAX_TEXT = 280;
/** A comment is listed under its closest argument only when at least this many times closer to it than to the next one. */
const CLEAR = 2;
const SMOOTH_TERMS = 40;

export function keyPoints(docs: readonly Doc[], vocab: Vocab, opts: KeyPointOptions): KeyPoint[] {
  const eligible = docs.filter((d) => d.eligible);
  if (!eligible.length) return [];
  const cap = opts.sampleCap ?? 1000;
  const step = eligible.length > cap ? eligible.length / cap : 1;
  const sample: Doc[] = [];
  for (let x = 0; x < eligible.length && sample.length < cap; x += step) sample.push(eligible[Math.floor(x)]);
  const vocabSize = vocab.surface.length;
  const df = documentFrequency(eligible, vocabSize);
  const vec = (d: Doc) => tfidf(d.seq, df, eligible.length, opts.titleTerms, opts.damp ?? 0);
  if (opts.total < (opts.smallBelow ?? 40)) return small(eligible, vec, opts);
  const raw = sample.map(vec);
  const graph = knnGraph(raw, vocabSize, 10);
  // Smoothing pools the wording of many voices of one argument; a short discussion has too few voices
  // for that (its neighbours are other arguments), so it is scaled down below ~150 passages.
  const beta = (opts.beta ?? 1) * Math.min(1, sample.length / 150);
  const vecs = raw.map((v, i) => smooth(v, graph[i], raw, beta));
  const adj = symmetric(knnGraph(vecs, vocabSize, opts.k ?? 20, 0.1));
  const rank = lexRank(adj);
  const maxRank = Math.max(...rank);
  const max = opts.max ?? 12;
  const picks = greedyCoverage(adj, Math.max(max, opts.candidates ?? 16), Float64Array.from(rank, (r) => r / maxRank), undefined, opts.stopRatio ?? 0,
    Int32Array.from(sample, (d) => d.index), 2, opts.hop2 ?? 0);
  const runnerUp = new Map<Doc, number>();
  const assigned = assign(eligible, sample, vecs, picks, vec, opts.assignMin ?? 0.2, runnerUp);
  const index = new Map(sample.map((d, i) => [d, i]));
  const groups = mergeGroups(picks.map((pick, k) => ({ pick, members: assigned[k] })), (d) => {
    const i = index.get(d);
    return i === undefined ? undefined : vecs[i];
  }, opts.mergeMin ?? 0.35, opts.mmr ?? -1).slice(0, max);
  // Which listed key point each pick ended in (merged picks share one).
  const pickOf = new Map(picks.map((p, k) => [sample[p], k]));
  const listedAs = new Int32Array(picks.length).fill(-1);
  groups.forEach((g, gi) => g.members.forEach((d) => {
    const k = pickOf.get(d);
    if (k !== undefined) listedAs[k] = gi;
  }));
  const out = groups
    .map(({ pick: p, members: all }, gi) => {
      // Kept: the pick, comments without a close second, and those whose second is merged into the same key point.
      const members = all.filter((d) => {
        const second = runnerUp.get(d) ?? -1;
        return d === sample[p] || second < 0 || listedAs[second] === gi;
      });
      const ids = [...new Set(members.map((d) => d.comment.id))];
      const voice = (members.length >= 3 && centralUnit(members, sample, vecs)) || sample[p];
      return { text: representativeSentence(voice), commentIds: ids, share: ids.length / Math.max(1, opts.total) };
    })
    .filter((kp) => kp.commentIds.length > 0);
  return opts.order !== 'size' ? out : out.sort((a, b) => b.commentIds.length - a.commentIds.length);
}

function small(eligible: readonly Doc[], vec: (d: Doc) => SparseVec, opts: KeyPointOptions): KeyPoint[] {
  const vecs = eligible.map(vec);
  const picks = smallPicks(eligible, vecs, Math.min(opts.max ?? 12, 10));
  const groups = assign(eligible, eligible, vecs, picks, vec, opts.assignMin ?? 0.2);
  return picks.map((p, k) => {
    const ids = [...new Set([eligible[p].comment.id, ...groups[k].map((d) => d.comment.id)])];
    return { text: representativeSentence(eligible[p]), commentIds: ids, share: ids.length / Math.max(1, opts.total) };
  });
}

/**
 * Every eligible comment joins the pick it is most similar to, when similar enough (a pick joins itself).
 * `runnerUp` receives, for comments not CLEAR-ly closer to their pick than to another, that other pick.
 */
export function assign(
  eligible: readonly Doc[], sample: readonly Doc[], vecs: readonly SparseVec[], picks: readonly number[], vec: (d: Doc) => SparseVec, min: number,
  runnerUp?: Map<Doc, number>,
): Doc[][] {
  const groups: Doc[][] = picks.map(() => []);
  const inSample = new Map(sample.map((d, i) => [d, i]));
  // One dense row per pick: a comment's similarity to every pick is one pass over its terms.
  const vocab = vecs.reduce((m, v) => v.ids.reduce((a, t) => Math.max(a, t + 1), m), 0);
  const dense = picks.map((p) => {
    const row = new Float32Array(vocab);
    for (let x = 0; x < vecs[p].ids.length; x++) row[vecs[p].ids[x]] = vecs[p].w[x];
    return row;
  });
  for (const d of eligible) {
    const i = inSample.get(d);
    const v = i !== undefined ? vecs[i] : vec(d);
    let [best, bestSim, second, secondSim] = [-1, min, -1, 0];
    dense.forEach((m, k) => {
      let s = 0;
      if (i === picks[k]) s = 2 * CLEAR;
      else for (let x = 0; x < v.ids.length; x++) if (v.ids[x] < m.length) s += m[v.ids[x]] * v.w[x];
      if (s > bestSim) {
        if (best >= 0) [second, secondSim] = [best, bestSim];
        [best, bestSim] = [k, s];
      } else if (s > secondSim) [second, secondSim] = [k, s];
    });
    if (best < 0) continue;
    groups[best].push(d);
    if (runnerUp && second >= 0 && bestSim < CLEAR * secondSim) runnerUp.set(d, second);
  }
  return groups;
}

/** Centrality within the group: the passage closest to the group's centroid, favouring substantive ones. */
function centralUnit(group: readonly Doc[], sample: readonly Doc[], vecs: readonly SparseVec[]): Doc | undefined {
  const index = new Map(sample.map((d, i) => [d, i]));
  const inGroup = group.filter((d) => index.has(d)).slice(0, 400);
  const centroid = new Map<number, number>();
  for (const d of inGroup) {
    const v = vecs[index.get(d) as number];
    for (let x = 0; x < v.ids.length; x++) centroid.set(v.ids[x], (centroid.get(v.ids[x]) ?? 0) + v.w[x]);
  }
  let best: Doc | undefined;
  let bestScore = -1;
  for (const d of inGroup) {
    const v = vecs[index.get(d) as number];
    let s = 0;
    for (let x = 0; x < v.ids.length; x++) s += (centroid.get(v.ids[x]) ?? 0) * v.w[x];
    s *= Math.min(1, d.contentTerms / 8);
    if (s > bestScore) [best, bestScore] = [d, s];
  }
  return best;
}

/** A vector moved toward its neighbours' vectors, renormalised. */
function smooth(v: SparseVec, nbrs: readonly Neighbour[], raw: readonly SparseVec[], beta: number): SparseVec {
  if (!beta || !nbrs.length) return v;
  const acc = new Map<number, number>();
  for (let x = 0; x < v.ids.length; x++) acc.set(v.ids[x], v.w[x]);
  const total = nbrs.reduce((a, n) => a + n.sim, 0);
  for (const { j, sim } of nbrs) {
    const u = raw[j];
    for (let y = 0; y < u.ids.length; y++) acc.set(u.ids[y], (acc.get(u.ids[y]) ?? 0) + (beta * sim * u.w[y]) / total);
  }
  // Keep the strongest terms only: smoothed vectors stay sparse, so later products stay cheap.
  const top = [...acc].sort((a, b) => b[1] - a[1]).slice(0, SMOOTH_TERMS);
  const ids = Int32Array.from(top, (e) => e[0]);
  const w = Float32Array.from(top, (e) => e[1]);
  const n = Math.sqrt(w.reduce((a, b) => a + b * b, 0)) || 1;
  for (let i = 0; i < w.length; i++) w[i] /= n;
  return { ids, w };
}

/** The passage itself when short, else its first full sentence under the display limit. */
export function representativeSentence(d: Doc): string {
  // Links and @mentions say nothing to a reader of the summary.
  const body = d.body
    .replace(/(?:https?:\/\/|www\.)\S+|(?:^|\s)@\S+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[^\p{L}\p{N}«"“(]+/u, '')
    .trim();
  if (body.length <= MAX_TEXT) return body;
  const ss = sentences(body, d.lang).filter((s) => s.length <= MAX_TEXT);
  // The first full sentence usually states the point; else the longest that fits.
  const best = ss.find((s) => s.split(/\s+/).length >= 8) ?? ss.sort((a, b) => b.length - a.length)[0];
  return best ?? `${body.slice(0, MAX_TEXT - 1)}…`;
}
