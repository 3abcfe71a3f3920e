// The measurements behind bench/browser-bench.mjs, one function each.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { stopWorkers } from '../test/e2e/launch-chromium.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Extraction, Readability on a clone, and a bare element walk, timed inside the page. */
export async function inPageTimings(ctx, url, runs) {
  const page = await ctx.newPage();
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    // From our server, whatever the page's <base href> names.
    await page.addScriptTag({ url: new URL('/extract.js', url).href });
    await page.addScriptTag({ url: new URL('/Readability.js', url).href });
    const r = await page.evaluate((n) => {
      const time = (fn) => {
        const xs = [];
        let out;
        for (let i = 0; i < n; i++) {
          const t = performance.now();
          out = fn();
          xs.push(performance.now() - t);
        }
        return { ms: xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)], out };
      };
      const ex = time(() => window.CommentLens.extractPage(document, { url: location.href }));
      const rd = time(() => new window.Readability(document.cloneNode(true)).parse());
      const walk = time(() => {
        let chars = 0;
        for (const el of document.body.getElementsByTagName('*')) if (!el.firstElementChild) chars += (el.textContent ?? '').length;
        return chars;
      });
      return { extract: ex.ms, readability: rd.ms, walk: walk.ms, found: ex.out.comments.length };
    }, runs);
    return r;
  } finally {
    await page.close();
  }
}

/** Marks the first paint of the reply tree and of the key points in a popup (its init script). */
export const recorder = () => {
  const rec = { tree: null, keyPoints: null };
  window.__cl = rec;
  const check = () => {
    if (rec.tree === null && document.querySelector('[role=tree] [role=treeitem]')) {
      requestAnimationFrame(() => (rec.tree = performance.now()));
    }
    if (rec.keyPoints === null && document.querySelector('[data-testid=key-points] li')) {
      requestAnimationFrame(() => (rec.keyPoints = performance.now()));
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
};

async function openPopup(ctx, extId, target) {
  const popup = await ctx.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.addInitScript(recorder);
  await popup.goto(`chrome-extension://${extId}/src/popup/index.html?target=${encodeURIComponent(target)}`);
  return popup;
}

/**
 * Popup navigation start -> first paint of the reply tree (and of the key points), per run, on a
 * page just (re)loaded, nothing read yet: `cold` with the extension's worker stopped (a reader who
 * clicks after reading for more than Chrome's ~30 s idle time), then `kept` with the reading of that
 * page kept, and `warm`, the page loaded again, with the worker still running.
 */
export async function clickToPicture(ctx, extId, url, runs) {
  const page = await ctx.newPage();
  const out = [];
  const look = async () => {
    const popup = await openPopup(ctx, extId, url);
    await popup.waitForFunction(() => window.__cl?.tree !== null && window.__cl?.keyPoints !== null, null, { timeout: 60_000 }).catch(() => undefined);
    const r = await popup.evaluate(() => ({ tree: window.__cl.tree, keyPoints: window.__cl.keyPoints }));
    await popup.close();
    return r;
  };
  // A reload ends the kept reading (it belongs to its document). A reader clicks once the page has
  // shown: two frames and an idle moment.
  const load = async () => {
    await page.goto(url, { timeout: 60_000 });
    await shown(page);
  };
  for (let i = 0; i < runs; i++) {
    await load();
    const stopped = await stopWorkers(ctx);
    const cold = await look();
    const kept = await look();
    await load();
    out.push({ cold: { ...cold, stopped }, kept, warm: await look() });
  }
  // Where a fresh reading's time goes (the background's own timings, the page already open).
  const probe = await openPopup(ctx, extId, url);
  await probe.waitForFunction(() => window.__cl?.tree !== null, null, { timeout: 60_000 }).catch(() => undefined);
  const phases = await probe.evaluate(async (u) => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url === u);
    const t = performance.now();
    const res = await chrome.runtime.sendMessage({ type: 'analyze-tab', tabId: tab.id, refresh: true });
    return { ...res.timings, roundTrip: Math.round(performance.now() - t) };
  }, url);
  await probe.close();
  await page.close();
  out.phases = phases;
  return out;
}

/** Resolves once the page has shown: two frames and an idle moment (when a reader would click). */
const shown = (page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => window.requestIdleCallback(r, { timeout: 10_000 })))));

/** The extension's worker stopped, then the popup opened on `url`: navigation start -> tree painted. */
async function coldOpening(ctx, extId, url) {
  const stopped = await stopWorkers(ctx);
  const popup = await openPopup(ctx, extId, url);
  await popup.waitForFunction(() => window.__cl?.tree !== null, null, { timeout: 60_000 }).catch(() => undefined);
  const tree = await popup.evaluate(() => window.__cl.tree);
  await popup.close();
  return { tree, stopped };
}

/**
 * A reader's cold click: the page loaded, read for `readMs` (Chrome stops an idle extension worker
 * after ~30 s; the page's own garbage is collected meanwhile, and a compiled reading script of an
 * earlier load may have aged out), the worker stopped, then popup navigation start -> tree painted.
 * clickToPicture's cold runs click right after a reload instead: the page's heap then still holds the
 * garbage of the load before, which a collection in the page may take during the opening.
 */
export async function clickAfterReading(ctx, extId, url, runs, readMs) {
  const page = await ctx.newPage();
  const out = [];
  try {
    for (let i = 0; i < runs; i++) {
      await page.goto(url, { timeout: 60_000 });
      await new Promise((r) => setTimeout(r, readMs));
      out.push(await coldOpening(ctx, extId, url));
    }
  } finally {
    await page.close();
  }
  return out;
}

/**
 * A reader's reload: the page opened in a tab of its own, reloaded once, and the popup opened as soon
 * as the reloaded page has shown (two frames and an idle moment), the worker stopped; the tab closed
 * after. clickToPicture's cold runs reload one tab twice per run, and the garbage of all those loads
 * (each 5,000-comment page's DOM) gathers in the page's heap until a major collection, which then
 * shares the page's main thread with the opening (see docs/performance.md, 2026-11-28 19:16); here the
 * page's heap holds the garbage of one earlier load, as after a reader's reload.
 */
export async function clickAfterOneReload(ctx, extId, url, runs) {
  const out = [];
  for (let i = 0; i < runs; i++) {
    const page = await ctx.newPage();
    try {
      await page.goto(url, { timeout: 60_000 });
      await page.reload({ timeout: 60_000 });
      await shown(page);
      out.push(await coldOpening(ctx, extId, url));
    } finally {
      await page.close();
    }
  }
  return out;
}

/** The popup harness (mock connector) with the real analysis of an n-comment page. */
export async function popupAlone(ctx, origin, root, n, runs) {
  const json = execFileSync('npx', ['comment-lens', 'analyze', path.join(root, `wp-${n}.html`), '--json'], { maxBuffer: 512 * 1024 * 1024 }).toString();
  writeFileSync(path.join(root, 'harness', 'state.json'), JSON.stringify({ kind: 'ready', analysis: JSON.parse(json) }));
  const out = [];
  for (let i = 0; i < runs; i++) {
    const page = await ctx.newPage();
    await page.setViewportSize({ width: 400, height: 600 });
    await page.goto(`${origin}/harness/index.html?data=state.json`);
    await page.waitForFunction(() => window.__harness?.treePaint != null, null, { timeout: 30_000 });
    const paint = await page.evaluate(() => window.__harness.treePaint);
    const expand = await page.evaluate(async () => {
      const t = performance.now();
      document.querySelector('[data-testid=expand-all]').click();
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return { ms: performance.now() - t, rows: document.querySelectorAll('[role=treeitem]').length };
    });
    out.push({ paint, expandAll: expand.ms, rows: expand.rows });
    await page.close();
  }
  return out;
}

/** JS heap of the page: before, after analysis, after annotations, and across on/off cycles. */
export async function heapFigures(ctx, extId, url, cycles) {
  const page = await ctx.newPage();
  await page.goto(url, { timeout: 60_000 });
  const cdp = await ctx.newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize / 2 ** 20;
  };
  // What a heap snapshot holds (it collects garbage first): the retained objects, no more.
  const retained = async () => {
    const chunks = [];
    const on = (e) => chunks.push(e.chunk);
    cdp.on('HeapProfiler.addHeapSnapshotChunk', on);
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    cdp.off('HeapProfiler.addHeapSnapshotChunk', on);
    const snap = JSON.parse(chunks.join(''));
    const fields = snap.snapshot.meta.node_fields;
    const size = fields.indexOf('self_size');
    let total = 0;
    for (let i = size; i < snap.nodes.length; i += fields.length) total += snap.nodes[i];
    return total / 2 ** 20;
  };
  const lines = [];
  const base = await heap();
  const popup = await openPopup(ctx, extId, url);
  // The whole analysis: the key points come after the whole reading (the tree paints from a first
  // look, and the page reads itself whole after that paint), so a heap read at the tree's paint would
  // catch that reading under way.
  await popup.waitForFunction(() => window.__cl?.tree !== null && window.__cl?.keyPoints !== null, null, { timeout: 60_000 });
  const afterAnalysis = await heap();
  const tabId = await popup.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
  const set = (on) => popup.evaluate(([id, v]) => chrome.runtime.sendMessage({ type: 'set-annotations', tabId: id, on: v }), [tabId, on]);
  const first = await set(true);
  const afterOn = await heap();
  lines.push(`baseline ${base.toFixed(1)} MB · after analysis +${(afterAnalysis - base).toFixed(1)} MB · annotations on (${first?.ok ? 'drawn' : 'not drawn'}) +${(afterOn - base).toFixed(1)} MB`);
  await set(false);
  const afterFirstOff = await heap();
  const snapFirstOff = await retained();
  for (let i = 0; i < cycles; i++) {
    await set(true);
    await set(false);
  }
  const afterCycles = await heap();
  const snapCycles = await retained();
  lines.push(`annotations off ${afterFirstOff.toFixed(1)} MB · after ${cycles} more on/off cycles ${afterCycles.toFixed(1)} MB (growth ${(afterCycles - afterFirstOff).toFixed(2)} MB of used heap)`);
  lines.push(`heap snapshots (retained objects only): after the first off ${snapFirstOff.toFixed(2)} MB · after ${cycles} more cycles ${snapCycles.toFixed(2)} MB (growth ${(snapCycles - snapFirstOff).toFixed(2)} MB)`);
  await popup.close();
  await page.close();
  return { lines, median };
}
