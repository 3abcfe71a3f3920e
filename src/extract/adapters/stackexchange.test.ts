import { describe, expect, test } from 'vitest';
import { corpusPages, expectGold, loadCorpusPage } from './corpus-gold';
import { stackexchangeAdapter } from './stackexchange';

const pages = corpusPages('so-', 'se-');
const others = corpusPages('wp-', 'hn-', 'reddit-', 'none-');

describe.skipIf(!pages.length)('stackexchange adapter on real question pages', () => {
  test.each(pages)('%s matches the gold (answers top-level, their comments below them)', (id) => expectGold(stackexchangeAdapter, id));
  test.each(others)('%s is not Stack Exchange', (id) => expect(stackexchangeAdapter.detect(loadCorpusPage(id))).toBe(0));
});
