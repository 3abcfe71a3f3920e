/** Key-point figures against a summary-corpus gold file, with the shared scorer's definitions (ids-based matching). */
import type { KeyPoint } from '../src/core/analysis-types';

export interface KpGold {
  keyPoints: { id: string; text: string; matched: number }[];
  commentKeyPoints: Record<string, string[]>;
}

export interface KpScore {
  cov5: number;
  covAll: number;
  wcov5: number;
  red5: number;
  /** Over the first (number of gold key points) key points: share of a key point's comments that match the gold key point it covers. */
  purity: number;
  /** Share of the gold-labelled comments listed under some key point. */
  listed: number;
  /** Gold key point covered by each key point (null: none of its comments is labelled). */
  covered: (string | null)[];
}

/** `present`: ids of the page's comments that were read (a subsample); default all labelled ones. */
export function scoreKeyPoints(gold: KpGold, kps: readonly KeyPoint[], present?: ReadonlySet<string>): KpScore {
  const matched = new Map(gold.keyPoints.map((k) => [k.id, k.matched]));
  const covered: string[] = [];
  const order: (string | null)[] = [];
  const purity: (number | null)[] = [];
  for (const kp of kps) {
    const votes = new Map<string, number>();
    for (const id of kp.commentIds) for (const g of gold.commentKeyPoints[`comment-${id}`] ?? []) votes.set(g, (votes.get(g) ?? 0) + 1);
    const rankOf = (g: string) => [votes.get(g) ?? 0, covered.includes(g) ? 0 : 1, matched.get(g) ?? 0];
    const best = [...votes.keys()].sort((a, b) => {
      const [x, y] = [rankOf(a), rankOf(b)];
      return y[0] - x[0] || y[1] - x[1] || y[2] - x[2];
    })[0] ?? null;
    order.push(best);
    purity.push(kp.commentIds.length ? (best ? (votes.get(best) ?? 0) : 0) / kp.commentIds.length : null);
    if (best && !covered.includes(best)) covered.push(best);
  }
  const n = gold.keyPoints.length;
  const at = (k: number) => {
    const first = order.slice(0, k);
    const distinct = new Set(first.filter((g): g is string => !!g));
    const best = [...matched.values()].sort((a, b) => b - a).slice(0, k).reduce((a, b) => a + b, 0);
    return {
      cov: distinct.size / Math.min(k, n),
      wcov: [...distinct].reduce((a, g) => a + (matched.get(g) ?? 0), 0) / best,
      red: first.filter((g, i) => g && first.indexOf(g) < i).length / Math.max(1, first.length),
    };
  };
  const a5 = at(5);
  const win = purity.slice(0, n).filter((x): x is number => x !== null);
  const isLabelled = (id: string) => !!gold.commentKeyPoints[`comment-${id}`] && (!present || present.has(id));
  const labelled = present ? [...present].filter(isLabelled).length : Object.keys(gold.commentKeyPoints).length;
  const listed = new Set(kps.flatMap((k) => k.commentIds).filter(isLabelled)).size;
  return {
    cov5: a5.cov, covAll: at(n).cov, wcov5: a5.wcov, red5: a5.red,
    purity: win.length ? win.reduce((a, b) => a + b, 0) / win.length : 0,
    listed: labelled ? listed / labelled : 0,
    covered: order,
  };
}

/** A seeded subsample: `share` of the items, drawn without replacement, in their original order (Park-Miller generator). */
export function subsample<T>(items: readonly T[], share: number, seed: number): T[] {
  let s = (Math.abs(Math.floor(seed)) % 2147483646) + 1;
  const keyed = items.map((item, i) => {
    s = (s * 16807) % 2147483647;
    return { item, i, key: s };
  });
  const kept = keyed.sort((a, b) => a.key - b.key).slice(0, Math.round(items.length * share));
  return kept.sort((a, b) => a.i - b.i).map((k) => k.item);
}
