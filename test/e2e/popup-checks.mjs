// Checks shared by the Chromium (Playwright) and Firefox (Puppeteer) tests. Both page objects
// offer waitForSelector, $$eval, $eval, click, evaluate and screenshot with the same meaning.
import assert from 'node:assert/strict';
import { seed } from './expect-seed.mjs';

const text = (page, sel) => page.$eval(sel, (el) => el.textContent ?? '');
const count = (page, sel) => page.$$eval(sel, (els) => els.length);

export async function checkSeedPopup(popup, { site, screenshot }) {
  await popup.waitForSelector('[data-testid=stats-line]', { timeout: 20_000 });
  const stats = await text(popup, '[data-testid=stats-line]');
  assert.match(stats, new RegExp(seed.statsText), `stats line: ${stats}`);
  assert.match(stats, new RegExp(seed.closedText), `stats line: ${stats}`);
  assert.ok((await text(popup, '[data-testid=article-title]')).startsWith(seed.titleStart));
  const people = await text(popup, '[data-testid=participants]');
  for (const a of seed.authors) assert.ok(people.includes(a), `participants lack ${a}: ${people}`);

  await popup.waitForSelector('[role=tree]');
  // Threads start collapsed to their one-line summary: only the top-level items show.
  await popup.click('[data-testid=collapse-all]');
  assert.equal(await count(popup, '[role=tree] [role=treeitem][aria-level="1"]'), seed.threads);
  await popup.click('[data-testid=expand-all]');
  await popup.waitForSelector(`[role=treeitem][aria-level="${seed.maxDepth}"]`);
  assert.equal(await count(popup, '[role=tree] [role=treeitem]'), seed.visible);
  const expanded = await count(popup, '[role=treeitem][aria-expanded="true"]');
  assert.ok(expanded >= 1, 'expand-all opens the threads that have replies');
  if (screenshot) {
    await popup.evaluate(() => window.scrollTo(0, 0));
    await popup.screenshot({ path: screenshot, fullPage: false });
    // The reply tree, expanded: scroll the threads view into sight for a second picture.
    await popup.evaluate(() => document.querySelector('[role=tree]')?.scrollIntoView({ block: 'start' }));
    await popup.screenshot({ path: screenshot.replace(/\.png$/, '-tree.png'), fullPage: false });
  }
  await popup.click('[data-testid=collapse-all]');
  assert.equal(await count(popup, '[role=tree] [role=treeitem][aria-expanded="true"]'), 0);
  await checkTreeKeyboard(popup);
  return { site, stats };
}

const focusedId = (page) => page.evaluate(() => document.activeElement?.closest('[role=treeitem]')?.getAttribute('data-comment-id') ?? null);

/** Presses a key, then waits (up to 3 s) for focus to settle on the row `want`. */
async function pressTo(page, key, want, what) {
  await page.keyboard.press(key);
  let got = null;
  for (let i = 0; i < 30; i++) {
    got = await focusedId(page);
    if (got === want) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.equal(got, want, what);
}

/** The ARIA tree pattern by keyboard alone: End, Home, ArrowDown, ArrowRight opens, ArrowLeft closes. */
async function checkTreeKeyboard(popup) {
  const ids = await popup.$$eval('[role=tree] [role=treeitem]', (els) => els.map((e) => e.getAttribute('data-comment-id')));
  await popup.focus('[role=tree] [role=treeitem]');
  await pressTo(popup, 'End', ids.at(-1), 'End goes to the last thread');
  await pressTo(popup, 'Home', ids[0], 'Home goes to the first thread');
  await pressTo(popup, 'ArrowDown', ids[1], 'ArrowDown goes to the next thread');
  await pressTo(popup, 'Home', ids[0], 'Home again');
  await popup.keyboard.press('ArrowRight');
  await popup.waitForSelector(`[role=treeitem][data-comment-id="${ids[0]}"][aria-expanded="true"]`);
  await popup.keyboard.press('ArrowLeft');
  await popup.waitForSelector(`[role=treeitem][data-comment-id="${ids[0]}"][aria-expanded="false"]`);
}
