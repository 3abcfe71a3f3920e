/**
 * In-process figures for the key points on ../shared/summary-corpus (same definitions as the shared
 * scorer, computed here to iterate fast). The shared scorer stays the reference:
 *   node --import tsx bench/summary-eval.ts [--verbose]
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildTree } from '../src/core/tree';
import { summarize } from '../src/core/summary';
import { readWordPress } from './wp-page';
import { scoreKeyPoints, type KpGold } from './kp-metrics';

const dir = path.resolve(import.meta.dirname, '../../shared/summary-corpus');
const verbose = process.argv.includes('--verbose');
const tuning = JSON.parse(process.env.KP_TUNING ?? '{}') as Record<string, number>;
const rows: number[][] = [];
for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.html')).sort()) {
  const gold = JSON.parse(fs.readFileSync(path.join(dir, f.replace(/\.html$/, '.gold.json')), 'utf8')) as KpGold;
  const page = readWordPress(path.join(dir, f));
  const t0 = performance.now();
  const s = summarize({ ...page, roots: buildTree(page.comments) }, tuning);
  const ms = performance.now() - t0;
  const { cov5, wcov5, red5: red, covered: order } = scoreKeyPoints(gold, s.keyPoints);
  rows.push([cov5, wcov5, red]);
  console.log(`${f.slice(6, 50).padEnd(44)} cov@5=${cov5.toFixed(2)} wcov@5=${wcov5.toFixed(2)} red=${red.toFixed(2)} kps=${s.keyPoints.length} ${ms.toFixed(0)}ms`);
  if (verbose) s.keyPoints.slice(0, 7).forEach((kp, i) => console.log(`   ${order[i]} ${kp.commentIds.length} ${kp.text.slice(0, 90)}`));
  if (verbose) console.log('   gold:', gold.keyPoints.map((g) => `${g.id}:${g.matched}`).join(' '));
}
const avg = (i: number) => (rows.reduce((a, r) => a + r[i], 0) / rows.length).toFixed(3);
console.log(`dev (in-process): cov@5=${avg(0)} wcov@5=${avg(1)} redundancy@5=${avg(2)}`);
