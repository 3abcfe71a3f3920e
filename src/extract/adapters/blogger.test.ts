import { describe, expect, test } from 'vitest';
import { bloggerAdapter } from './blogger';
import { corpusPages, expectGold, loadCorpusPage } from './corpus-gold';

const pages = corpusPages('blogger-');
const others = corpusPages('wp-', 'hn-', 'reddit-', 'none-', 'so-', 'se-');

describe.skipIf(!pages.length)('blogger adapter on real Blogspot pages', () => {
  test.each(pages)('%s matches the gold', (id) => expectGold(bloggerAdapter, id));
  test.each(others)('%s is not Blogger', (id) => expect(bloggerAdapter.detect(loadCorpusPage(id))).toBe(0));
});

const classic = corpusPages('dragnet-R101');
describe.skipIf(!classic.length)('blogger adapter on the classic comments block', () => {
  test('names are what the reader sees, not the counter script Blogger writes beside them', () => {
    const doc = loadCorpusPage('dragnet-R101');
    const res = bloggerAdapter.extract(doc, { url: 'https://example.blogspot.com/p.html', deadline: Date.now() + 20_000, now: Date.now });
    expect(res?.comments.length).toBeGreaterThan(5);
    for (const c of res?.comments ?? []) expect(c.author).not.toMatch(/CommentsCounter|document\.write|^$/);
  });
});
