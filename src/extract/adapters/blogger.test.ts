import { describe, expect, test } from 'vitest';
import { bloggerAdapter } from './blogger';
import { corpusPages, expectGold, loadCorpusPage } from './corpus-gold';

const pages = corpusPages('blogger-');
const others = corpusPages('wp-', 'hn-', 'reddit-', 'none-', 'so-', 'se-');

describe.skipIf(!pages.length)('blogger adapter on real Blogspot pages', () => {
  test.each(pages)('%s matches the gold', (id) => expectGold(bloggerAdapter, id));
  test.each(others)('%s is not Blogger', (id) => expect(bloggerAdapter.detect(loadCorpusPage(id))).toBe(0));
});
