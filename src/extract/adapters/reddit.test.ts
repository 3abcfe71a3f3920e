import { describe, expect, test } from 'vitest';
import { corpusPages, expectGold, loadCorpusPage } from './corpus-gold';
import { redditAdapter } from './reddit';

const pages = corpusPages('reddit-');
const others = corpusPages('wp-', 'hn-', 'none-', 'so-', 'se-');

describe.skipIf(!pages.length)('reddit adapter on real threads (old and new layout)', () => {
  test.each(pages)('%s matches the gold', (id) => expectGold(redditAdapter, id));
  test.each(others)('%s is not Reddit', (id) => expect(redditAdapter.detect(loadCorpusPage(id))).toBe(0));
});
