/**
 * In-process figures for the key points on ../shared/summary-corpus (the shared scorer's definitions,
 * computed here to iterate fast; the shared scorer stays the reference):
 *   node --import tsx bench/summary-eval.ts [--verbose] [--sub N [--frac 0.8] [--seed S]]
 * --sub N scores each page N more times on seeded subsamples (a share --frac of its comments) and prints
 * the means: one page's figure moves by 0.2 when one pick changes, so a change of tuning is judged on
 * 10 x N readings rather than 10. KP_TUNING='{"mergeMin":0.4}' passes key-point options.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildTree } from '../src/core/tree';
import { summarize } from '../src/core/summary';
import { readWordPress } from './wp-page';
import { scoreKeyPoints, subsample, type KpGold, type KpScore } from './kp-metrics';

const dir = path.resolve(import.meta.dirname, '../../shared/summary-corpus');
const argv = process.argv.slice(2);
const flag = (name: string, def: number) => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : def;
};
const verbose = argv.includes('--verbose');
const subs = flag('--sub', 0);
const frac = flag('--frac', 0.8);
const seed0 = flag('--seed', 1);
const tuning = JSON.parse(process.env.KP_TUNING ?? '{}') as Record<string, number>;
const KEYS = ['cov5', 'covAll', 'wcov5', 'red5', 'purity', 'listed'] as const;
type Row = Record<(typeof KEYS)[number], number>;
const mean = (rows: readonly Row[]): Row => Object.fromEntries(KEYS.map((k) => [k, rows.reduce((a, r) => a + r[k], 0) / rows.length])) as Row;
const show = (r: Row) => KEYS.map((k) => `${k}=${r[k].toFixed(3)}`).join(' ');

const rows: Row[] = [];
for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.html')).sort()) {
  const gold = JSON.parse(fs.readFileSync(path.join(dir, f.replace(/\.html$/, '.gold.json')), 'utf8')) as KpGold;
  const page = readWordPress(path.join(dir, f));
  const t0 = performance.now();
  const runs: KpScore[] = [];
  const variants = subs > 0 ? Array.from({ length: subs }, (_, s) => subsample(page.comments, frac, seed0 + s)) : [page.comments];
  let first: ReturnType<typeof summarize> | undefined;
  for (const comments of variants) {
    const s = summarize({ ...page, comments, roots: buildTree(comments) }, tuning);
    first ??= s;
    runs.push(scoreKeyPoints(gold, s.keyPoints, new Set(comments.map((c) => c.id))));
  }
  const ms = (performance.now() - t0) / variants.length;
  const row = mean(runs);
  rows.push(row);
  console.log(`${f.slice(6, 50).padEnd(44)} ${show(row)} ${ms.toFixed(0)}ms`);
  if (verbose && first) {
    first.keyPoints.slice(0, 7).forEach((kp, i) => console.log(`   ${runs[0].covered[i]} ${kp.commentIds.length} ${kp.text.slice(0, 90)}`));
    console.log('   gold:', gold.keyPoints.map((g) => `${g.id}:${g.matched}`).join(' '));
  }
}
console.log(`dev (in-process${subs ? `, ${subs} subsamples of ${frac}` : ''}): ${show(mean(rows))}`);
