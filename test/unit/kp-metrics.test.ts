/** The in-process key-point figures (bench/kp-metrics.ts) on a small hand-made gold, and the seeded subsample. */
import { describe, expect, test } from 'vitest';
import type { KeyPoint } from '../../src/core/analysis-types';
import { scoreKeyPoints, subsample, type KpGold } from '../../bench/kp-metrics';

const gold: KpGold = {
  keyPoints: [
    { id: 'free', text: 'flag burning is free speech', matched: 4 },
    { id: 'respect', text: 'flags are symbols to respect', matched: 3 },
    { id: 'riot', text: 'flag burning incites violence', matched: 2 },
  ],
  commentKeyPoints: { 'comment-1': ['free'], 'comment-2': ['free'], 'comment-3': ['free'], 'comment-4': ['free', 'riot'], 'comment-5': ['respect'], 'comment-6': ['respect'], 'comment-7': ['respect'], 'comment-8': ['riot'] },
};
const kp = (text: string, ...commentIds: string[]): KeyPoint => ({ text, commentIds, share: commentIds.length / 8 });

describe('scoreKeyPoints', () => {
  test.each([
    ['one key point per argument, widest first', [kp('free speech', '1', '2', '3'), kp('respect the flag', '5', '6', '7'), kp('riots', '8')],
      { cov5: 1, covAll: 1, red5: 0, purity: 1, listed: 7 / 8 }],
    ['the widest argument twice: the second is redundant', [kp('free speech', '1', '2'), kp('first amendment', '3', '4'), kp('respect the flag', '5', '6', '7')],
      { cov5: 2 / 3, covAll: 2 / 3, red5: 1 / 3, purity: 1, listed: 7 / 8 }],
    ['a key point listing two arguments covers the one most of its comments make', [kp('mixed', '1', '2', '5'), kp('riots', '8', '4')],
      { cov5: 2 / 3, covAll: 2 / 3, red5: 0, purity: (2 / 3 + 1) / 2, listed: 5 / 8 }],
  ])('%s', (_, kps, want) => {
    const s = scoreKeyPoints(gold, kps);
    for (const [k, v] of Object.entries(want)) expect(s[k as keyof typeof want]).toBeCloseTo(v, 6);
  });

  test('listed counts the comments that were read when a subsample is scored', () => {
    const s = scoreKeyPoints(gold, [kp('free speech', '1', '2')], new Set(['1', '2', '5', '8']));
    expect(s.listed).toBeCloseTo(2 / 4, 6);
  });
});

describe('subsample', () => {
  const items = Array.from({ length: 200 }, (_, i) => `comment ${i}`);
  test.each([[0.8, 1], [0.8, 2], [0.5, 7]])('share %s, seed %s: that many items, in page order, the same for the same seed', (share, seed) => {
    const a = subsample(items, share, seed);
    expect(a).toHaveLength(Math.round(200 * share));
    expect(a.map((x) => items.indexOf(x))).toEqual([...a.map((x) => items.indexOf(x))].sort((x, y) => x - y));
    expect(subsample(items, share, seed)).toEqual(a);
  });
  test('different seeds draw different subsamples', () => {
    expect(subsample(items, 0.8, 1)).not.toEqual(subsample(items, 0.8, 2));
  });
});
