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
  return { site, stats };
}
