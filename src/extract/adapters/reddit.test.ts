import { describe, expect, test } from 'vitest';
import { corpusPages, expectGold, loadCorpusPage } from './corpus-gold';
import { redditAdapter } from './reddit';
import { noteParts } from '../../core/notes';

const pages = corpusPages('reddit-');
const others = corpusPages('wp-', 'hn-', 'none-', 'so-', 'se-');

describe.skipIf(!pages.length)('reddit adapter on real threads (old and new layout)', () => {
  test.each(pages)('%s matches the gold', (id) => expectGold(redditAdapter, id));
  test.each(others)('%s is not Reddit', (id) => expect(redditAdapter.detect(loadCorpusPage(id))).toBe(0));
  test.each(pages)('%s: folded replies noted as a known note, with the count of their controls', (id) => {
    const doc = loadCorpusPage(id);
    // Old Reddit's link (.morecomments) sits in its thing (.morechildren): one control.
    const controls = doc.querySelectorAll('.thing.morechildren, [id^="moreComments-"]').length +
      [...doc.querySelectorAll('.morecomments')].filter((el) => !el.closest('.morechildren')).length;
    const notes = redditAdapter.extract(doc, { url: 'https://www.reddit.com/', deadline: Infinity, now: () => 0 })?.notes ?? [];
    if (!controls) return expect(notes).toEqual([]);
    expect(notes.map(noteParts)).toEqual([{ kind: 'folded', values: ['Reddit', controls, 'load more comments'] }]);
  });
});
