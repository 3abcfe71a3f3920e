import { describe, expect, test } from 'vitest';
import { corpusPages, expectGold, loadCorpusPage } from './corpus-gold';
import { hackernewsAdapter } from './hackernews';

const pages = corpusPages('hn-');
const others = corpusPages('wp-', 'reddit-', 'none-', 'so-', 'se-');

describe.skipIf(!pages.length)('hackernews adapter on real item pages', () => {
  test.each(pages)('%s matches the gold', (id) => expectGold(hackernewsAdapter, id));
  test.each(others)('%s is not Hacker News', (id) => expect(hackernewsAdapter.detect(loadCorpusPage(id))).toBe(0));
});
