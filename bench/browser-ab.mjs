// Two builds of the page-side extraction on the same generated pages, in one headless Chromium,
// run in turn (A, B, walk, A, B, walk...) so that a loaded machine slows both alike; prints the
// minimum and median of N runs, the ratio to the bare walk, and whether both gave the same result.
//   node bench/browser-ab.mjs OLD/extract.js NEW/extract.js    (N=7, SIZES=5000, READ=1 adds Readability)
// A bundle comes from `npx vite build --config bench/vite.extract.config.ts` (dist/bench/extract.js)
// in a copy of the tree at the state to compare.
import { mkdtempSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../test/e2e/server.mjs';
import { wordpressPage, hackerNewsPage } from './gen-pages.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [A, B] = process.argv.slice(2);
if (!A || !B) throw new Error('usage: node bench/browser-ab.mjs A/extract.js B/extract.js');
const N = Number(process.env.N ?? 7);
const sizes = (process.env.SIZES ?? '5000').split(',').map(Number);
const root = mkdtempSync(path.join(os.tmpdir(), 'cl-ab-'));
copyFileSync(A, path.join(root, 'a.js'));
copyFileSync(B, path.join(root, 'b.js'));
copyFileSync(path.join(repo, 'node_modules/@mozilla/readability/Readability.js'), path.join(root, 'Readability.js'));
const pages = [];
for (const n of sizes) {
  writeFileSync(path.join(root, `wp-${n}.html`), wordpressPage(n));
  writeFileSync(path.join(root, `hn-${n}.html`), hackerNewsPage(n));
  pages.push(`wp-${n}.html`, `hn-${n}.html`);
}
const server = await startServer(root);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
try {
  for (const f of pages) {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/${f}`, { timeout: 60_000 });
    for (const [url, name] of [['/a.js', 'A'], ['/b.js', 'B']]) {
      await page.addScriptTag({ url });
      await page.evaluate((k) => (window[k] = window.CommentLens), name);
    }
    await page.addScriptTag({ url: '/Readability.js' });
    const rd = process.env.READ
      ? await page.evaluate(() => {
          const xs = [];
          for (let i = 0; i < 3; i++) {
            const t = performance.now();
            new window.Readability(document.cloneNode(true)).parse();
            xs.push(performance.now() - t);
          }
          return Math.min(...xs);
        })
      : NaN;
    const r = await page.evaluate((n) => {
      const xs = { a: [], b: [], walk: [] };
      const walk = () => {
        let chars = 0;
        for (const el of document.body.getElementsByTagName('*')) if (!el.firstElementChild) chars += (el.textContent ?? '').length;
        return chars;
      };
      let ra;
      let rb;
      for (let i = 0; i < n; i++) {
        let t = performance.now();
        ra = window.A.extractPage(document, { url: location.href });
        xs.a.push(performance.now() - t);
        t = performance.now();
        rb = window.B.extractPage(document, { url: location.href });
        xs.b.push(performance.now() - t);
        t = performance.now();
        walk();
        xs.walk.push(performance.now() - t);
      }
      const st = (v) => [Math.min(...v), [...v].sort((x, y) => x - y)[Math.floor(v.length / 2)]];
      return { a: st(xs.a), b: st(xs.b), walk: st(xs.walk), same: JSON.stringify(ra) === JSON.stringify(rb), found: rb.comments.length };
    }, N);
    const ms = ([min, med]) => `min ${min.toFixed(1)} med ${med.toFixed(1)}`;
    const vsRead = process.env.READ ? ` | Readability min ${rd.toFixed(0)} (A ${(r.a[0] / rd).toFixed(2)}×, B ${(r.b[0] / rd).toFixed(2)}×)` : '';
    console.log(`${f.padEnd(14)} A ${ms(r.a)} | B ${ms(r.b)} | walk ${ms(r.walk)} | ×walk A ${(r.a[0] / r.walk[0]).toFixed(1)} B ${(r.b[0] / r.walk[0]).toFixed(1)} | same result: ${r.same} (${r.found} comments)${vsRead}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(root, { recursive: true, force: true });
}
