// Hostile pages in real headless Chromium with the built extension (dist/chrome-test): every payload
// of the corpus, escaped and raw, through extraction, popup, annotations and export. Nothing may fire.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium, popupUrl } from './launch-chromium.mjs';
import { PAYLOADS, SHAPES, checkExports, startHostileServer, visit, visitShape } from './security-harness.mjs';

let browser, ctx, server, extId;
const extRequests = [];

before(async () => {
  server = await startHostileServer();
  browser = await launchChromium({ name: 'sec-chromium', english: false });
  ({ ctx, extId } = browser);
  // Every request made from an extension page or worker, whatever its host.
  ctx.on('request', (r) => {
    const frameUrl = (() => { try { return r.frame().url(); } catch { return r.serviceWorker()?.url() ?? ''; } })();
    if (/^chrome-extension:/.test(frameUrl) && !/^(chrome-extension|blob|data):/.test(r.url())) extRequests.push(r.url());
  });
  browser.worker.on?.('request', (r) => extRequests.push(r.url()));
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const openPopup = async (target) => {
  const popup = await ctx.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(popupUrl(extId, target));
  return popup;
};

test('no payload fires in Chromium: popup, annotations, export', async () => {
  const report = [];
  for (const spec of server.pages) {
    const { fired, seen } = await visit({ newPage: () => ctx.newPage(), openPopup, server, page: spec });
    fired.push(...seen.problems, ...checkExports(seen.exports));
    report.push({ page: spec.name, state: seen.state, rows: seen.rows, annotationHosts: seen.annotationHosts, exports: seen.exports.length, fired });
    if (spec.kind !== 'raw') {
      assert.equal(seen.state, 'stats-line', `${spec.name}: the popup reads the page`);
      assert.ok(seen.exports.length >= 2, `${spec.name}: both exports were produced`);
    }
  }
  const pages = report.length;
  const firedAll = report.flatMap((r) => r.fired.map((f) => `${r.page}: ${f}`));
  console.log(`[security] chromium: ${PAYLOADS.length} payloads on ${pages} pages; fired: ${firedAll.length}`);
  for (const r of report) console.log(`[security]   ${r.page} state=${r.state} rows=${r.rows} annotationHosts=${r.annotationHosts} exports=${r.exports} fired=${r.fired.length}`);
  assert.deepEqual(firedAll, []);
});

test('the extension itself made no network request', () => {
  assert.deepEqual(extRequests, []);
});

test('hostile shapes in Chromium: no crash, no hang, partial results say so', async () => {
  for (const [index, shape] of SHAPES.entries()) {
    const r = await visitShape({ newPage: () => ctx.newPage(), openPopup, server, index });
    console.log(`[shapes] chromium ${shape.name}: load ${r.loadMs} ms, popup ready ${r.readMs} ms, state ${r.state}, ${r.comments}/${shape.expected ?? '?'} comments, notes ${JSON.stringify(r.notes)}`);
    assert.deepEqual(r.fired, [], shape.name);
    assert.ok(r.state === 'stats-line' || r.state === 'state-none', `${shape.name}: popup settled (${r.state})`);
    if (shape.expected !== null && r.comments !== null && r.comments < shape.expected) {
      assert.ok(r.notes.some((n) => /partial/i.test(n)), `${shape.name}: ${r.comments} of ${shape.expected} without a note`);
    }
  }
});
