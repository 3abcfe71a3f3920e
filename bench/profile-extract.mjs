// CPU profile of the page-side extraction on a generated 5,000-comment page in headless Chromium:
// `npx vite build --config bench/vite.extract.config.ts --minify false && node bench/profile-extract.mjs`
// prints the time and writes /tmp/prof/chrome.cpuprofile (open it in Chrome's DevTools), then the
// functions that cost most (self and inclusive ms). PROFILE_PAGE=hn profiles the Hacker News page,
// PROFILE_SIZE=N another size.
import { mkdirSync, mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import os from 'node:os';
import path from 'node:path';
import { startServer } from '../test/e2e/server.mjs';
import { wordpressPage, hackerNewsPage } from './gen-pages.mjs';

const n = Number(process.env.PROFILE_SIZE ?? 5000);
const hn = process.env.PROFILE_PAGE === 'hn';
const root = mkdtempSync(path.join(os.tmpdir(), 'prof-'));
writeFileSync(path.join(root, 'page.html'), hn ? hackerNewsPage(n) : wordpressPage(n));
copyFileSync('dist/bench/extract.js', path.join(root, 'extract.js'));
const server = await startServer(root);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
const page = await b.newPage();
await page.goto(`${server.origin}/page.html`);
await page.addScriptTag({ url: `${server.origin}/extract.js` });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await page.evaluate(() => window.CommentLens.extractPage(document, { url: location.href }));
await cdp.send('Profiler.start');
const ms = await page.evaluate(() => {
  const t = performance.now();
  const r = window.CommentLens.extractPage(document, { url: location.href });
  return [performance.now() - t, r.comments.length];
});
const { profile } = await cdp.send('Profiler.stop');
console.log(`${hn ? 'hackernews' : 'wordpress'} ${n}: extraction ${ms[0].toFixed(0)} ms, ${ms[1]} comments; profile in /tmp/prof/chrome.cpuprofile`);
mkdirSync('/tmp/prof', { recursive: true });
writeFileSync('/tmp/prof/chrome.cpuprofile', JSON.stringify(profile));
await b.close();
await server.close();
summarise(profile, Number(process.env.PROFILE_TOP ?? 25));

/** Self and inclusive time per function and line, the costliest first. */
function summarise({ nodes, samples, timeDeltas }, top) {
  const byId = new Map(nodes.map((x) => [x.id, x]));
  const parent = new Map();
  for (const x of nodes) for (const c of x.children ?? []) parent.set(c, x.id);
  const selfUs = new Map();
  samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (timeDeltas[i] ?? 0)));
  const key = (x) => `${x.callFrame.functionName || '(anon)'}:${x.callFrame.lineNumber + 1}`;
  const self = new Map();
  const incl = new Map();
  for (const [id, us] of selfUs) {
    const k = key(byId.get(id));
    self.set(k, (self.get(k) ?? 0) + us);
    const seen = new Set();
    for (let p = id; p !== undefined; p = parent.get(p)) {
      const pk = key(byId.get(p));
      if (seen.has(pk)) continue;
      incl.set(pk, (incl.get(pk) ?? 0) + us);
      seen.add(pk);
    }
  }
  const rows = [...incl.keys()].map((k) => [k, (self.get(k) ?? 0) / 1000, incl.get(k) / 1000]);
  const show = (title, i) => {
    console.log(`\n${title}`);
    for (const r of [...rows].sort((a, b) => b[i] - a[i]).slice(0, top)) console.log(`${r[1].toFixed(1).padStart(8)} ${r[2].toFixed(1).padStart(8)}  ${r[0]}`);
  };
  show('by self ms (self, inclusive, function:line)', 1);
  show('by inclusive ms', 2);
}
