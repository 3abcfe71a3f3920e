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

interface Gold { keyPoints: { id: string; text: string; matched: number }[]; commentKeyPoints: Record<string, string[]> }
const dir = path.resolve(import.meta.dirname, '../../shared/summary-corpus');
const verbose = process.argv.includes('--verbose');
const tuning = JSON.parse(process.env.KP_TUNING ?? '{}') as Record<string, number>;
const rows: number[][] = [];
for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.html')).sort()) {
  const gold = JSON.parse(fs.readFileSync(path.join(dir, f.replace(/\.html$/, '.gold.json')), 'utf8')) as Gold;
  const page = readWordPress(path.join(dir, f));
  const t0 = performance.now();
  const s = summarize({ ...page, roots: buildTree(page.comments) }, tuning);
  const ms = performance.now() - t0;
  const matched = new Map(gold.keyPoints.map((k) => [k.id, k.matched]));
  const covered: string[] = [];
  const order: (string | null)[] = [];
  for (const kp of s.keyPoints) {
    const votes = new Map<string, number>();
    for (const id of kp.commentIds) for (const g of gold.commentKeyPoints[`comment-${id}`] ?? []) votes.set(g, (votes.get(g) ?? 0) + 1);
    const best = [...votes.entries()].sort((a, b) => b[1] - a[1] || (covered.includes(a[0]) ? 1 : 0) - (covered.includes(b[0]) ? 1 : 0) || (matched.get(b[0]) ?? 0) - (matched.get(a[0]) ?? 0))[0]?.[0] ?? null;
    order.push(best);
    if (best && !covered.includes(best)) covered.push(best);
  }
  const k = Math.min(5, gold.keyPoints.length);
  const first = order.slice(0, 5);
  const distinct = new Set(first.filter(Boolean));
  const cov5 = distinct.size / k;
  const bestW = gold.keyPoints.map((g) => g.matched).sort((a, b) => b - a).slice(0, 5).reduce((a, b) => a + b, 0);
  const wcov5 = [...distinct].reduce((a, g) => a + (matched.get(g as string) ?? 0), 0) / bestW;
  const red = first.filter((g, i) => g && first.indexOf(g) < i).length / Math.max(1, first.length);
  rows.push([cov5, wcov5, red]);
  console.log(`${f.slice(6, 50).padEnd(44)} cov@5=${cov5.toFixed(2)} wcov@5=${wcov5.toFixed(2)} red=${red.toFixed(2)} kps=${s.keyPoints.length} ${ms.toFixed(0)}ms`);
  if (verbose) s.keyPoints.slice(0, 7).forEach((kp, i) => console.log(`   ${order[i]} ${kp.commentIds.length} ${kp.text.slice(0, 90)}`));
  if (verbose) console.log('   gold:', gold.keyPoints.map((g) => `${g.id}:${g.matched}`).join(' '));
}
const avg = (i: number) => (rows.reduce((a, r) => a + r[i], 0) / rows.length).toFixed(3);
console.log(`dev (in-process): cov@5=${avg(0)} wcov@5=${avg(1)} redundancy@5=${avg(2)}`);
