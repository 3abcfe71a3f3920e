// The built Chrome extension (dist/chrome-test) in real headless Chromium, driven by playwright-core.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';
import { checkSeedPopup } from './popup-checks.mjs';
import { seed } from './expect-seed.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.join(repo, 'dist/chrome-test');
const exe = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const shots = path.join(repo, 'artifacts/screenshots');

let ctx, server, extId, profile;
const extRequests = [];

before(async () => {
  assert.ok(existsSync(exe), `Chromium not found at ${exe} (apt-get install chromium)`);
  assert.ok(existsSync(path.join(dist, 'manifest.json')), `no build at ${dist}: run npm run build:test`);
  mkdirSync(shots, { recursive: true });
  server = await startServer();
  profile = mkdtempSync(path.join(os.tmpdir(), 'cl-chromium-'));
  ctx = await chromium.launchPersistentContext(profile, {
    executablePath: exe,
    headless: true,
    viewport: { width: 1200, height: 900 },
    locale: 'en-US',
    args: [
      `--disable-extensions-except=${dist}`, `--load-extension=${dist}`, '--no-sandbox', '--disable-gpu',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
      '--disable-quic', '--lang=en-US',
    ],
  });
  ctx.on('request', (r) => {
    const frameUrl = (() => { try { return r.frame().url(); } catch { return ''; } })();
    if (frameUrl.startsWith('chrome-extension://') && !r.url().startsWith('chrome-extension://')) extRequests.push(r.url());
  });
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 15_000 }));
  extId = new URL(sw.url()).host;
});

after(async () => {
  await ctx?.close();
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

async function openPopup(target) {
  const popup = await ctx.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${extId}/src/popup/index.html?target=${encodeURIComponent(target)}`);
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
  await popup.goto(`chrome-extension://${extId}/src/popup/index.html?target=${encodeURIComponent(url)}`);
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

test('the extension itself made no network request', () => {
  assert.deepEqual(extRequests, []);
});
