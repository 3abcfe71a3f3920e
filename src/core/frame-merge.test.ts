import { describe, expect, it } from 'vitest';
import { mergeFrameReading } from './frame-merge';
import { frameService, type FrameService } from './frames';
import { commentRecord } from './test-records';
import type { Extraction } from './types';

const disqus = frameService('disqus') as FrameService;

function reading(fields: Partial<Extraction>): Extraction {
  return {
    url: 'https://www.japantimes.co.jp/news/2020/02/18/national/crime-legal/6000-surgical-masks-stolen/',
    title: 'Losing face: 6,000 surgical masks stolen from Kobe hospital',
    lang: 'en',
    platform: 'none',
    confidence: 0,
    article: { title: 'Losing face: 6,000 surgical masks stolen from Kobe hospital', byline: 'Kyodo', published: '2020-02-18', lang: 'en', text: 'Some 6,000 surgical masks have been stolen from a hospital in Kobe.', site: 'The Japan Times' },
    announcedCount: null,
    closed: false,
    comments: [],
    pagination: { paginated: false, loadMore: false, framed: 'disqus', frameOrigin: 'https://disqus.com' },
    notes: [],
    ...fields,
  };
}

const frameComments = [
  commentRecord({ id: 'post-4811', text: 'Who steals masks from a hospital in the middle of an outbreak?', author: 'kobe_resident' }),
  commentRecord({ id: 'post-4812', parentId: 'post-4811', depth: 1, text: 'Someone who plans to resell them online, sadly.', author: 'JT reader' }),
];
const frame = reading({
  url: 'https://disqus.com/embed/comments/?base=default&f=japantimes',
  title: 'Disqus Comments',
  platform: 'generic',
  confidence: 0.7,
  announcedCount: 2,
  comments: frameComments,
  pagination: { paginated: false, loadMore: true, framed: null },
  notes: ['Partial result: reading stopped after the time budget (4000 ms).'],
  article: { title: 'Disqus Comments', byline: null, published: null, lang: null, text: '', site: null },
});

describe('merging the page with its comment frame', () => {
  it("keeps the page's article and takes the frame's comments", () => {
    const top = reading({ announcedCount: 14 });
    const m = mergeFrameReading(top, [frame], disqus, 'https://disqus.com');
    expect(m.url).toBe(top.url);
    expect(m.article).toEqual(top.article);
    expect(m.title).toBe(top.title);
    expect(m.announcedCount).toBe(14);
    expect(m.comments.map((c) => c.id)).toEqual(['post-4811', 'post-4812']);
    expect(m.platform).toBe('generic');
    expect(m.confidence).toBe(0.7);
    expect(m.pagination).toEqual({ paginated: false, loadMore: true, framed: null, fromFrame: 'disqus' });
    expect(m.notes).toEqual(['Partial result: reading stopped after the time budget (4000 ms).', '2 comments read from the Disqus frame (disqus.com).']);
  });

  it("takes the frame's announced count when the page gives none", () => {
    expect(mergeFrameReading(reading({}), [frame], disqus, 'https://disqus.com').announcedCount).toBe(2);
  });

  it('takes the frame with the most comments when there are several', () => {
    const small = { ...frame, comments: frameComments.slice(0, 1), platform: 'other' };
    const m = mergeFrameReading(reading({}), [small, frame, small], disqus, 'https://disqus.com');
    expect(m.comments).toHaveLength(2);
    expect(m.platform).toBe('generic');
  });

  it("puts the frame's comments after the page's own, ids prefixed so they cannot clash", () => {
    const own = [commentRecord({ id: 'post-4811', text: 'A comment in the page itself.' })];
    const m = mergeFrameReading(reading({ comments: own, platform: 'wordpress', confidence: 0.9 }), [frame], disqus, 'https://disqus.com');
    expect(m.comments.map((c) => [c.id, c.parentId])).toEqual([
      ['post-4811', null],
      ['disqus:post-4811', null],
      ['disqus:post-4812', 'disqus:post-4811'],
    ]);
    expect(m.platform).toBe('wordpress');
    expect(m.confidence).toBe(0.7);
  });

  it("replaces the page's saved copy of the same service's comments with the live frame's", () => {
    const copy = [commentRecord({ id: 'post-4811', text: 'Who steals masks from a hospital in the middle of an outbreak?' })];
    const m = mergeFrameReading(reading({ comments: copy, platform: 'disqus', confidence: 0.9 }), [{ ...frame, platform: 'disqus' }], disqus, 'https://disqus.com');
    expect(m.comments.map((c) => c.id)).toEqual(['post-4811', 'post-4812']);
    expect(m.platform).toBe('disqus');
  });

  it('says so when the frame held no comments, and leaves the page reading as it was', () => {
    const top = reading({});
    for (const frames of [[], [{ ...frame, comments: [] }]]) {
      const m = mergeFrameReading(top, frames, disqus, 'https://disqus.com');
      expect(m.comments).toEqual([]);
      expect(m.pagination).toEqual(top.pagination);
      expect(m.notes).toEqual(['The Disqus frame (disqus.com) was read, but no comments were found in it.']);
    }
  });
});
