import { describe, expect, it } from 'vitest';
import { emptyIndex, mergeSeen, newIds, normalizeIds, normalizeIndex, pageKey, touch } from './seen';

describe('pageKey', () => {
  it.each([
    ['https://www.lemonde.fr/a/article.html#comment-131204', 'https://www.lemonde.fr/a/article.html'],
    ['https://blog.example.org/2012/07/post/?utm_source=x&utm_medium=y', 'https://blog.example.org/2012/07/post/'],
    ['https://news.ycombinator.com/item?id=38&fbclid=abc', 'https://news.ycombinator.com/item?id=38'],
    ['https://ex.org/p?b=2&a=1', 'https://ex.org/p?a=1&b=2'],
    ['https://ex.org/p/comment-page-2/#comments', 'https://ex.org/p/comment-page-2/'],
  ])('%s -> %s', (url, key) => expect(pageKey(url)).toBe(key));

  it.each(['about:blank', 'chrome://extensions', 'file:///tmp/a.html', 'not a url', ''])('%s has no key', (url) =>
    expect(pageKey(url)).toBeNull(),
  );
});

describe('touch (least recently visited evicted first)', () => {
  it('moves a revisited page to the recent end and evicts the oldest past the limit', () => {
    let index = emptyIndex();
    const evicted: string[] = [];
    for (const [k, t] of [['a', 1], ['b', 2], ['c', 3], ['a', 4], ['d', 5]] as const) {
      const r = touch(index, k, t, 3);
      index = r.index;
      evicted.push(...r.evicted);
    }
    expect(index.pages.map(([k]) => k)).toEqual(['c', 'a', 'd']);
    expect(evicted).toEqual(['b']);
  });

  it('keeps the order even when the clock goes back', () => {
    const { index } = touch({ version: 1, pages: [['a', 100]] }, 'b', 50, 10);
    expect(index.pages.map(([k]) => k)).toEqual(['a', 'b']);
    expect(touch(index, 'c', 10, 2).evicted).toEqual(['a']);
  });

  it('never keeps fewer than one page', () => {
    expect(touch(emptyIndex(), 'a', 1, 0).index.pages).toEqual([['a', 1]]);
  });
});

describe('normalizeIndex', () => {
  it.each([
    [undefined, []],
    ['junk', []],
    [{ pages: 'x' }, []],
    [{ version: 1, pages: [['b', 5], ['a', 2], ['b', 1], [3, 4], ['c', 'x']] }, [['a', 2], ['b', 5]]],
  ])('%j', (raw, pages) => expect(normalizeIndex(raw).pages).toEqual(pages));
});

describe('mergeSeen / newIds', () => {
  it('keeps the ids on the page now first, then older ones, bounded', () => {
    expect(mergeSeen(['1', '2', '3'], ['3', '4'], 3)).toEqual(['3', '4', '1']);
    expect(mergeSeen([], ['1', '1', '2'])).toEqual(['1', '2']);
  });
  it('marks nothing new on a first visit, only unseen ids afterwards', () => {
    expect(newIds(null, ['131204', '131208'])).toEqual([]);
    expect(newIds(new Set(['131204']), ['131204', '131208', '131250'])).toEqual(['131208', '131250']);
  });
  it('cleans stored id lists', () => {
    expect(normalizeIds(['a', 1, null, 'b'])).toEqual(['a', 'b']);
    expect(normalizeIds({})).toEqual([]);
  });
});
