import { describe, expect, test } from 'vitest';
import { corpusPages, expectGold, loadCorpusPage } from './corpus-gold';
import { livejournalAdapter } from './livejournal';

const pages = corpusPages('livejournal-');
const others = corpusPages('wp-', 'hn-', 'reddit-', 'none-', 'so-', 'se-', 'blogger-');

describe.skipIf(!pages.length)('livejournal adapter on real LiveJournal pages', () => {
  // The gold keeps the "N more comments" placeholders (no id, no text); the adapter leaves them out.
  test.each(pages)('%s matches the gold', (id) => expectGold(livejournalAdapter, id, { ignore: (g) => !g.native_id && !g.text }));
  test.each(others)('%s is not LiveJournal', (id) => expect(livejournalAdapter.detect(loadCorpusPage(id))).toBe(0));
});
