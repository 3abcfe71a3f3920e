// The one recipe for the built Chrome extension (dist/chrome-test) in real headless Chromium, shared
// by the real-browser tests: a fresh profile, the extension loaded, its id read from its worker.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const chromeTestDist = path.join(repo, 'dist/chrome-test');
const exe = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launches Chromium with the test build; `close()` ends it and removes its profile. */
export async function launchChromium({ name = 'chromium', english = true } = {}) {
  assert.ok(existsSync(exe), `Chromium not found at ${exe} (apt-get install chromium)`);
  assert.ok(existsSync(path.join(chromeTestDist, 'manifest.json')), `no build at ${chromeTestDist}: run npm run build:test`);
  const profile = mkdtempSync(path.join(os.tmpdir(), `cl-${name}-`));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: exe,
    headless: true,
    viewport: { width: 1200, height: 900 },
    ...(english ? { locale: 'en-US' } : {}),
    args: [
      `--disable-extensions-except=${chromeTestDist}`, `--load-extension=${chromeTestDist}`, '--no-sandbox', '--disable-gpu',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
      ...(english ? ['--lang=en-US'] : []),
    ],
  });
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 15_000 }));
  return {
    ctx,
    worker: sw,
    extId: new URL(sw.url()).host,
    async close() {
      await ctx.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The popup as a page of its own, reading the tab whose URL is `target`. */
export const popupUrl = (extId, target) => `chrome-extension://${extId}/src/popup/index.html?target=${encodeURIComponent(target)}`;

/**
 * Stops the extension's service worker as Chrome does after ~30 s idle, the way a developer would,
 * through chrome://serviceworker-internals (the devtools protocol's ServiceWorker.stopAllWorkers does
 * not reach extension workers from a page session). Resolves true once the page reports it stopped.
 */
export async function stopWorkers(ctx) {
  const tools = await ctx.newPage();
  try {
    await tools.goto('chrome://serviceworker-internals/');
    await tools.waitForSelector('[data-command=stop]', { timeout: 10_000 });
    await tools.evaluate(() => document.querySelectorAll('[data-command=stop]').forEach((b) => b.click()));
    for (let i = 0; i < 50; i++) {
      await new Promise((r) => setTimeout(r, 200));
      const text = await tools.evaluate(() => document.body.innerText);
      if (/Running Status: STOPPED/.test(text) && !/Running Status: RUNNING/.test(text)) return true;
    }
    return false;
  } finally {
    await tools.close();
  }
}
