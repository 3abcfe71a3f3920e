import { describe, expect, test } from 'vitest';
import { corpusPages, expectGold, loadCorpusPage } from './corpus-gold';
import { d3ruAdapter } from './d3ru';

const pages = corpusPages('d3ru-');
const others = corpusPages('wp-', 'hn-', 'reddit-', 'none-', 'so-', 'blogger-', 'livejournal-', 'vcru-');

describe.skipIf(!pages.length)('d3ru adapter on a real d3.ru page', () => {
  test.each(pages)('%s matches the gold', (id) => expectGold(d3ruAdapter, id));
  test.each(others)('%s is not d3.ru', (id) => expect(d3ruAdapter.detect(loadCorpusPage(id))).toBe(0));
});
