// The built Firefox extension (dist/firefox-test) in real headless Firefox ESR (launch-firefox.mjs).
import { test, before, after } from 'node:test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';
import { checkSeedPopup } from './popup-checks.mjs';
import { launchFirefox, openFirefoxPopup } from './launch-firefox.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shots = path.join(repo, 'artifacts/screenshots');
const UUID = '6f1c2a4e-3b7d-4e59-9a61-0c8d5e2f7b13';

let browser, server, base;

before(async () => {
  mkdirSync(shots, { recursive: true });
  server = await startServer();
  ({ browser, base } = await launchFirefox({ uuid: UUID }));
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const openPopup = (target) => openFirefoxPopup(browser, base, target);

test('popup reads the founding example: counts, participants, collapsible tree', async () => {
  const page = await browser.newPage();
  const url = `${server.origin}/seed-wordpress.html`;
  await page.goto(url);
  const popup = await openPopup(url);
  await checkSeedPopup(popup, { site: 'firefox', screenshot: path.join(shots, 'popup-firefox.png') });

  // Clicking a comment scrolls the page to it and flashes it (a Web Animation on that comment).
  await popup.click('[data-testid=expand-all]');
  const before = await page.evaluate(() => window.scrollY);
  await popup.click('[role=treeitem][aria-level="4"]');
  await page
    .waitForFunction(() => document.getAnimations().some((a) => a.effect?.target?.closest?.('li.depth-4')), { timeout: 5_000, polling: 50 })
    .catch(async (e) => {
      const seen = await page.evaluate(() => document.getAnimations().map((a) => a.effect?.target?.outerHTML?.slice(0, 80)));
      throw new Error(`no flash on the level-4 comment (animations: ${JSON.stringify(seen)}): ${e.message}`);
    });
  // The page tab sits behind the popup tab here (hidden): it scrolls at once.
  await page.waitForFunction((y) => window.scrollY > y, { timeout: 5_000 }, before);
  await popup.close();
  await page.close();
});

test('a page without comments gets the "no comment section" state', async () => {
  const page = await browser.newPage();
  const url = `${server.origin}/no-comments.html`;
  await page.goto(url);
  const popup = await openPopup(url);
  await popup.waitForSelector('[data-testid=state-none]', { timeout: 20_000 });
  await popup.close();
  await page.close();
});
