// Hostile shapes under jsdom: no crash, no hang, bounded output, and a note whenever the result is
// partial. Pages that jsdom itself parses too slowly at full size (1,000 deep, 100,000 comments) run
// here scaled down and at full size in the real browsers (test/e2e/security-shapes-*.test.mjs).
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { buildTree } from '../../src/core/tree';
import type { CommentRecord } from '../../src/core/types';
import { LIMITS, extractPage } from '../../src/extract';
import { SHAPES, many, wrap } from '../fixtures/payloads/shapes.mjs';

const URL_ = 'https://example.com/p/';
const read = (html: string, budgetMs = 4000) => {
  const dom = new JSDOM(html, { url: URL_ });
  const t = performance.now();
  const ex = extractPage(dom.window.document, { url: URL_, budgetMs });
  const ms = performance.now() - t;
  const t2 = performance.now();
  const a = analyze(ex);
  const analyzeMs = performance.now() - t2;
  dom.window.close();
  return { ex, a, ms, analyzeMs };
};
// jsdom parses these too slowly (1,000 deep, 100,000 comments, 300 srcdoc frames: minutes) or
// overflows its own stack (5,000 divs deep): scaled-down versions below, full ones in the browsers.
const jsdomSized = SHAPES.filter((s) => !/1,000 deep|100,000|5,000|iframes/.test(s.name));

describe('hostile shapes (jsdom)', () => {
  it.each(jsdomSized.map((s) => [s.name, s] as const))('%s: no crash, bounded, honest', { timeout: 120_000 }, (name, shape) => {
    const { ex, a, ms, analyzeMs } = read(shape.html());
    console.log(`[shapes] ${name}: extract ${Math.round(ms)} ms, analyze ${Math.round(analyzeMs)} ms, ${ex.comments.length} comments, notes ${JSON.stringify(ex.notes)}`);
    const partial = ex.notes.some((n) => /partial/i.test(n));
    if (shape.expected !== null && !partial) expect(ex.comments.length).toBe(shape.expected);
    expect(ex.comments.length).toBeLessThanOrEqual(LIMITS.comments);
    for (const c of ex.comments) expect(c.text.length).toBeLessThanOrEqual(LIMITS.textChars + 1);
    expect(new Set(ex.comments.map((c) => c.id)).size).toBe(ex.comments.length);
    expect(a.stats.shown).toBe(ex.comments.length);
  });

  it('a 5 MB comment is cut, and the result says so', { timeout: 120_000 }, () => {
    const { ex } = read(SHAPES.find((s) => s.name.includes('5 MB'))!.html());
    expect(ex.comments.length).toBe(2);
    expect(ex.comments[0].text.length).toBeLessThanOrEqual(LIMITS.textChars + 1);
    expect(ex.notes.join(' ')).toMatch(/cut to/);
  });

  it('deep nesting (scaled to 150 for jsdom) keeps every level', { timeout: 120_000 }, () => {
    let inner = '';
    for (let d = 150; d >= 1; d--) inner = `<li id="comment-${d}" class="comment depth-${d}"><article class="comment-body"><b class="fn">A${d % 5}</b><div class="comment-content"><p>level ${d}</p></div></article>${inner ? `<ol class="children">${inner}</ol>` : ''}</li>`;
    const { ex, a } = read(`<!DOCTYPE html><html><body><div id="comments" class="comments-area"><ol class="comment-list">${inner}</ol></div></body></html>`);
    expect(ex.comments.length).toBeGreaterThan(0);
    // jsdom may run out of budget on this one: then the note must say the result is partial.
    if (ex.comments.length < 150) expect(ex.notes.join(' ')).toMatch(/partial result/i);
    else expect(a.stats.maxDepth).toBeGreaterThanOrEqual(149);
  });

  it('iframes everywhere (30 srcdoc frames in jsdom): the frames are not read as comments', { timeout: 120_000 }, () => {
    const frame = wrap('<li id="comment-999" class="comment depth-1"><article class="comment-body"><b class="fn">Inner</b><div class="comment-content"><p>in a frame</p></div></article></li>').replace(/"/g, '&quot;');
    const items = Array.from({ length: 30 }, (_, i) => `<li id="comment-${i + 1}" class="comment depth-1"><article class="comment-body"><b class="fn">F${i}</b><div class="comment-content"><p>Look <iframe srcdoc="${frame}"></iframe></p></div></article></li>`).join('');
    const { ex } = read(wrap(items, '<iframe src="https://disqus.example/embed/comments/"></iframe>'.repeat(10)));
    expect(ex.comments.map((c) => c.id)).toEqual(Array.from({ length: 30 }, (_, i) => String(i + 1)));
  });

  it('past the time budget the reading stops with a partial result and a note', () => {
    const dom = new JSDOM(many(600), { url: URL_ });
    let clock = 0;
    // Every look at the clock costs 5 ms of a 1,000 ms budget.
    const ex = extractPage(dom.window.document, { url: URL_, budgetMs: 1000, now: () => (clock += 5) });
    expect(ex.comments.length).toBeGreaterThan(0);
    expect(ex.comments.length).toBeLessThan(600);
    expect(ex.notes.join(' ')).toMatch(/partial result.*time budget/i);
  });

  it('reply-to cycles in records do not loop the tree', () => {
    const rec = (id: string, parentId: string | null): CommentRecord => ({
      id, parentId, author: id, authorUrl: null, time: null, text: id, paragraphs: [id], links: [], permalink: null, depth: 0, kind: 'comment',
    });
    const cyclic = [rec('a', 'c'), rec('b', 'a'), rec('c', 'b'), rec('d', 'd'), rec('e', 'missing'), rec('a', null)];
    const roots = buildTree(cyclic);
    const seen = new Set<string>();
    const walk = (ns: typeof roots, depth: number) => ns.forEach((n) => { expect(depth).toBeLessThan(10); seen.add(n.comment.id); walk(n.children, depth + 1); });
    walk(roots, 0);
    expect(seen).toEqual(new Set(['a', 'b', 'c', 'd', 'e']));
    expect(() => analyze({ url: URL_, title: '', lang: null, platform: 'x', confidence: 1, article: { title: '', byline: null, published: null, lang: null, text: '', site: null }, announcedCount: null, closed: false, comments: cyclic, pagination: { paginated: false, loadMore: false, framed: null }, notes: [] })).not.toThrow();
  });
});
