import { describe, expect, test } from 'vitest';
import { corpusPages, expectGold, loadCorpusPage } from './corpus-gold';
import { osnovaAdapter } from './osnova';

const pages = corpusPages('vcru-');
const others = corpusPages('wp-', 'hn-', 'reddit-', 'none-', 'so-', 'blogger-', 'livejournal-', 'habr-');

describe.skipIf(!pages.length)('osnova adapter on a real vc.ru page', () => {
  test.each(pages)('%s matches the gold', (id) => expectGold(osnovaAdapter, id));
  test.each(others)('%s is not Osnova', (id) => expect(osnovaAdapter.detect(loadCorpusPage(id))).toBe(0));
});
