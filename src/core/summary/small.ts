/**
 * Key points of a short discussion. With a few dozen comments, each substantive comment is
 * usually its own argument and there are too few voices to group by: one key point per distinct
 * comment's main claim (up to 10), the most substantive and most echoed first, a comment too close to one
 * already listed left out (MMR), every comment linked to the key point it is closest to.
 */
import type { Doc } from './prepare';
import type { SparseVec } from './vectors';

/** Two passages at least this similar make the same point. */
const SAME_POINT = 0.25;
/** A long comment can make two distinct points (a second passage far enough from every pick). */
const PER_COMMENT = 2;
/** Boost of a passage that a reply quotes. */
const QUOTED = 1.2;
/** Weight of the echo (similarity to other comments): a claim taken up by others ranks higher, but only a little. */
const ECHO = 0.15;

function dot(a: SparseVec, b: SparseVec): number {
  let s = 0;
  for (let x = 0; x < a.ids.length; x++) for (let y = 0; y < b.ids.length; y++) if (a.ids[x] === b.ids[y]) s += a.w[x] * b.w[y];
  return s;
}

/** Indices (into `units`) of the passages that stand for key points, in the order to list them. */
export function smallPicks(units: readonly Doc[], vecs: readonly SparseVec[], max: number): number[] {
  const n = units.length;
  const sim = vecs.map((v, i) => vecs.map((u, j) => (i === j ? 1 : dot(v, u))));
  const seen = new Set<string>();
  const score = units.map((d, i) => {
    // A comment's first passage usually states its claim; what follows supports it.
    const first = !seen.has(d.comment.id);
    seen.add(d.comment.id);
    let echo = 0;
    for (let j = 0; j < n; j++) if (units[j].comment.id !== d.comment.id) echo += sim[i][j];
    // A passage a reply quotes is one the discussion turned on.
    const quoted = d.quoted ? QUOTED : 1;
    return Math.min(1, d.contentTerms / 12) * (first ? 1.25 : 1) * quoted * (1 + ECHO * Math.min(echo, 3));
  });
  const picks: number[] = [];
  const used = new Map<string, number>();
  while (picks.length < max) {
    let best = -1;
    let bestScore = 0;
    for (let i = 0; i < n; i++) {
      if ((used.get(units[i].comment.id) ?? 0) >= PER_COMMENT) continue;
      const near = picks.reduce((m, p) => Math.max(m, sim[i][p]), 0);
      if (near >= SAME_POINT) continue;
      const s = score[i] * (1 - near / (2 * SAME_POINT));
      if (s > bestScore) [best, bestScore] = [i, s];
    }
    if (best < 0) break;
    picks.push(best);
    used.set(units[best].comment.id, (used.get(units[best].comment.id) ?? 0) + 1);
  }
  return picks;
}
