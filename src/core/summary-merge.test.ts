import { describe, expect, it } from 'vitest';
import { analyze, withSummary } from './analyze';
import { withSummaryOf } from './summary-merge';
import type { Extraction } from './types';

const text = (s: string) => `${s} `.repeat(12).trim();
const extraction: Extraction = {
  url: 'https://example.org/post', title: 'Sanctions', lang: 'fr', platform: 'wordpress', confidence: 0.9,
  article: { title: 'Sanctions', byline: null, published: null, lang: 'fr', text: '', site: null },
  announcedCount: null, closed: false,
  comments: [
    { id: '1', parentId: null, author: 'Anne', authorUrl: null, time: null, text: text('Les sanctions européennes ne changent rien à la politique russe.'), paragraphs: [], links: [], permalink: null, depth: 0, kind: 'comment', anchor: null },
    { id: '2', parentId: '1', author: 'Bob', authorUrl: null, time: null, text: text('The sanctions hurt European farmers far more than they hurt Moscow.'), paragraphs: [], links: [], permalink: null, depth: 1, kind: 'comment', anchor: null },
    { id: '3', parentId: '1', author: 'Chloé', authorUrl: null, time: null, text: 'Merci !', paragraphs: [], links: [], permalink: null, depth: 1, kind: 'comment', anchor: null, lang: 'fr' },
  ],
  pagination: { paginated: false, loadMore: false, framed: null }, notes: [],
};

describe('withSummaryOf', () => {
  it('joins a reading and its summary as the background does', () => {
    const pending = analyze(extraction, { summary: false });
    const whole = withSummary(pending);
    expect(whole.summary).not.toBeNull();
    // What the popup makes of the summary alone is what the background made of the whole.
    expect(withSummaryOf(pending, whole.summary)).toEqual(whole);
    // Comment languages come with it: the English reply its own, the short French thanks its markup's.
    expect(whole.comments.map((c) => c.lang)).toEqual(['fr', 'en', 'fr']);
  });

  it('ends the wait with no summary for a reading without comments', () => {
    const empty = analyze({ ...extraction, comments: [] }, { summary: false });
    expect(withSummaryOf({ ...empty, summaryPending: true }, null)).toEqual({ ...empty, summaryPending: false });
  });
});
