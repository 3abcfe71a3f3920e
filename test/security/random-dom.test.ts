// @vitest-environment jsdom
// Property-based (fast-check): random DOM trees built from comment-like parts (WordPress, generic,
// microformat classes; duplicate ids; payload and invisible text; frames and SVG) never make the
// reading throw, and what it returns is a sound forest: unique ids, known parents, no cycles.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { toMarkdown } from '../../src/core/export';
import { LIMITS, extractPage } from '../../src/extract';
import { PAYLOADS } from '../fixtures/payloads/corpus.mjs';

interface Node {
  tag: string;
  cls: string[];
  id: string | null;
  text: string;
  kids: Node[];
}

const TAGS = ['div', 'li', 'ol', 'ul', 'article', 'section', 'p', 'b', 'a', 'time', 'span', 'footer', 'table', 'tr', 'td', 'iframe', 'svg', 'blockquote'];
const CLASSES = ['comment', 'comment-body', 'comment-content', 'comment-author', 'fn', 'vcard', 'children', 'comment-list', 'depth-1', 'depth-2', 'depth-3', 'reply', 'h-entry', 'p-author', 'e-content', 'u-in-reply-to', 'comments-area', 'says', 'parent'];
const TEXT = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(...PAYLOADS.slice(0, 80).map((p) => p.p), '\u202Eevil\u202C', '\u200B\u200D\uFEFF', '@Alice tu as tort', '« citation »', ''),
);

const node: fc.Memo<Node> = fc.memo((n) =>
  fc.record({
    tag: fc.constantFrom(...TAGS),
    cls: fc.subarray(CLASSES, { maxLength: 3 }),
    id: fc.option(fc.oneof(fc.constantFrom('comment-1', 'comment-2', 'comments', 'div-comment-1'), fc.integer({ min: 1, max: 30 }).map((k) => `comment-${k}`)), { nil: null }),
    text: TEXT,
    kids: n <= 1 ? fc.constant([]) : fc.array(node(n - 1), { maxLength: 3 }),
  }),
);
const tree = node(4);

function build(doc: Document, n: Node, parent: Element, depth = 0): void {
  const el = doc.createElement(n.tag);
  if (n.cls.length) el.className = n.cls.join(' ');
  if (n.id) el.id = n.id;
  if (n.tag === 'a') el.setAttribute('href', n.text.startsWith('javascript') ? n.text : 'https://example.com/u');
  if (n.text) el.append(doc.createTextNode(n.text));
  parent.append(el);
  if (depth < 12) for (const k of n.kids) build(doc, k, el, depth + 1);
}

describe('random DOM trees (fast-check)', () => {
  it("never throw, and give a sound forest of at most LIMITS.comments comments", { timeout: 240_000 }, () => {
    let found = 0;
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 4 }), (roots) => {
        document.body.replaceChildren();
        const area = document.createElement('div');
        area.id = 'comments';
        area.className = 'comments-area';
        document.body.append(area);
        for (const r of roots) build(document, r, area);
        const ex = extractPage(document, { url: 'https://example.com/post', budgetMs: 2000 });
        expect(ex.comments.length).toBeLessThanOrEqual(LIMITS.comments);
        found += ex.comments.length;
        const ids = new Set(ex.comments.map((c) => c.id));
        expect(ids.size).toBe(ex.comments.length);
        const byId = new Map(ex.comments.map((c) => [c.id, c]));
        for (const c of ex.comments) {
          if (c.parentId !== null) expect(ids.has(c.parentId)).toBe(true);
          // Walking up never loops.
          const seen = new Set<string>();
          for (let p: string | null = c.id; p !== null; p = byId.get(p)?.parentId ?? null) {
            expect(seen.has(p)).toBe(false);
            seen.add(p);
          }
        }
        const a = analyze(ex);
        expect(a.stats.shown).toBe(ex.comments.length);
        expect(typeof toMarkdown(a)).toBe('string');
      }),
      { numRuns: 40 },
    );
    // The trees are comment-like enough that the readers do find comments in them.
    expect(found).toBeGreaterThan(0);
    console.log(`[random-dom] 40 trees, ${found} comments read`);
  });
});
