/** cov@5, wcov@5 and redundancy@5 of key points against a summary-corpus gold file (the shared scorer's definitions). */
import type { KeyPoint } from '../src/core/analysis-types';

export interface KpGold {
  keyPoints: { id: string; text: string; matched: number }[];
  commentKeyPoints: Record<string, string[]>;
}

export function scoreKeyPoints(gold: KpGold, kps: readonly KeyPoint[]): { cov5: number; wcov5: number; red5: number; covered: (string | null)[] } {
  const matched = new Map(gold.keyPoints.map((k) => [k.id, k.matched]));
  const covered: string[] = [];
  const order: (string | null)[] = [];
  for (const kp of kps) {
    const votes = new Map<string, number>();
    for (const id of kp.commentIds) for (const g of gold.commentKeyPoints[`comment-${id}`] ?? []) votes.set(g, (votes.get(g) ?? 0) + 1);
    const rankOf = (g: string) => [votes.get(g) ?? 0, covered.includes(g) ? 0 : 1, matched.get(g) ?? 0];
    const best = [...votes.keys()].sort((a, b) => {
      const [x, y] = [rankOf(a), rankOf(b)];
      return y[0] - x[0] || y[1] - x[1] || y[2] - x[2];
    })[0] ?? null;
    order.push(best);
    if (best && !covered.includes(best)) covered.push(best);
  }
  const first = order.slice(0, 5);
  const distinct = new Set(first.filter((g): g is string => !!g));
  const bestW = gold.keyPoints.map((g) => g.matched).sort((a, b) => b - a).slice(0, 5).reduce((a, b) => a + b, 0);
  return {
    cov5: distinct.size / Math.min(5, gold.keyPoints.length),
    wcov5: [...distinct].reduce((a, g) => a + (matched.get(g) ?? 0), 0) / bestW,
    red5: first.filter((g, i) => g && first.indexOf(g) < i).length / Math.max(1, first.length),
    covered: order,
  };
}
