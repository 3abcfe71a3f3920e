// Hostile pages in real headless Firefox ESR with the built extension (dist/firefox-test), launched by
// launch-firefox.mjs: the same corpus and visit as security-chromium.test.mjs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { PAYLOADS, SHAPES, checkExports, startHostileServer, visit, visitShape } from './security-harness.mjs';
import { launchFirefox, openFirefoxPopup } from './launch-firefox.mjs';

const UUID = '0b6f3a52-94d1-4c8e-a7e2-5d1f9c3b8e47';

let browser, server, base;

before(async () => {
  server = await startHostileServer();
  ({ browser, base } = await launchFirefox({ uuid: UUID, english: false }));
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const openPopup = (target) => openFirefoxPopup(browser, base, target);

test('no payload fires in Firefox: popup, annotations, export', async () => {
  const report = [];
  for (const spec of server.pages) {
    const { fired, seen } = await visit({ newPage: () => browser.newPage(), openPopup, server, page: spec });
    fired.push(...seen.problems, ...checkExports(seen.exports));
    report.push({ page: spec.name, state: seen.state, rows: seen.rows, annotationHosts: seen.annotationHosts, exports: seen.exports.length, fired });
    if (spec.kind !== 'raw') {
      assert.equal(seen.state, 'stats-line', `${spec.name}: the popup reads the page`);
      assert.ok(seen.exports.length >= 2, `${spec.name}: both exports were produced`);
    }
  }
  const firedAll = report.flatMap((r) => r.fired.map((f) => `${r.page}: ${f}`));
  console.log(`[security] firefox: ${PAYLOADS.length} payloads on ${report.length} pages; fired: ${firedAll.length}`);
  for (const r of report) console.log(`[security]   ${r.page} state=${r.state} rows=${r.rows} annotationHosts=${r.annotationHosts} exports=${r.exports} fired=${r.fired.length}`);
  assert.deepEqual(firedAll, []);
});

test('hostile shapes in Firefox: no crash, no hang, partial results say so', async () => {
  for (const [index, shape] of SHAPES.entries()) {
    const r = await visitShape({ newPage: () => browser.newPage(), openPopup, server, index });
    console.log(`[shapes] firefox ${shape.name}: load ${r.loadMs} ms, popup ready ${r.readMs} ms, state ${r.state}, ${r.comments}/${shape.expected ?? '?'} comments, notes ${JSON.stringify(r.notes)}`);
    assert.deepEqual(r.fired, [], shape.name);
    assert.ok(r.state === 'stats-line' || r.state === 'state-none', `${shape.name}: popup settled (${r.state})`);
    if (shape.expected !== null && r.comments !== null && r.comments < shape.expected) {
      assert.ok(r.notes.some((n) => /partial/i.test(n)), `${shape.name}: ${r.comments} of ${shape.expected} without a note`);
    }
  }
});
