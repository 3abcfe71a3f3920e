import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cutShort, firstMatches, withPageIndex } from './page-index';

describe('a reading with a limit (a first look) stops its searches for comment blocks there', () => {
  const doc = () => new JSDOM(`<ol>${Array.from({ length: 30 }, (_, i) => `<li class="c${i % 3 ? ' keep' : ''}">${i}</li>`).join('')}</ol>`).window.document;
  it.each([false, true])('scanning the index: %s', (scan) => {
    const d = doc();
    let tested = 0;
    const keep = (el: Element) => (tested++, el.classList.contains('keep'));
    withPageIndex(d, () => {
      const got = firstMatches(d, 'li.c', keep);
      // The first five that pass, in page order; nothing after the fifth looked at.
      expect(got.map((e) => e.textContent)).toEqual(['1', '2', '4', '5', '7']);
      expect(tested).toBe(8);
      expect(cutShort(d)).toBe(true);
    }, { scan, limit: 5 });
    tested = 0;
    withPageIndex(d, () => {
      expect(firstMatches(d, 'li.c', keep)).toHaveLength(20);
      expect(tested).toBe(30);
      expect(cutShort(d)).toBe(false);
    }, { scan });
    // A limit above what the page holds: all of it, not cut short.
    withPageIndex(d, () => {
      expect(firstMatches(d, 'li.c', keep)).toHaveLength(20);
      expect(cutShort(d)).toBe(false);
    }, { scan, limit: 21 });
    expect(cutShort(d)).toBe(false);
  });
});
