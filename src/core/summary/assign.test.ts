import { describe, expect, test } from 'vitest';
import { matched } from './assign';

// Best similarities of six comments, the last three outside the sample.
const sims = Float64Array.from([0.5, 0.3, 0.1, 0.25, 0.15, 0.05]);
const outside = Uint8Array.from([0, 0, 0, 1, 1, 1]);
const inside = Uint8Array.from([1, 1, 1, 0, 0, 0]);

describe('matched: a threshold that as large a share outside the sample passes as inside it', () => {
  test.each([
    // Inside, 2 of 3 are above 0.2: outside, the 2 largest (0.25, 0.15) must be strictly above the threshold.
    ['two thirds inside', 0.2, -Infinity, false, (t: number) => t < 0.15 && t > 0.05],
    // 1 of 3 inside: only 0.25 outside.
    ['one third inside', 0.4, -Infinity, false, (t: number) => t < 0.25 && t > 0.15],
    // Reaching the limit counts when asked: 0.3 and 0.5 reach 0.3.
    ['reaching the limit', 0.3, -Infinity, true, (t: number) => t < 0.15 && t > 0.05],
    // All inside: all outside.
    ['all inside', 0, -Infinity, false, (t: number) => t < 0.05],
    // None inside: none outside.
    ['none inside', 0.9, -Infinity, false, (t: number) => t === Infinity],
    // Outside, only comments above the floor count: 2 of them, 2 of 3 inside -> 1 (0.25).
    ['above a floor', 0.2, 0.1, false, (t: number) => t < 0.25 && t > 0.15],
  ])('%s', (_, limit, floor, reach, ok) => {
    expect(ok(matched(sims, outside, inside, sims, limit, floor, 0.2, reach))).toBe(true);
  });

  test('without comments outside the sample, or none inside to compare with, the fallback', () => {
    expect(matched(sims, new Uint8Array(6), inside, sims, 0.2, -Infinity, 0.2)).toBe(0.2);
    expect(matched(sims, outside, new Uint8Array(6), sims, 0.2, -Infinity, 0.2)).toBe(0.2);
  });
});
