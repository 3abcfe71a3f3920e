// Lifecycle in real headless Chromium (dist/chrome-test): the service worker stopped (through
// chrome://serviceworker-internals) between popup openings and in the middle of an analysis, the extension
// reloaded with the page open, stored settings and seen comments kept across the reload (an update).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium, popupUrl, stopWorkers as stopExtensionWorkers } from './launch-chromium.mjs';
import { startHostileServer, watch } from './security-harness.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const stopWorkers = () => stopExtensionWorkers(ctx);

let browser, ctx, server, extId;

before(async () => {
  server = await startHostileServer();
  browser = await launchChromium({ name: 'life-chromium', english: false });
  ({ ctx, extId } = browser);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function openPopup(target) {
  const popup = await ctx.newPage();
  const url = popupUrl(extId, target);
  // Right after a reload the extension's pages refuse to load for a moment (ERR_BLOCKED_BY_CLIENT).
  for (let i = 0; ; i++) {
    try {
      await popup.goto(url);
      return popup;
    } catch (e) {
      if (i >= 30) throw e;
      await sleep(1000);
    }
  }
}
const settled = (popup, ms = 60_000) =>
  popup.waitForSelector('[data-testid=stats-line], [data-testid=state-none], [data-testid=state-error], [data-testid=state-unreadable]', { timeout: ms }).then((h) => h.getAttribute('data-testid'));

test('the worker stopped between two popup openings: the second opening reads the kept result', async () => {
  const page = await ctx.newPage();
  const fired = [];
  watch(page, 'page', fired);
  const url = `${server.origin}/seed-wordpress.html`;
  await page.goto(url);
  const first = await openPopup(url);
  assert.equal(await settled(first), 'stats-line');
  const stats = await first.textContent('[data-testid=stats-line]');
  // The result is copied to session storage a second after it is kept (after its key points, see
  // TabStoreOptions): waited for, as a reader reading it for a while before the worker stops would.
  let kept = [];
  for (let i = 0; i < 50 && !kept.some((k) => k.startsWith('tab:')); i++) {
    if (i) await sleep(100);
    kept = await first.evaluate(() => chrome.storage.session.get(null).then((all) => Object.keys(all)));
  }
  assert.ok(kept.some((k) => k.startsWith('tab:')), `session storage holds the result: ${kept}`);
  await first.close();

  assert.ok(await stopWorkers(), 'the service worker stopped');
  const t = Date.now();
  const second = await openPopup(url);
  assert.equal(await settled(second), 'stats-line');
  console.log(`[lifecycle] reopened after the worker stopped: ready in ${Date.now() - t} ms`);
  assert.equal(await second.textContent('[data-testid=stats-line]'), stats);
  await second.close();
  await page.close();
  assert.deepEqual(fired, []);
});

test('the worker stopped in the middle of an analysis: nothing breaks, the next opening reads the page', async () => {
  const page = await ctx.newPage();
  const fired = [];
  watch(page, 'page', fired);
  const url = `${server.origin}/shape-4.html`; // 500 comments with duplicate ids: a reading of a second or two
  await page.goto(url, { timeout: 300_000, waitUntil: 'domcontentloaded' });
  const popup = await openPopup(url);
  await sleep(200);
  assert.ok(await stopWorkers(), 'the service worker stopped');
  const state = await settled(popup, 300_000);
  console.log(`[lifecycle] popup open while the worker was stopped: ${state}`);
  assert.ok(['stats-line', 'state-error'].includes(state), `the popup settles (${state})`);
  await popup.close();
  const again = await openPopup(url);
  assert.equal(await settled(again, 300_000), 'stats-line');
  await again.close();
  await page.close();
  assert.deepEqual(fired, []);
});

test('settings and seen comments survive an extension reload; the open page sees no error', async () => {
  const page = await ctx.newPage();
  const fired = [];
  watch(page, 'page', fired);
  const url = `${server.origin}/seed-wordpress.html`;
  await page.goto(url);
  const popup = await openPopup(url);
  assert.equal(await settled(popup), 'stats-line');
  await popup.click('[data-testid=annotations-toggle]').catch(() => undefined);
  await sleep(500);
  const stored = { settings: { version: 1, defaultSort: 'newest', summaryLength: 'long', alwaysAnnotate: [], annotations: { signals: false } }, 'seen:index': { version: 1, pages: [[url, 1]] }, [`seen:p:${url}`]: ['131204'] };
  await popup.evaluate((s) => chrome.storage.local.set(s), stored);
  // Reload as an update does, from chrome://extensions (runtime.reload() leaves a command-line
  // loaded extension disabled here).
  const tools = await ctx.newPage();
  await tools.goto('chrome://extensions/');
  if ((await tools.getAttribute('#devMode', 'aria-pressed').catch(() => null)) !== 'true') await tools.click('#devMode');
  await tools.click('#dev-reload-button', { timeout: 10_000 });
  await tools.close();
  await sleep(2000);
  // The page keeps working: scroll, click, no error from our old content script.
  await page.mouse.wheel(0, 800);
  await page.keyboard.press('j');
  await page.click('body');
  const after = await openPopup(url);
  assert.equal(await settled(after), 'stats-line', 'the reloaded extension reads the page again');
  const got = await after.evaluate(() => chrome.storage.local.get(null));
  for (const [k, v] of Object.entries(stored)) assert.deepEqual(got[k], v, `${k} kept`);
  await after.close();
  await sleep(300);
  await page.close();
  assert.deepEqual(fired, []);
});
