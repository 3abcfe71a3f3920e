// The built Chrome extension (dist/chrome-test) in real headless Chromium, driven by playwright-core.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, popupUrl, stopWorkers } from './launch-chromium.mjs';
import { startServer } from './server.mjs';
import { checkSeedPopup } from './popup-checks.mjs';
import { seed } from './expect-seed.mjs';
import { until } from './until.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shots = path.join(repo, 'artifacts/screenshots');

let browser, ctx, server, extId;
const extRequests = [];

before(async () => {
  mkdirSync(shots, { recursive: true });
  server = await startServer();
  browser = await launchChromium({ name: 'chromium' });
  ({ ctx, extId } = browser);
  ctx.on('request', (r) => {
    const frameUrl = (() => { try { return r.frame().url(); } catch { return ''; } })();
    if (frameUrl.startsWith('chrome-extension://') && !r.url().startsWith('chrome-extension://')) extRequests.push(r.url());
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function openPopup(target) {
  const popup = await ctx.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(popupUrl(extId, target));
  return popup;
}

test('popup reads the founding example: counts, participants, collapsible tree', async () => {
  const page = await ctx.newPage();
  const url = `${server.origin}/seed-wordpress.html`;
  await page.goto(url);
  const popup = await openPopup(url);
  await checkSeedPopup(popup, { site: 'chromium', screenshot: path.join(shots, 'popup-chromium.png') });

  // Clicking a comment scrolls the page to it.
  await popup.click('[data-testid=expand-all]');
  const before = await page.evaluate(() => window.scrollY);
  await popup.click('[role=treeitem][aria-level="4"] [data-testid=comment-jump], [role=treeitem][aria-level="4"]');
  await page.waitForFunction((y) => window.scrollY > y, before, { timeout: 5_000 });

  // Export: the JSON download is the command line's shape, with the whole discussion.
  const [download] = await Promise.all([popup.waitForEvent('download'), popup.click('[data-testid=export-json]')]);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(exported.comments.length, seed.visible);
  assert.equal(exported.stats.announced, 20);
  assert.match(download.suggestedFilename(), /\.json$/);
  const [md] = await Promise.all([popup.waitForEvent('download'), popup.click('[data-testid=export-markdown]')]);
  assert.ok(readFileSync(await md.path(), 'utf8').includes(seed.titleStart), 'the Markdown export names the article');
  await popup.close();
  await page.close();
});

test('the popup reads at 200% zoom: 400 px shown as 200 CSS px, nothing cut or scrolled sideways', async () => {
  const page = await ctx.newPage();
  const url = `${server.origin}/seed-wordpress.html`;
  await page.goto(url);
  const popup = await ctx.newPage();
  await popup.setViewportSize({ width: 200, height: 300 });
  await popup.goto(popupUrl(extId, url));
  await popup.waitForSelector('[data-testid=stats-line]', { timeout: 20_000 });
  await popup.click('[data-testid=expand-all]');
  await popup.waitForSelector(`[role=treeitem][aria-level="${seed.maxDepth}"]`);
  const overflow = await popup.evaluate(() => {
    const root = document.documentElement;
    const wide = [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1 && el.getClientRects().length > 0);
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide: wide.slice(0, 5).map((el) => `${el.tagName}.${el.className}`) };
  });
  assert.ok(overflow.scrollWidth <= overflow.clientWidth + 1, `sideways scroll at 200%: ${JSON.stringify(overflow)}`);
  assert.deepEqual(overflow.wide, []);
  await popup.screenshot({ path: path.join(shots, 'popup-chromium-200pct.png') });
  await popup.close();
  await page.close();
});

test('a page without comments gets the "no comment section" state', async () => {
  const page = await ctx.newPage();
  const url = `${server.origin}/no-comments.html`;
  await page.goto(url);
  const popup = await openPopup(url);
  await popup.waitForSelector('[data-testid=state-none]', { timeout: 20_000 });
  await popup.close();
  await page.close();
});

/** A WordPress post whose comment list grows by two at each load of the same address. */
const growing = (n) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Growing | Blog</title></head><body>
<article class="post"><h1 class="entry-title">Growing</h1><div class="entry-content"><p>A post whose thread grows.</p></div></article>
<div id="comments" class="comments-area"><h2 class="comments-title">${n} thoughts on “Growing”</h2><ol class="comment-list">${Array.from({ length: n }, (_, i) =>
  `<li id="comment-${i + 1}" class="comment depth-1"><article id="div-comment-${i + 1}" class="comment-body"><footer class="comment-meta">` +
  `<div class="comment-author vcard"><b class="fn">Reader ${i + 1}</b></div><div class="comment-metadata"><time datetime="2026-11-2${i % 9}T10:00:00+00:00">Nov</time></div></footer>` +
  `<div class="comment-content"><p>Comment number ${i + 1} says something about the post.</p></div></article></li>`).join('')}</ol></div></body></html>`;

test('a page reloaded since its reading is read again, whether the worker stopped meanwhile or not', async () => {
  const url = `${server.origin}/growing.html`;
  let loads = 0;
  await ctx.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: growing(3 + 2 * loads++) }));
  const page = await ctx.newPage();
  const shown = async () => {
    const popup = await openPopup(url);
    await popup.waitForSelector('[data-testid=stats-line]', { timeout: 20_000 });
    const text = await popup.textContent('[data-testid=stats-line]');
    await popup.close();
    return Number(/\d+/.exec(text)?.[0]);
  };
  try {
    await page.goto(url);
    assert.equal(await shown(), 3);
    // The reading's copy reaches session storage a second after it is kept (tab-store.ts).
    const worker = ctx.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extId}/`));
    await until(worker, () => chrome.storage.session.get(null).then((all) => Object.keys(all).some((k) => k.startsWith('tab:'))), null, 'the kept reading in session storage');
    // The worker started afresh finds there the reading of the page before the reload, and must not show it.
    await page.reload();
    await stopWorkers(ctx);
    assert.equal(await shown(), 5);
    await page.reload(); // the worker running
    assert.equal(await shown(), 7);
    assert.equal(await shown(), 7); // the kept reading
    assert.equal(loads, 3);
  } finally {
    await ctx.unroute(url);
    await page.close();
  }
});

test('the extension itself made no network request', () => {
  assert.deepEqual(extRequests, []);
});
