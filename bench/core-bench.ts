/**
 * Tree + stats + summary on 1,000 / 5,000 / 50,000 synthetic comments of realistic length and
 * nesting; prints milliseconds and peak heap of the first reading of each page, then the median, least
 * and most of five more readings of it (the engine's code then optimised).
 * A script that prints figures, not a timed test.
 *   npm run bench            (node --import tsx bench/core-bench.ts)
 */
import os from 'node:os';
import { buildTree } from '../src/core/tree';
import { computeStats } from '../src/core/stats';
import { summarize } from '../src/core/summary';
import type { ArticleRecord } from '../src/core/types';
import { syntheticComments } from './synthetic';

const article: ArticleRecord = {
  title: 'La France et la Russie vont renforcer leurs échanges', byline: null, published: null, lang: 'fr',
  text: 'Le ministre a fait le voyage à Moscou pour renforcer les échanges de renseignement militaire.', site: null,
};

// Wall time depends on what else the machine runs: the load average is printed so figures can be read.
console.log(`node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
// One-time costs (language model tables, Intl segmenters, JIT) are paid once per service worker:
// a small warm-up run shows them apart from the per-size figures.
{
  const w = syntheticComments(200, 99);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  summarize({ comments: w, roots: buildTree(w), article, lang: 'fr' });
  const cpu = process.cpuUsage(c0);
  console.log(`warm-up (200 comments, first call): ${(performance.now() - t0).toFixed(0)} ms (cpu ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms)`);
}
let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
const mb = (b: number) => (b / 1048576).toFixed(0);
/** Further readings of each page, after the first. */
const AGAIN = 5;
const sizes = process.argv.slice(2).map(Number).filter((x) => x > 0);
for (const n of sizes.length ? sizes : [1000, 5000, 50000]) {
  const comments = syntheticComments(n);
  const chars = comments.reduce((a, c) => a + c.text.length, 0);
  global.gc?.();
  peak = process.memoryUsage().rss;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const roots = buildTree(comments);
  const stats = computeStats(comments, roots, { announced: null, closed: false, article });
  const t1 = performance.now();
  const summary = summarize({ comments, roots, article, lang: 'fr' });
  const t2 = performance.now();
  const cpu = process.cpuUsage(c0);
  peak = Math.max(peak, process.memoryUsage().rss);
  // The same page read again in the same process, five times: what is left once the engine has
  // optimised the code (the first figure also pays compiling; cpu counts the compiler's threads too).
  const again: number[] = [];
  for (let r = 0; r < AGAIN; r++) {
    const t3 = performance.now();
    const roots2 = buildTree(comments);
    computeStats(comments, roots2, { announced: null, closed: false, article });
    summarize({ comments, roots: roots2, article, lang: 'fr' });
    again.push(performance.now() - t3);
  }
  again.sort((a, b) => a - b);
  console.log(
    `${String(n).padStart(6)} comments (${(chars / n).toFixed(0)} chars avg, depth ${stats.maxDepth}): ` +
      `tree+stats ${(t1 - t0).toFixed(0)} ms, summary ${(t2 - t1).toFixed(0)} ms, total ${(t2 - t0).toFixed(0)} ms ` +
      `(cpu ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms), ` +
      `peak rss ${mb(peak)} MB, ${summary.keyPoints.length} key points; ` +
      `again x${AGAIN}: median ${again[AGAIN >> 1].toFixed(0)} ms, min ${again[0].toFixed(0)}, max ${again[AGAIN - 1].toFixed(0)}`,
  );
}
clearInterval(sampler);
