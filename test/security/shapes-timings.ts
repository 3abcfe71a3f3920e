// Prints how long each hostile shape takes under jsdom: parse, extraction, analysis, what was kept.
// `node --import tsx test/security/shapes-timings.ts [name filter]` (jsdom is far slower than a
// browser on big pages: the 100,000-comment page takes minutes to parse; the browser test times it).
import { JSDOM } from 'jsdom';
import { analyze } from '../../src/core/analyze';
import { extractPage } from '../../src/extract';
import { SHAPES } from '../fixtures/payloads/shapes.mjs';

const filter = process.argv[2]?.toLowerCase();
const ms = (a: number) => `${Math.round(performance.now() - a)} ms`;
for (const s of SHAPES.filter((x) => !filter || x.name.toLowerCase().includes(filter))) {
  const html = s.html();
  let t = performance.now();
  const dom = new JSDOM(html, { url: 'https://example.com/p/' });
  const parse = ms(t);
  t = performance.now();
  const ex = extractPage(dom.window.document, { url: 'https://example.com/p/' });
  const extract = ms(t);
  t = performance.now();
  const a = analyze(ex);
  const analysis = ms(t);
  const longest = Math.max(0, ...ex.comments.map((c) => c.text.length));
  console.log(
    `${s.name}: ${(html.length / 1e6).toFixed(2)} MB; parse ${parse}, extract ${extract}, analyze ${analysis}; ` +
      `${ex.comments.length}/${s.expected ?? '?'} comments, longest ${longest} chars, analysis ${(JSON.stringify(a).length / 1e6).toFixed(2)} MB; notes ${JSON.stringify(ex.notes)}`,
  );
  dom.window.close();
}
