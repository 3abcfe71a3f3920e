// npm run screenshots — the popup rendered in real headless Chromium from recorded analysis
// data, through the harness page (bench/harness, mock connector), into PNGs under
// artifacts/screenshots/harness-*.png: the founding example, a 2,000-comment thread, a page
// without comments and an error, in light and dark themes.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { chromium } from 'playwright-core';
import { analyze } from '../src/core/analyze';
import { extractPage } from '../src/extract';
import type { PopupState } from '../src/popup/connector';
import { emptyAnalysis, syntheticAnalysis } from '../src/popup/test-data';
import { startServer } from '../test/e2e/server.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(repo, 'artifacts/screenshots');
mkdirSync(out, { recursive: true });
execFileSync('npx', ['vite', 'build', '--config', 'bench/vite.harness.config.ts'], { cwd: repo, stdio: 'inherit' });

const seedHtml = readFileSync(path.join(repo, 'test/fixtures/seed-wordpress.html'), 'utf8');
const dom = new JSDOM(seedHtml, { url: 'https://www.example-defense.fr/2015/12/21/syrie-daesh/', virtualConsole: new VirtualConsole() });
const states: Record<string, PopupState> = {
  seed: { kind: 'ready', analysis: analyze(extractPage(dom.window.document, { url: dom.window.location.href })) },
  big: { kind: 'ready', analysis: syntheticAnalysis({ comments: 2000, summary: true }) },
  none: { kind: 'ready', analysis: emptyAnalysis() },
  error: { kind: 'error', message: 'analysis-failed', details: 'TypeError: Cannot read properties of null (reading "querySelector")\n    at extractPage (content-script.js:1:2345)' },
};

const root = mkdtempSync(path.join(os.tmpdir(), 'cl-shots-'));
cpSync(path.join(repo, 'dist/harness'), root, { recursive: true });
for (const [name, state] of Object.entries(states)) writeFileSync(path.join(root, `${name}.json`), JSON.stringify(state));
const server = await startServer(root);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run'] });
try {
  for (const scheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ viewport: { width: 400, height: 600 }, colorScheme: scheme, locale: 'en-US' });
    for (const name of Object.keys(states)) {
      await page.goto(`${server.origin}/index.html?data=${name}.json`);
      await page.waitForFunction(() => (window as unknown as { __harness?: { treePaint: number | null } }).__harness?.treePaint != null);
      const file = path.join(out, `harness-${name}-${scheme}.png`);
      await page.screenshot({ path: file });
      console.log(file);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(root, { recursive: true, force: true });
}
