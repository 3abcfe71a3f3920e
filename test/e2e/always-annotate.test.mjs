// "Always annotate on this site" in real headless Chromium and Firefox ESR: a site put in the settings
// (with its host permission, which the test builds hold for 127.0.0.1) gets a script registered on it,
// its pages are annotated when they load without the popup being opened, and once the site is taken
// out of the settings the script is unregistered and a reload leaves the page alone.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium, popupUrl } from './launch-chromium.mjs';
import { launchFirefox, openFirefoxPopup } from './launch-firefox.mjs';
import { startServer } from './server.mjs';
import { seed } from './expect-seed.mjs';
import { until } from './until.mjs';

const HOST = 'comment-lens-annotation';
const SCRIPT_ID = 'comment-lens-listed-page';

/** The extension page `ext` lists (or unlists) `origin` and waits for the registration to follow. */
async function listSite(ext, origin, on) {
  await ext.evaluate(async ({ origin, on }) => {
    const api = globalThis.browser ?? globalThis.chrome;
    const got = await api.storage.local.get('settings');
    const settings = { version: 1, ...(got.settings ?? {}), alwaysAnnotate: on ? [origin] : [] };
    await api.storage.local.set({ settings });
  }, { origin, on });
  await until(ext, async ({ id, on }) => {
    const api = globalThis.browser ?? globalThis.chrome;
    const got = await api.scripting.getRegisteredContentScripts({ ids: [id] });
    return on ? got.length === 1 && got[0].matches.includes('http://127.0.0.1/*') : got.length === 0;
  }, { id: SCRIPT_ID, on }, on ? 'the script registered on the site' : 'the script unregistered');
}

async function scenario({ ext, openPage, url }) {
  const origin = new URL(url).origin;
  await listSite(ext, origin, true);
  const page = await openPage(url);
  await until(page, ([tag, n]) => document.getElementsByTagName(tag).length >= n, [HOST, seed.visible], `${seed.visible} annotation hosts`, 30_000);
  await listSite(ext, origin, false);
  await page.reload();
  await until(page, () => document.readyState === 'complete', null, 'the page to load again');
  await new Promise((r) => setTimeout(r, 2_000)); // time for a script that should not run
  assert.equal(await page.evaluate((tag) => document.getElementsByTagName(tag).length, HOST), 0, 'no annotations once the site is out of the list');
}

describe('always annotate on a listed site', () => {
  let server;
  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await server?.close();
  });

  test('Chromium: a listed page is annotated on load, an unlisted one is not', async () => {
    const c = await launchChromium({ name: 'always' });
    try {
      const url = `${server.origin}/seed-wordpress.html`;
      const ext = await c.ctx.newPage();
      await ext.goto(popupUrl(c.extId, 'about:blank'));
      await scenario({
        ext,
        url,
        openPage: async (u) => {
          const page = await c.ctx.newPage();
          await page.goto(u);
          return page;
        },
      });
    } finally {
      await c.close();
    }
  });

  test('Firefox: a listed page is annotated on load, an unlisted one is not', async () => {
    const { browser, base } = await launchFirefox({ uuid: 'd3b07384-d9a7-4c6b-9a1e-0c2f1a7e5b21' });
    try {
      const url = `${server.origin}/seed-wordpress.html`;
      const ext = await openFirefoxPopup(browser, base, 'about:blank');
      await scenario({
        ext,
        url,
        openPage: async (u) => {
          const page = await browser.newPage();
          await page.goto(u);
          return page;
        },
      });
    } finally {
      await browser.close();
    }
  });
});
