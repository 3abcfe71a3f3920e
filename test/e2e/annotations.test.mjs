// Inline annotations on the founding example (test/fixtures/seed-wordpress.html) in real headless
// Chromium (playwright-core, dist/chrome-test) and Firefox ESR (puppeteer-core, dist/firefox-test):
// the popup's switch turns them on, every comment gets a shadow-rooted bar, a thread collapses,
// j moves between comments, and turning them off leaves the page's DOM exactly as it was.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, popupUrl } from './launch-chromium.mjs';
import { createServer } from 'node:http';
import { startServer } from './server.mjs';
import { seed } from './expect-seed.mjs';
import { launchFirefox, openFirefoxPopup, setFirefoxViewport } from './launch-firefox.mjs';
import { until } from './until.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shots = path.join(repo, 'artifacts/screenshots');
const HOST = 'comment-lens-annotation';

/**
 * The founding example again, served with a strict Content-Security-Policy header (no inline
 * styles): the annotations must still be styled (constructed sheets) and leave no trace.
 */
async function startCspServer() {
  const html = readFileSync(path.join(repo, 'test/fixtures/seed-wordpress.html'));
  const csp = "default-src 'self'; style-src 'self'; img-src 'self'; script-src 'none'";
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp }).end(html));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/seed-wordpress-csp.html`, close: () => new Promise((r) => server.close(r)) };
}

const domOf = (page) => page.evaluate(() => document.documentElement.outerHTML);
const hostCount = (page) => page.evaluate((tag) => document.getElementsByTagName(tag).length, HOST);
const visibleComments = (page) =>
  page.evaluate(() => [...document.querySelectorAll('[id^="comment-"]')].filter((el) => el.getClientRects().length > 0).length);

/** Clicks the popup's switch; when the popup has none, asks the background from the popup's context. */
async function setSwitch(popup, target, on) {
  const has = await popup.evaluate(() => !!document.querySelector('[data-testid=annotations-toggle]'));
  if (has) {
    const checked = await popup.evaluate(() => document.querySelector('[data-testid=annotations-toggle]').checked);
    // The switch's label takes the click (its track covers the checkbox), as it does for the reader.
    if (checked !== on) await popup.click('label:has([data-testid=annotations-toggle])');
    await until(popup, (want) => document.querySelector('[data-testid=annotations-toggle]').checked === want, on, 'the switch to move');
    return;
  }
  await popup.evaluate(
    async ({ target, on }) => {
      const api = globalThis.browser ?? globalThis.chrome;
      const [tab] = await api.tabs.query({ url: target });
      await api.runtime.sendMessage({ type: 'set-annotations', tabId: tab.id, on });
    },
    { target, on },
  );
}

async function scrollTo(page, selector) {
  await page.evaluate((sel) => {
    document.querySelector(sel)?.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -12);
  }, selector);
  await new Promise((r) => setTimeout(r, 300));
}

/** The whole scenario, for either browser. */
async function scenario({ page, popup, url, name, shotOptions = {}, screenshots = true }) {
  const original = await domOf(page);
  await popup.waitForSelector('[data-testid=stats-line]', { timeout: 30_000 });
  await setSwitch(popup, url, true);

  await until(page, ([tag, n]) => document.getElementsByTagName(tag).length >= n, [HOST, seed.visible], `${seed.visible} annotation hosts`);
  assert.equal(await hostCount(page), seed.visible, 'one bar per comment');

  // Every bar sits in a comment, lives in an open shadow root, names the comment's author, and keeps its own styles.
  const bars = await page.evaluate((tag) =>
    [...document.getElementsByTagName(tag)].map((h) => {
      const comment = h.closest('[id^="comment-"]');
      const bar = h.shadowRoot?.querySelector('.bar');
      return {
        inComment: !!comment && comment.firstElementChild === h,
        author: comment?.querySelector(':scope > * .fn')?.textContent?.trim() ?? '',
        text: bar?.textContent ?? '',
        font: bar ? window.getComputedStyle(bar).fontSize : '',
        display: window.getComputedStyle(h).display,
      };
    }), HOST);
  for (const b of bars) {
    assert.ok(b.inComment, 'bar is the first element of its comment');
    assert.ok(b.author && b.text.includes(b.author), `bar names the author: ${b.author} / ${b.text}`);
    assert.equal(b.font, '12px');
    assert.equal(b.display, 'block');
  }
  assert.ok(bars.some((b) => /reply to|en réponse à/.test(b.text)), 'reply-to chips');

  if (typeof page.bringToFront === 'function') await page.bringToFront();
  await scrollTo(page, `${HOST}`);
  if (screenshots) await page.screenshot({ path: path.join(shots, `annotations-${name}.png`), ...shotOptions });

  // Keyboard: j goes to the first comment, j again to the next; the bar shows which one.
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  const current = await until(page, (tag) => {
    const hs = [...document.getElementsByTagName(tag)];
    const i = hs.findIndex((h) => h.shadowRoot?.querySelector('.bar.current'));
    return i >= 0 ? String(i) : null;
  }, HOST, 'a current comment after j j');
  assert.equal(current, '1', 'j j lands on the second comment');

  // Collapse the first reply that has replies of its own.
  const before = await visibleComments(page);
  // A real click (the annotations ignore clicks a page script makes up), once the smooth scroll
  // that j started has settled, so the button is where we measured it.
  await page.evaluate(() => new Promise((resolve) => {
    let last = -1;
    const tick = () => (window.scrollY === last ? resolve() : ((last = window.scrollY), setTimeout(tick, 150)));
    tick();
  }));
  const target = await page.evaluate((tag) => {
    for (const h of document.getElementsByTagName(tag)) {
      const b = h.shadowRoot?.querySelector('button.toggle');
      if (b && h.shadowRoot.querySelector('.reply-to')) {
        b.scrollIntoView({ block: 'center' });
        const r = b.getBoundingClientRect();
        return { id: h.parentElement.id, x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
    }
    return null;
  }, HOST);
  assert.ok(target, 'a reply with replies has a collapse toggle');
  await page.mouse.click(target.x, target.y);
  const collapsed = await page.evaluate(
    ([tag, id]) => {
      const b = document.getElementById(id)?.querySelector(`:scope > ${tag}`)?.shadowRoot?.querySelector('button.toggle');
      return b ? { id, n: Number((b.textContent.match(/\d+/) ?? ['0'])[0]), expanded: b.getAttribute('aria-expanded') } : null;
    },
    [HOST, target.id],
  );
  assert.ok(collapsed, 'a reply with replies has a collapse toggle');
  assert.equal(collapsed.expanded, 'false');
  assert.ok(collapsed.n > 0);
  assert.equal(await visibleComments(page), before - collapsed.n, 'its replies are hidden');
  await scrollTo(page, `#${collapsed.id}`);
  if (screenshots) await page.screenshot({ path: path.join(shots, `annotations-collapsed-${name}.png`), ...shotOptions });

  await setSwitch(popup, url, false);
  await until(page, (tag) => document.getElementsByTagName(tag).length === 0, HOST, 'annotations removed');
  const after = await domOf(page);
  assert.equal(after.length, original.length, 'same serialised length');
  assert.ok(after === original, 'the page DOM is exactly as before');
  assert.equal(await visibleComments(page), before, 'every comment visible again');
  await page.keyboard.press('j'); // nobody listens any more: nothing changes
  assert.ok((await domOf(page)) === original);
}

describe('annotations in Chromium', () => {
  let browser, ctx, server, extId;
  before(async () => {
    mkdirSync(shots, { recursive: true });
    server = await startServer();
    browser = await launchChromium({ name: 'ann-chromium' });
    ({ ctx, extId } = browser);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('switch on, bars on all comments, collapse, keys, switch off leaves no trace', async () => {
    const page = await ctx.newPage();
    const url = `${server.origin}/seed-wordpress.html`;
    await page.goto(url);
    const popup = await ctx.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(popupUrl(extId, url));
    // caret: 'initial': Playwright's default caret hiding writes style="" on the page's inputs, which this test would catch.
    await scenario({ page, popup, url, name: 'chromium', shotOptions: { caret: 'initial' } });
    await popup.close();
    await page.close();
  });

  test('the same under a strict Content-Security-Policy', async () => {
    const csp = await startCspServer();
    try {
      const page = await ctx.newPage();
      await page.goto(csp.url);
      const popup = await ctx.newPage();
      await popup.goto(popupUrl(extId, csp.url));
      await scenario({ page, popup, url: csp.url, name: 'chromium-csp', screenshots: false });
      await popup.close();
      await page.close();
    } finally {
      await csp.close();
    }
  });
});

describe('annotations in Firefox', () => {
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

  test('switch on, bars on all comments, collapse, keys, switch off leaves no trace', async () => {
    const page = await browser.newPage();
    await setFirefoxViewport(page, { width: 1200, height: 900 });
    const url = `${server.origin}/seed-wordpress.html`;
    await page.goto(url);
    const popup = await openFirefoxPopup(browser, base, url);
    await scenario({ page, popup, url, name: 'firefox' });
    await popup.close();
    await page.close();
  });

  test('the same under a strict Content-Security-Policy', async () => {
    const csp = await startCspServer();
    try {
      const page = await browser.newPage();
      await page.goto(csp.url);
      const popup = await openFirefoxPopup(browser, base, csp.url);
      await scenario({ page, popup, url: csp.url, name: 'firefox-csp', screenshots: false });
      await popup.close();
      await page.close();
    } finally {
      await csp.close();
    }
  });
});
