// Two builds of the test extension in one headless Chromium, opened in turn on the same generated
// 5,000-comment WordPress page: popup navigation start -> first paint of the reply tree (and of the
// key points), with the extension's worker stopped before the opening (cold) and running (warm).
// The builds take turns opening by opening (A B, then B A...), so that a loaded machine slows both
// alike, and half the runs load them in the other order (see session()); prints the median of each,
// every figure, and how many openings took over 300 ms. Also the popup's question and first answer
// (the marks cl:ask and cl:first-answer, when the build sets them).
//   node bench/popup-ab.mjs A/dist/chrome-test B/dist/chrome-test     (RUNS=8, N=5000)
// Openings with the worker stopped spread widely on a small machine: two copies of one build gave cold
// medians of 343 and 393 ms over 10 openings each (2 cores, 2026-11-28, one browser, before the load
// orders were alternated), so a difference of that size says nothing; the warm medians were 232 and 243 ms.
// A build comes from `npm run build:test` in a copy of the tree at the state to compare.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../test/e2e/server.mjs';
import { stopWorkers } from '../test/e2e/launch-chromium.mjs';
import { wordpressPage } from './gen-pages.mjs';
import { recorder } from './browser-measures.mjs';

const builds = process.argv.slice(2).map((d) => realpathSync(d));
if (builds.length !== 2 || !builds.every((d) => existsSync(path.join(d, 'manifest.json')))) {
  throw new Error('usage: node bench/popup-ab.mjs A/dist/chrome-test B/dist/chrome-test');
}
if (builds[0] === builds[1]) throw new Error('two different folders are needed (the extension id comes from the path)');
const runs = Number(process.env.RUNS ?? 8);
const n = Number(process.env.N ?? 5000);

/** Chromium's id for an extension loaded unpacked from `dir`: its path's SHA-256, the first 32 hex digits written a-p. */
const idOf = (dir) => [...createHash('sha256').update(dir).digest('hex').slice(0, 32)].map((h) => String.fromCharCode(97 + parseInt(h, 16))).join('');

const root = mkdtempSync(path.join(os.tmpdir(), 'cl-popup-ab-'));
writeFileSync(path.join(root, 'wp.html'), wordpressPage(n));
const server = await startServer(root);
const url = `${server.origin}/wp.html`;
const figures = builds.map(() => ({ cold: [], warm: [] }));

/**
 * One browser with the builds loaded in `loadOrder`, `rounds` openings of each per state. The runs
 * are split between two browsers, one per load order, so that an advantage of the build listed first
 * in --load-extension would cancel out: in two runs of 2026-11-28 (one browser) the first-listed build
 * had the sooner first answers, whichever build it was; a run of two copies of one build in both
 * orders showed no such effect (tree medians loaded first / second 436 / 364 and 428 / 462 ms).
 */
async function session(loadOrder, rounds) {
  const dirs = loadOrder.map((b) => builds[b]);
  const profile = mkdtempSync(path.join(os.tmpdir(), 'cl-popup-ab-profile-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: [
      `--disable-extensions-except=${dirs.join(',')}`, `--load-extension=${dirs.join(',')}`, '--no-sandbox', '--disable-gpu',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
    ],
  });
  try {
    const page = await ctx.newPage();
    for (let r = 0; r < rounds; r++) {
      const order = r % 2 ? [1, 0] : [0, 1];
      for (const mode of ['cold', 'warm']) {
        for (const b of order) {
          // A reload ends the kept reading; a reader clicks once the page has shown.
          await page.goto(url, { timeout: 60_000 });
          await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => window.requestIdleCallback(ok, { timeout: 10_000 })))));
          if (mode === 'cold' && !(await stopWorkers(ctx))) throw new Error('the extensions\' workers did not stop');
          const popup = await ctx.newPage();
          await popup.setViewportSize({ width: 400, height: 600 });
          await popup.addInitScript(recorder);
          await popup.goto(`chrome-extension://${idOf(builds[b])}/src/popup/index.html?target=${encodeURIComponent(url)}`);
          await popup.waitForFunction(() => window.__cl?.tree !== null && window.__cl?.keyPoints !== null, null, { timeout: 60_000 });
          figures[b][mode].push(await popup.evaluate(() => ({
            tree: window.__cl.tree,
            keyPoints: window.__cl.keyPoints,
            ask: performance.getEntriesByName('cl:ask')[0]?.startTime ?? null,
            answer: performance.getEntriesByName('cl:first-answer')[0]?.startTime ?? null,
          })).then((x) => ({ ...x, loaded: loadOrder.indexOf(b) })));
          await popup.close();
        }
      }
    }
  } finally {
    await ctx.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

try {
  await session([0, 1], Math.ceil(runs / 2));
  await session([1, 0], Math.floor(runs / 2));
  const median = (xs) => {
    const s = xs.filter((x) => x !== null).sort((a, b) => a - b);
    if (!s.length) return '-';
    return (s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2).toFixed(0);
  };
  console.log(`popup opened -> tree painted (key points shown), WordPress ${n} comments, ${runs} openings per build and state (ms)`);
  builds.forEach((dir, b) => {
    for (const mode of ['cold', 'warm']) {
      const xs = figures[b][mode];
      console.log(`${'AB'[b]} ${mode} (${path.relative(process.cwd(), dir) || dir}): median ${median(xs.map((x) => x.tree))} · ${xs.map((x) => Math.round(x.tree)).join(', ')} · over 300 ms ${xs.filter((x) => x.tree > 300).length}/${xs.length} · asked at ${median(xs.map((x) => x.ask))}, first answer at ${median(xs.map((x) => x.answer))}, tree ${median(xs.map((x) => (x.answer === null ? null : x.tree - x.answer)))} after it · key points median ${median(xs.map((x) => x.keyPoints))} · ${xs.map((x) => Math.round(x.keyPoints)).join(', ')} · tree median loaded first / second ${median(xs.filter((x) => x.loaded === 0).map((x) => x.tree))} / ${median(xs.filter((x) => x.loaded === 1).map((x) => x.tree))}`);
    }
  });
} finally {
  await server.close();
  rmSync(root, { recursive: true, force: true });
}
