/* global HTMLAnchorElement, Document, Event -- functions passed to evaluate() run in the browser */
// Shared by security-chromium.test.mjs and security-firefox.test.mjs: a server for the hostile pages
// (generated from the payload corpus, plus test/fixtures/hostile-*.html) that records every request,
// and one visit routine that opens the popup on a page, works every control, and collects anything
// that fired. Playwright and Puppeteer pages are used only through evaluate/on/url/close.
import { createServer } from 'node:http';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hostilePages } from '../fixtures/payloads/generate.mjs';
import { PAYLOADS } from '../fixtures/payloads/corpus.mjs';
import { SHAPES } from '../fixtures/payloads/shapes.mjs';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export { PAYLOADS, SHAPES };

/** The committed fixtures (seed-wordpress.html...), for the lifecycle tests. */
function staticFixture(p) {
  const f = path.resolve(fixtures, decodeURIComponent(p).replace(/^\/+/, ''));
  if (!f.startsWith(fixtures + path.sep) || !f.endsWith('.html')) return null;
  try {
    return { html: readFileSync(f, 'utf8'), csp: null };
  } catch {
    return null;
  }
}

export async function startHostileServer() {
  const requests = [];
  const routes = new Map();
  const server = createServer((req, res) => {
    const p = new URL(req.url, 'http://x').pathname;
    requests.push({ path: p, at: Date.now() });
    const page = routes.get(p) ?? staticFixture(p);
    if (!page) return void res.writeHead(p.startsWith('/trap') ? 204 : 404).end();
    const headers = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
    if (page.csp) headers['content-security-policy'] = page.csp;
    res.writeHead(200, headers).end(page.html);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const pages = [...hostilePages(origin, 'text').map((p) => ({ ...p, kind: 'text' })), ...hostilePages(origin, 'raw').map((p) => ({ ...p, kind: 'raw' }))];
  for (const f of readdirSync(fixtures).filter((f) => /^hostile-.*\.html$/.test(f))) {
    pages.push({ name: f, kind: 'scripted', payloads: [], csp: null, html: readFileSync(path.join(fixtures, f), 'utf8').replaceAll('{{ORIGIN}}', origin) });
  }
  for (const p of pages) routes.set(`/${p.name}`, p);
  // Hostile shapes, built on first request (the 100,000-comment page is large).
  SHAPES.forEach((shape, i) => {
    let html = null;
    routes.set(`/shape-${i}.html`, { get html() { return (html ??= shape.html()); }, csp: null });
  });
  return { origin, requests, pages, close: () => new Promise((r) => server.close(r)) };
}

/**
 * Runs in the popup, or in the page for our annotation hosts: everything that could execute,
 * load, navigate or restyle from page text. Self-contained (it is serialised into the browser).
 */
export function scanForDanger(onlyAnnotations) {
  const problems = [];
  const okUrl = (v) => {
    try {
      return /^(https?|blob|chrome-extension|moz-extension):$/.test(new URL(v, location.href).protocol);
    } catch {
      return false;
    }
  };
  const urlAttrs = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'srcset', 'background', 'srcdoc', 'ping', 'codebase']);
  const banned = /^(script|iframe|frame|frameset|object|embed|applet|base|meta|form|portal|foreignobject|use|animate|set|handler|noscript|template|math)$/i;
  const own = (el) => el.localName === 'script' && el.getAttribute('src') && new URL(el.src, location.href).origin === location.origin;
  const visit = (root, where) => {
    for (const el of root.querySelectorAll('*')) {
      const tag = el.localName;
      if (banned.test(tag) && !own(el) && !(tag === 'meta' && !el.hasAttribute('http-equiv'))) problems.push(`${where}: <${tag}>`);
      for (const a of el.attributes) {
        const n = a.name.toLowerCase();
        if (n.startsWith('on')) problems.push(`${where}: <${tag} ${n}>`);
        if (urlAttrs.has(n) && a.value.trim() && !okUrl(a.value.trim())) problems.push(`${where}: <${tag} ${n}="${a.value.slice(0, 60)}">`);
        if (n === 'style' && /url\(|expression|@import|binding|behavior/i.test(a.value)) problems.push(`${where}: style="${a.value.slice(0, 60)}"`);
      }
      if (tag === 'style' && /__pwned|\/trap\//.test(el.textContent ?? '')) problems.push(`${where}: <style> with page text`);
      if (tag === 'link' && !okUrl(el.getAttribute('href') ?? '')) problems.push(`${where}: <link href>`);
      if (el.shadowRoot) visit(el.shadowRoot, `${where} ${tag}::shadow`);
    }
  };
  if (onlyAnnotations) {
    // Ours carry a shadow root; a page may forge bare elements of the same name.
    const hosts = [...document.querySelectorAll('comment-lens-annotation')].filter((h) => h.shadowRoot);
    for (const h of hosts) if (h.shadowRoot) visit(h.shadowRoot, 'annotation');
    return { problems, hosts: hosts.length };
  }
  visit(document, 'popup');
  return { problems, hosts: 0 };
}

/** Runs in the popup before its controls are used: keep exports in memory instead of downloading. */
function captureExports() {
  window.__exports = [];
  const create = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (blob) => {
    blob.text().then((t) => window.__exports.push(t));
    return create(blob);
  };
  HTMLAnchorElement.prototype.click = function () {
    /* the download itself is the browser's business; its content is what we check */
  };
}

const clickAll = (sel) => document.querySelectorAll(sel).forEach((b) => b.click());

/** Watches a page or popup for anything that fired: errors, dialogs, title and URL changes. */
export function watch(target, label, fired, { cspCounts = true } = {}) {
  const isCsp = (t) => /Content.Security.Policy|Refused to (execute|load|apply)/i.test(t);
  target.on('pageerror', (e) => {
    const t = String(e?.message ?? e);
    // Firefox's own parser warning on very deep pages, not a script error.
    if (/document tree is too deep/i.test(t)) return;
    // Firefox reports a page's CSP blocks as page errors.
    if (cspCounts || !isCsp(t)) fired.push(`${label} pageerror: ${t.slice(0, 200)}`);
  });
  target.on('dialog', (d) => {
    fired.push(`${label} dialog: ${d.message()}`);
    d.dismiss().catch(() => undefined);
  });
  target.on('console', (m) => {
    const t = m.text();
    if (cspCounts && (isCsp(t) || /__pwned|PWNED/.test(t))) fired.push(`${label} console: ${t.slice(0, 200)}`);
  });
}

async function waitFor(target, fn, arg, timeoutMs) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await target.evaluate(fn, arg).catch(() => null);
    if (v) return v;
    if (Date.now() > end) return null;
    await sleep(150);
  }
}

/** document.title through the prototype: `<img name=title>` clobbers the property itself. */
const titleOf = () => Object.getOwnPropertyDescriptor(Document.prototype, 'title').get.call(document);

const finalState = () => document.querySelector('[data-testid=stats-line], [data-testid=state-none], [data-testid=state-error], [data-testid=state-unreadable]')?.getAttribute('data-testid');

/**
 * One visit: load the page, open the popup on it, expand everything, search for a payload, jump to
 * comments, turn annotations on and off, export both formats. Returns what fired and what was seen.
 */
export async function visit({ newPage, openPopup, server, page: spec, settleMs = 400 }) {
  const fired = [];
  const url = `${server.origin}/${spec.name}`;
  const start = server.requests.length;
  const page = await newPage();
  // A raw page's CSP reports its own blocked payloads (at load, or when our scrolling triggers an
  // inline handler): not ours. Execution there still shows as the trap's title and request.
  watch(page, 'page', fired, { cspCounts: spec.kind !== 'raw' });
  await page.goto(url);
  await sleep(settleMs);
  const pageTitle = await page.evaluate(titleOf);
  const before = server.requests.length;

  const popup = await openPopup(url);
  watch(popup, 'popup', fired);
  const state = await waitFor(popup, finalState, null, 20_000);
  const seen = { state, rows: 0, exports: [], annotationHosts: 0, problems: [] };
  const popupTitle = await popup.evaluate(() => document.title).catch(() => '');
  if (state === 'stats-line') {
    await popup.evaluate(captureExports);
    for (let i = 0; i < 20 && (await popup.evaluate(() => !!document.querySelector('[data-testid=show-more]'))); i++) {
      await popup.evaluate(clickAll, '[data-testid=show-more]');
    }
    await popup.evaluate(clickAll, '[data-testid=expand-all]');
    await sleep(100);
    seen.rows = await popup.evaluate(() => document.querySelectorAll('[role=treeitem]').length);
    seen.problems.push(...(await popup.evaluate(scanForDanger, false)).problems);
    // Search with a payload: the highlighted matches must stay text.
    await popup.evaluate((q) => {
      const input = document.querySelector('[data-testid=thread-search]');
      if (!input) return;
      input.value = q;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, '<img src=x onerror=__pwned(-1)>');
    await sleep(100);
    await popup.evaluate(() => {
      const input = document.querySelector('[data-testid=thread-search]');
      if (!input) return;
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    // Jump to a few comments (the popup asks the content script to scroll the page).
    await popup.evaluate(() => [...document.querySelectorAll('[role=treeitem]')].slice(0, 3).forEach((r) => r.click()));
    // Annotations on: inspect what we drew in the page; then off: nothing of ours may remain.
    await popup.evaluate(clickAll, '[data-testid=annotations-toggle]');
    await sleep(800);
    const drawn = await page.evaluate(scanForDanger, true);
    seen.annotationHosts = drawn.hosts;
    seen.problems.push(...drawn.problems);
    await popup.evaluate(clickAll, '[data-testid=annotations-toggle]');
    await sleep(500);
    const left = await page.evaluate(() => [...document.querySelectorAll('comment-lens-annotation')].filter((h) => h.shadowRoot).length);
    if (left) seen.problems.push(`${left} annotation hosts left after turning annotations off`);
    await popup.evaluate(clickAll, '[data-testid=export-markdown], [data-testid=export-json], [data-testid=export-markdown-copy], [data-testid=export-json-copy]');
    seen.exports = (await waitFor(popup, () => (window.__exports?.length >= 2 ? window.__exports : null), null, 5_000)) ?? [];
    seen.problems.push(...(await popup.evaluate(scanForDanger, false)).problems);
  }
  await sleep(settleMs);
  // Everything the server saw after the page had settled: only the popup's own page loads may follow.
  const later = server.requests.slice(before).map((r) => r.path).filter((p) => p !== '/favicon.ico');
  if (later.length) fired.push(`requests after load: ${later.join(' ')}`);
  if (spec.kind !== 'raw') {
    const trap = server.requests.slice(start).filter((r) => r.path.startsWith('/trap')).map((r) => r.path);
    if (trap.length) fired.push(`trap requests: ${trap.join(' ')}`);
  }
  const nowTitle = await page.evaluate(titleOf).catch(() => 'gone');
  if (nowTitle !== pageTitle) fired.push(`page title changed: ${nowTitle}`);
  const nowPopupTitle = await popup.evaluate(() => document.title).catch(() => 'gone');
  if (nowPopupTitle !== popupTitle) fired.push(`popup title changed: ${nowPopupTitle}`);
  if (page.url() !== url) fired.push(`page navigated to ${page.url()}`);
  const popupUrl = await popup.evaluate(() => location.href).catch(() => 'gone');
  if (!/^(chrome|moz)-extension:/.test(popupUrl)) fired.push(`popup navigated to ${popupUrl}`);
  await popup.close().catch(() => undefined);
  await page.close().catch(() => undefined);
  return { fired, seen };
}

/** The exported files must carry the page's text as text. */
export function checkExports(exports) {
  const problems = [];
  for (const text of exports) {
    if (text.trimStart().startsWith('{')) {
      try {
        JSON.parse(text);
      } catch (e) {
        problems.push(`JSON export does not parse: ${e.message}`);
      }
    } else if (/(^|[^\\])<(script|img|svg|iframe|math|style|a )/im.test(text) || /(^|[^\\])\]\((javascript|data):/im.test(text)) {
      problems.push('Markdown export carries live markup from the page');
    }
  }
  return problems;
}

/**
 * One hostile shape in the browser: load it, open the popup, time the reading until the popup
 * settles, and read the JSON export for the count and the notes (a partial result must say so).
 */
export async function visitShape({ newPage, openPopup, server, index, timeoutMs = 300_000 }) {
  const fired = [];
  const url = `${server.origin}/shape-${index}.html`;
  const page = await newPage();
  watch(page, 'page', fired);
  let t = Date.now();
  await page.goto(url, { timeout: timeoutMs, waitUntil: 'domcontentloaded' });
  const loadMs = Date.now() - t;
  t = Date.now();
  const popup = await openPopup(url);
  watch(popup, 'popup', fired);
  const state = await waitFor(popup, finalState, null, timeoutMs);
  const readMs = Date.now() - t;
  let comments = null;
  let notes = [];
  if (state === 'stats-line') {
    await popup.evaluate(captureExports);
    await popup.evaluate(clickAll, '[data-testid=export-json]');
    const [json] = (await waitFor(popup, () => (window.__exports?.length ? window.__exports : null), null, 30_000)) ?? [];
    if (json) ({ comments, notes } = ((a) => ({ comments: a.comments.length, notes: a.notes }))(JSON.parse(json)));
    await popup.evaluate(clickAll, '[data-testid=expand-all]');
    await sleep(300);
  }
  const alive = await page.evaluate(() => document.readyState).catch(() => 'gone');
  if (alive === 'gone') fired.push(`page state ${alive}`);
  await popup.close().catch(() => undefined);
  await page.close().catch(() => undefined);
  return { fired, state, loadMs, readMs, comments, notes };
}
