// CPU profile of the page-side extraction on a generated 5,000-comment WordPress page in headless
// Chromium: `npx vite build --config bench/vite.extract.config.ts --minify false && node bench/profile-extract.mjs`
// prints the time and writes /tmp/prof/chrome.cpuprofile (open it in Chrome's DevTools).
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import os from 'node:os'; import path from 'node:path';
import { startServer } from '../test/e2e/server.mjs';
import { wordpressPage } from './gen-pages.mjs';
const root = mkdtempSync(path.join(os.tmpdir(), 'prof-'));
writeFileSync(path.join(root, 'wp.html'), wordpressPage(5000));
copyFileSync('dist/bench/extract.js', path.join(root, 'extract.js'));
const server = await startServer(root);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
const page = await b.newPage();
await page.goto(`${server.origin}/wp.html`);
await page.addScriptTag({ url: `${server.origin}/extract.js` });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await page.evaluate(() => window.CommentLens.extractPage(document, { url: location.href }));
await cdp.send('Profiler.start');
const ms = await page.evaluate(() => { const t = performance.now(); const r = window.CommentLens.extractPage(document, { url: location.href }); return [performance.now() - t, r.comments.length]; });
const { profile } = await cdp.send('Profiler.stop');
console.log(`extraction: ${ms[0].toFixed(0)} ms, ${ms[1]} comments; profile in /tmp/prof/chrome.cpuprofile`);
mkdirSync('/tmp/prof', { recursive: true });
writeFileSync('/tmp/prof/chrome.cpuprofile', JSON.stringify(profile));
await b.close(); await server.close();
