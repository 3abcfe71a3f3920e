// npm run bench:browser — figures for issue 8, measured in real headless Chromium:
//  1. extraction in the page beside Readability (Firefox Reader View's parser) on a clone of
//     the document and a bare walk of every element, on generated WordPress and Hacker News
//     pages (1,000 / 5,000 / 20,000 comments) and on the saved corpus pages;
//  2. click to picture: popup opened -> reply tree painted, on a 5,000-comment page (also after
//     reading the page for 30 s: BENCH_READ_RUNS, default 5, BENCH_READ_MS; and right after one
//     reload in a tab of its own: BENCH_RELOAD_RUNS, default 5);
//  3. the popup alone (mock connector) with a 5,000-comment analysis: first paint, expand all;
//  4. bundle sizes; 5. page heap growth after analysis and annotations, and over on/off cycles.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync, copyFileSync, cpSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../test/e2e/server.mjs';
import { wordpressPage, hackerNewsPage } from './gen-pages.mjs';
import { inPageTimings, clickToPicture, clickAfterReading, clickAfterOneReload, popupAlone, heapFigures } from './browser-measures.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const exe = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const sizes = (process.env.BENCH_SIZES ?? '1000,5000,20000').split(',').map(Number);
const corpusDir = path.resolve(repo, '../shared/corpus');
const ext = path.join(repo, 'dist/chrome-test');
// BENCH_ONLY=extract: only part 1 (the extraction bundle, no popup harness or test extension).
const onlyExtract = process.env.BENCH_ONLY === 'extract';
const C2P_RUNS = Number(process.env.BENCH_C2P_RUNS ?? 5);
// Cold clicks after reading the page for BENCH_READ_MS (default 30 s, Chrome's idle time for a worker).
const READ_RUNS = Number(process.env.BENCH_READ_RUNS ?? 5);
const READ_MS = Number(process.env.BENCH_READ_MS ?? 30_000);
// Cold clicks right after a reader's one reload, each in a tab of its own.
const RELOAD_RUNS = Number(process.env.BENCH_RELOAD_RUNS ?? 5);

const run = (args) => execFileSync('npx', args, { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
console.log('building the extraction bundle, the popup harness and the test extension...');
run(['vite', 'build', '--config', 'bench/vite.extract.config.ts']);
if (!onlyExtract) {
  run(['vite', 'build', '--config', 'bench/vite.harness.config.ts']);
  run(['vite', 'build', '--mode', 'chrome-test']); // always: a stale build would measure old code
}

const root = mkdtempSync(path.join(os.tmpdir(), 'cl-bench-'));
copyFileSync(path.join(repo, 'dist/bench/extract.js'), path.join(root, 'extract.js'));
copyFileSync(path.join(repo, 'node_modules/@mozilla/readability/Readability.js'), path.join(root, 'Readability.js'));
if (!onlyExtract) cpSync(path.join(repo, 'dist/harness'), path.join(root, 'harness'), { recursive: true });
const pages = [];
for (const n of sizes) {
  writeFileSync(path.join(root, `wp-${n}.html`), wordpressPage(n));
  writeFileSync(path.join(root, `hn-${n}.html`), hackerNewsPage(n));
  pages.push({ name: `wordpress ${n}`, file: `wp-${n}.html`, n }, { name: `hackernews ${n}`, file: `hn-${n}.html`, n });
}
let corpus = [];
if (process.env.BENCH_CORPUS === '0') console.log('(BENCH_CORPUS=0: corpus pages skipped)');
else if (existsSync(corpusDir)) {
  mkdirSync(path.join(root, 'corpus'));
  corpus = readdirSync(corpusDir).filter((f) => f.endsWith('.html')).sort();
  for (const f of corpus) copyFileSync(path.join(corpusDir, f), path.join(root, 'corpus', f));
} else console.log(`(no ${corpusDir}: corpus pages skipped)`);

const server = await startServer(root);
const profile = mkdtempSync(path.join(os.tmpdir(), 'cl-bench-profile-'));
const ctx = await chromium.launchPersistentContext(profile, {
  executablePath: exe, headless: true, viewport: { width: 1200, height: 900 },
  args: [...(onlyExtract ? [] : [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`]), '--no-sandbox', '--disable-gpu',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
    '--js-flags=--expose-gc', '--enable-precise-memory-info'],
});
const sw = onlyExtract ? null : (ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker')));
const extId = sw ? new URL(sw.url()).host : '';

try {
  console.log(`\nChromium ${ctx.browser()?.version() ?? ''} · ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'} · Node ${process.version}`);
  console.log('\n1. Extraction in the page (median of 3 runs, ms)');
  console.log('page                 comments found   extract  readability  bare walk   ×readability  ×walk');
  for (const p of pages) {
    const t = await inPageTimings(ctx, `${server.origin}/${p.file}`, 3);
    console.log(`${p.name.padEnd(20)} ${String(p.n).padStart(8)} ${String(t.found).padStart(6)} ${t.extract.toFixed(1).padStart(9)} ${t.readability.toFixed(1).padStart(12)} ${t.walk.toFixed(1).padStart(10)} ${(t.extract / t.readability).toFixed(2).padStart(14)} ${(t.extract / t.walk).toFixed(2).padStart(6)}`);
  }
  if (corpus.length) {
    // In a browser of their own: saved pages of the open web may take a browser down (one did, after
    // about a hundred pages, on 2026-11-27), and the measures below need theirs alive.
    const own = await chromium.launch({ executablePath: exe, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic'] });
    const pageCtx = await own.newContext({ viewport: { width: 1200, height: 900 } });
    // Saved pages still name their sites' scripts, fonts and frames: those requests are refused at
    // once (offline, a page waited seconds on each), so every page is measured on what it holds.
    await pageCtx.route((u) => u.origin !== server.origin, (r) => r.abort());
    const rows = [];
    const failed = [];
    for (const f of corpus) {
      rows.push(await inPageTimings(pageCtx, `${server.origin}/corpus/${f}`, 1).catch((e) => {
        failed.push(`${f}: ${String(e?.message ?? e).split('\n')[0].slice(0, 120)}`);
        return null;
      }));
    }
    await own.close().catch(() => undefined);
    if (failed.length) console.log(`corpus pages not measured (${failed.length}), the first: ${failed.slice(0, 3).join(' · ')}`);
    const ok = rows.filter(Boolean);
    const sum = (k) => ok.reduce((s, r) => s + r[k], 0);
    const med = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    console.log(`corpus: ${ok.length}/${corpus.length} pages · total extract ${sum('extract').toFixed(0)} ms, readability ${sum('readability').toFixed(0)} ms, bare walk ${sum('walk').toFixed(0)} ms · median ×readability ${med(ok.map((r) => r.extract / r.readability)).toFixed(2)}, median ×walk ${med(ok.map((r) => r.extract / r.walk)).toFixed(2)}, slowest extract ${Math.max(...ok.map((r) => r.extract)).toFixed(1)} ms`);
  }

  if (!onlyExtract) {
    const big = sizes.includes(5000) ? 5000 : sizes[0];
    console.log(`\n2. Click to picture on the ${big}-comment WordPress page (popup navigation start -> tree painted), ${C2P_RUNS} runs`);
    const c2p = await clickToPicture(ctx, extId, `${server.origin}/wp-${big}.html`, C2P_RUNS);
    const ms = (xs) => xs.map((x) => (x ?? NaN).toFixed(0)).join(', ');
    const unstopped = c2p.filter((x) => !x.cold.stopped).length;
    console.log(`page just reloaded in the tab all these runs share, the extension's worker stopped (idle): tree painted ${ms(c2p.map((x) => x.cold.tree))} ms · key points shown ${ms(c2p.map((x) => x.cold.keyPoints))} ms${unstopped ? ` (the worker did not stop in ${unstopped} runs)` : ''}`);
    console.log(`then from the kept reading: tree painted ${ms(c2p.map((x) => x.kept.tree))} ms · key points shown ${ms(c2p.map((x) => x.kept.keyPoints))} ms`);
    console.log(`page loaded again, the worker running: tree painted ${ms(c2p.map((x) => x.warm.tree))} ms · key points shown ${ms(c2p.map((x) => x.warm.keyPoints))} ms`);
    if (READ_RUNS > 0) {
      const read = await clickAfterReading(ctx, extId, `${server.origin}/wp-${big}.html`, READ_RUNS, READ_MS);
      const unstoppedR = read.filter((x) => !x.stopped).length;
      console.log(`page read for ${(READ_MS / 1000).toFixed(0)} s, then the popup, the worker stopped: tree painted ${ms(read.map((x) => x.tree))} ms${unstoppedR ? ` (the worker did not stop in ${unstoppedR} runs)` : ''}`);
    }
    if (RELOAD_RUNS > 0) {
      const once = await clickAfterOneReload(ctx, extId, `${server.origin}/wp-${big}.html`, RELOAD_RUNS);
      const unstoppedO = once.filter((x) => !x.stopped).length;
      console.log(`page opened in a tab of its own and reloaded once, then the popup, the worker stopped: tree painted ${ms(once.map((x) => x.tree))} ms${unstoppedO ? ` (the worker did not stop in ${unstoppedO} runs)` : ''}`);
    }
    const ph = c2p.phases ?? {};
    console.log(`a fresh reading, by phase: inject ${ph.inject} ms · extract + transfer ${ph.extract} ms · analyze ${ph.analyze} ms · store ${ph.store} ms · popup round trip ${ph.roundTrip} ms`);

    console.log(`\n3. Popup alone with a ${big}-comment analysis (mock connector), 3 runs`);
    const pa = await popupAlone(ctx, server.origin, root, big, 3);
    console.log(`first paint: ${pa.map((x) => x.paint.toFixed(1)).join(', ')} ms · expand all: ${pa.map((x) => x.expandAll.toFixed(1)).join(', ')} ms (${pa[0].rows} rows)`);

    console.log(`\n5. Page heap on the ${big}-comment page`);
    const h = await heapFigures(ctx, extId, `${server.origin}/wp-${big}.html`, 20);
    console.log(h.lines.join('\n'));
  }
} finally {
  await ctx.close();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(root, { recursive: true, force: true });
}

if (!onlyExtract) {
  console.log('\n4. Bundle sizes (gzipped)');
  // The store build's sizes: made by `npm run build`, which this script does not run.
  if (existsSync(path.join(repo, 'dist/chrome/manifest.json'))) {
    execFileSync(process.execPath, [path.join(repo, 'scripts/bundle-size.mjs'), path.join(repo, 'dist/chrome')], { stdio: 'inherit' });
  } else console.log('dist/chrome is not built: run `npm run build` (or `npm run size` after it) for the bundle sizes');
}
