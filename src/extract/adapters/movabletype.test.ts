import { describe, expect, test } from 'vitest';
import { corpusPages, loadCorpusPage, textF1 } from './corpus-gold';
import { movabletypeAdapter } from './movabletype';

// Real Movable Type / TypePad pages of the corpus (whole-text gold): MT 4 .comment blocks,
// TypePad footers "Posted by: … | …", .commentbody + p.posted, and the flat old TypePad runs.
const MT_PAGES = ['dragnet-R397', 'dragnet-R471', 'dragnet-R532', 'dragnet-R663', 'dragnet-R681', 'dragnet-R838', 'dragnet-R990'];
const present = new Set(corpusPages('dragnet-'));
const pages = MT_PAGES.filter((id) => present.has(id));
const others = corpusPages('wp-', 'hn-', 'reddit-', 'none-', 'so-', 'se-', 'blogger-', 'livejournal-');

describe.skipIf(!pages.length)('movabletype adapter on real MT / TypePad pages', () => {
  test.each(pages)('%s: comment text F1 >= 0.9', (id) => {
    expect(movabletypeAdapter.detect(loadCorpusPage(id))).toBeGreaterThan(0.1);
    expect(textF1(movabletypeAdapter, id)).toBeGreaterThanOrEqual(0.9);
  });
  test.each(others)('%s is not Movable Type', (id) => expect(movabletypeAdapter.detect(loadCorpusPage(id))).toBe(0));
});
