import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractPage } from './index';

const seed = readFileSync(path.resolve(__dirname, '../../test/fixtures/seed-wordpress.html'), 'utf8');
const page = () => new JSDOM(seed, { url: 'https://www.opex360.com/2015/12/21/syrie/', virtualConsole: new VirtualConsole() }).window.document;
/** A clock on which every reading runs out of time at once (each look at it is a second later). */
const slowClock = () => {
  let t = 0;
  return () => (t += 1000);
};

describe('a reading stopped by its budget', () => {
  it('says so, and a first look leaves the page-wide readers to the whole reading', () => {
    const whole = extractPage(page(), { budgetMs: 60_000 });
    expect(whole.outOfTime).toBeUndefined();
    expect(whole.announcedCount).toBe(20);
    expect(whole.closed).toBe(true);

    const late = extractPage(page(), { budgetMs: 10, now: slowClock() });
    expect(late.outOfTime).toBe(true);
    expect(late.announcedCount).toBe(20);

    const first = extractPage(page(), { budgetMs: 10, now: slowClock(), firstLook: true });
    expect(first.outOfTime).toBe(true);
    expect(first.announcedCount).toBeNull();
    expect(first.closed).toBe(false);
    expect(first.pagination).toEqual({ paginated: false, loadMore: false, framed: null });
  });

  it('a first look within its budget is a whole reading', () => {
    const first = extractPage(page(), { budgetMs: 60_000, firstLook: true });
    expect(first).toEqual(extractPage(page(), { budgetMs: 60_000 }));
    expect(first.comments).toHaveLength(16);
  });
});
