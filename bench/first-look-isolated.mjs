// A cold first look (what the popup paints first) as the reading script runs it: in the extension's
// isolated world, on a freshly loaded generated page, once per page. Each DOM question costs more
// there than in the page itself, where browser-bench.mjs measures the extraction beside Readability.
//
//   npm run build:test && npx vite build --config bench/vite.extract.config.ts
//   node bench/first-look-isolated.mjs [A/extract.js B/extract.js ...]   (default: dist/bench/extract.js)
//
// Builds are taken in turn, page by page; R=runs (8), N=comments (5000), K=wp,hn.
import { copyFileSync, cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import os from 'node:os';
import path from 'node:path';
import { startServer } from '../test/e2e/server.mjs';
import { hackerNewsPage, wordpressPage } from './gen-pages.mjs';

const repo = path.resolve(import.meta.dirname, '..');
const bundles = process.argv.length > 2 ? process.argv.slice(2) : [path.join(repo, 'dist/bench/extract.js')];
const runs = Number(process.env.R ?? 8);
const n = Number(process.env.N ?? 5000);
// A copy of the test extension holding the builds to compare as files of its own.
const ext = mkdtempSync(path.join(os.tmpdir(), 'cl-ext-'));
cpSync(path.join(repo, 'dist/chrome-test'), ext, { recursive: true });
bundles.forEach((b, i) => copyFileSync(b, path.join(ext, `bench-${i}.js`)));
const root = mkdtempSync(path.join(os.tmpdir(), 'cl-pages-'));
writeFileSync(path.join(root, 'wp.html'), wordpressPage(n));
writeFileSync(path.join(root, 'hn.html'), hackerNewsPage(n));
const server = await startServer(root);
const ctx = await chromium.launchPersistentContext(mkdtempSync(path.join(os.tmpdir(), 'cl-profile-')), {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
});
try {
  let [sw] = ctx.serviceWorkers();
  if (!sw) sw = await ctx.waitForEvent('serviceworker');
  const extId = sw.url().split('/')[2];
  const page = await ctx.newPage();
  const extPage = await ctx.newPage();
  await extPage.goto(`chrome-extension://${extId}/src/popup/index.html?target=none`);
  const res = new Map();
  for (let r = 0; r < runs; r++) {
    for (const kind of (process.env.K ?? 'wp,hn').split(',')) {
      for (let i = 0; i < bundles.length; i++) {
        const url = `${server.origin}/${kind}.html`;
        await page.goto(url);
        // A reader clicks once the page has shown.
        await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => window.requestIdleCallback(ok, { timeout: 10_000 })))));
        const out = await extPage.evaluate(async ({ u, file }) => {
          const tab = (await chrome.tabs.query({})).find((t) => t.url === u);
          await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: [file] });
          const [done] = await chrome.scripting.executeScript({
            target: { tabId: tab.id },
            func: () => {
              const t = performance.now();
              // As the reading script's first look: a 40 ms budget for the adapters, 201 comments at most.
              const ex = globalThis.CommentLens.extractPage(document, { url: location.href, budgetMs: 40, firstLook: true });
              return [performance.now() - t, ex.comments.length];
            },
          });
          return done.result;
        }, { u: url, file: `bench-${i}.js` });
        const key = `${kind === 'wp' ? 'WordPress' : 'Hacker News'} ${n} · ${path.relative(repo, bundles[i])}`;
        res.set(key, [...(res.get(key) ?? []), out]);
      }
    }
  }
  console.log(`Cold first look in the isolated world, ${runs} fresh pages each (ms)`);
  for (const [k, xs] of res) {
    const v = xs.map((x) => x[0]).sort((a, b) => a - b);
    console.log(`${k}: median ${v[v.length >> 1].toFixed(0)}, min ${v[0].toFixed(0)}, max ${v[v.length - 1].toFixed(0)} · comments ${[...new Set(xs.map((x) => x[1]))].join('/')}`);
  }
} finally {
  await ctx.close();
  await server.close();
}
