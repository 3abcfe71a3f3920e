// The one recipe for the built Firefox extension (dist/firefox-test) in real headless Firefox ESR,
// driven by puppeteer-core over WebDriver BiDi (no geckodriver needed), shared by the real-browser
// tests: the extension installed under a fixed internal UUID, so its pages have a known address.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const firefoxTestDist = path.join(repo, 'dist/firefox-test');
const exe = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Launches Firefox with the test build; `base` is the extension's moz-extension:// origin. */
export async function launchFirefox({ uuid, english = true }) {
  assert.ok(existsSync(exe), `Firefox not found at ${exe} (apt-get install firefox-esr)`);
  assert.ok(existsSync(path.join(firefoxTestDist, 'manifest.json')), `no build at ${firefoxTestDist}: run npm run build:test`);
  const addonId = JSON.parse(readFileSync(path.join(firefoxTestDist, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: exe,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
      ...(english ? { 'intl.locale.requested': 'en-US', 'intl.accept_languages': 'en-US, en' } : {}),
    },
  });
  // A failed install must not leave the browser running: the test file would never end.
  await browser.installExtension(firefoxTestDist).catch(async (e) => {
    await browser.close().catch(() => undefined);
    throw e;
  });
  return { browser, base: `moz-extension://${uuid}` };
}

// Opening the extension's popup page in a Firefox tab.
//
// goto on a moz-extension:// URL may never resolve, so it is not awaited. But a wait started while
// the tab still shows about:blank can fail outright when the navigation discards that document's
// realm (a BiDi error Puppeteer does not retry: "Waiting for selector ... failed" a few seconds in).
// So the popup is handed over only once the document itself reports the extension's URL.
export async function openFirefoxPopup(browser, base, target, { width = 400, height = 600 } = {}) {
  const popup = await browser.newPage();
  await setFirefoxViewport(popup, { width, height });
  const url = `${base}/src/popup/index.html?target=${encodeURIComponent(target)}`;
  popup.goto(url).catch(() => undefined);
  await settledAt(popup, base);
  return popup;
}

/**
 * `page.setViewport` in any Firefox ESR. Puppeteer sends the viewport and a screen orientation
 * override together; Firefox ESR 140 (Debian bookworm's) knows the first command but not the second
 * (emulation.setScreenOrientationOverride), so that error is let pass once the viewport is seen applied.
 */
export async function setFirefoxViewport(page, viewport) {
  try {
    await page.setViewport(viewport);
  } catch (e) {
    if (!/unknown command emulation\.setScreenOrientationOverride/.test(String(e?.message))) throw e;
    const end = Date.now() + 5000;
    while ((await page.evaluate(() => window.innerWidth)) !== viewport.width) {
      assert.ok(Date.now() < end, `the viewport never became ${viewport.width} px wide`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/** Waits (up to 20 s) until the page's own document is at `base` and parsed; throws otherwise. */
export async function settledAt(page, base, timeoutMs = 20_000) {
  // The page object's url() may lag behind the navigation: ask the document itself.
  const at = () =>
    page.evaluate(() => (document.readyState === 'loading' ? '' : location.href)).catch(() => '');
  const end = Date.now() + timeoutMs;
  let href = '';
  while (Date.now() < end) {
    href = await at();
    if (href.startsWith(base)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the popup tab never reached ${base} (last seen: ${href || 'nothing'})`);
}
