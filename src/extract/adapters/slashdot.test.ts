import { describe, expect, test } from 'vitest';
import { corpusPages, loadCorpusPage, textF1 } from './corpus-gold';
import { slashdotAdapter } from './slashdot';

const SLASHDOT = ['dragnet-131', 'dragnet-239', 'dragnet-317', 'dragnet-357', 'dragnet-360'];
const present = new Set(corpusPages('dragnet-'));
const pages = SLASHDOT.filter((id) => present.has(id));
const others = corpusPages('wp-', 'hn-', 'reddit-', 'none-', 'so-', 'blogger-');

describe.skipIf(!pages.length)('slashdot adapter on real Slashdot pages', () => {
  test.each(pages)('%s: comment text F1 >= 0.95, hidden comments left out', (id) => {
    expect(textF1(slashdotAdapter, id)).toBeGreaterThanOrEqual(0.95);
  });
  test('replies nest under their parent', () => {
    const url = 'https://example.org/';
    const res = slashdotAdapter.extract(loadCorpusPage(pages[0], url), { url, deadline: Date.now() + 20_000, now: Date.now });
    const byId = new Map(res?.comments.map((c) => [c.id, c]));
    const replies = res?.comments.filter((c) => c.parentId) ?? [];
    expect(replies.length).toBeGreaterThan(0);
    for (const r of replies) expect(r.depth).toBe((byId.get(r.parentId as string)?.depth ?? -2) + 1);
  });
  test.each(others)('%s is not Slashdot', (id) => expect(slashdotAdapter.detect(loadCorpusPage(id))).toBe(0));
});
