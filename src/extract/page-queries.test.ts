import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { qsa, withPageIndex } from './page-index';

const page = (html: string) => new JSDOM(`<!doctype html><body>${html}</body>`).window.document;

describe('page queries in a browser (no scan): the engine is asked only what the page can match', () => {
  it('asks the browser only for the alternatives of a page-wide list that the page can match, with the same answer', () => {
    const doc = page('<div class="comments-link"><a href="#comments">3 comments</a></div><p class="x">y</p>');
    const asked: string[] = [];
    const native = doc.querySelectorAll.bind(doc);
    doc.querySelectorAll = ((sel: string) => {
      asked.push(sel);
      return native(sel);
    }) as typeof doc.querySelectorAll;
    const list = 'a[href*="#comments"], .comment-count, .comments-link, [class*="comments-count"], #nope a, p.x';
    withPageIndex(doc, () => {
      expect(qsa(doc, list)).toEqual(Array.from(native(list)));
      // An element's own search is left whole (too small to gain from it).
      expect(qsa(doc.body, '.comment-count, p.x')).toHaveLength(1);
    });
    expect(asked.map((sel) => sel.split(',').map((alt) => alt.trim()))).toEqual([['a[href*="#comments"]', '.comments-link', 'p.x']]);
  });
});
