import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractPage } from './index';
import { corpusPages, loadCorpusPage } from './adapters/corpus-gold';

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

describe('a first look of a big thread reads only what it shows', () => {
  // Generated pages in WordPress's and Hacker News's own markup (bench/gen-pages.mjs).
  const load = async (kind: 'wordpress' | 'hn', n: number) => {
    const gen = await import('../../bench/gen-pages.mjs');
    const html = kind === 'wordpress' ? gen.wordpressPage(n) : gen.hackerNewsPage(n);
    return new JSDOM(html, { url: 'https://example.org/post', virtualConsole: new VirtualConsole() }).window.document;
  };

  it.each(['wordpress', 'hn'] as const)('%s, 400 comments: the first 201 in page order, flagged as a part, no budget note', async (kind) => {
    const whole = extractPage(await load(kind, 400), { budgetMs: 60_000 });
    expect(whole.comments).toHaveLength(400);
    const first = extractPage(await load(kind, 400), { budgetMs: 60_000, firstLook: true });
    expect(first.comments).toHaveLength(201);
    expect(first.comments).toEqual(whole.comments.slice(0, 201));
    expect(first.outOfTime).toBe(true);
    expect(first.notes.join(' ')).not.toMatch(/budget|temps/i);
    expect(first.announcedCount).toBeNull();
  });

  it.each(['wordpress', 'hn'] as const)('%s, 400 comments: the whole reading after a first look of the same page (its index kept) is the whole reading', async (kind) => {
    const doc = await load(kind, 400);
    expect(extractPage(doc, { budgetMs: 60_000, firstLook: true }).comments).toHaveLength(201);
    const after = extractPage(doc, { budgetMs: 60_000 });
    expect(after).toEqual(extractPage(await load(kind, 400), { budgetMs: 60_000 }));
    expect(after.comments).toHaveLength(400);
  });

  it('a first look whose search for comment blocks stopped early says it is a part, even with fewer than it shows', async () => {
    // 450 blocks in WordPress's classes inside a widget before the thread: the first look's search
    // stops among them (none is a comment); the whole reading sets them all aside.
    const doc = await load('wordpress', 150);
    const widget = doc.createElement('ul');
    widget.className = 'widget recentcomments';
    widget.innerHTML = Array.from({ length: 450 }, (_, i) => `<li class="comment depth-1">Recent ${i}</li>`).join('');
    doc.body.prepend(widget);
    const first = extractPage(doc, { budgetMs: 60_000, firstLook: true });
    expect(first.outOfTime).toBe(true);
    const whole = extractPage(doc, { budgetMs: 60_000 });
    expect(whole.outOfTime).toBeUndefined();
    expect(whole.platform).toBe('wordpress');
    expect(whole.comments).toHaveLength(150);
    expect(whole.comments.some((c) => c.text.startsWith('Recent'))).toBe(false);
  });

  it('150 comments: a first look is the whole reading', async () => {
    const first = extractPage(await load('wordpress', 150), { budgetMs: 60_000, firstLook: true });
    expect(first.comments).toHaveLength(150);
    expect(first.outOfTime).toBeUndefined();
  });
});

describe('on the saved pages of the platforms whose first look stops early, it is the start of the whole reading', () => {
  // A first look stops its searches early (firstMatches, the 201st comment): what it shows must be
  // what the whole reading then shows first, and a first look not flagged as a part is the whole reading.
  const ids = corpusPages('wp-', 'hn-', 'drupal-', 'reddit-');
  it.each(ids.length ? ids : ['(corpus absent)'])('%s', (id) => {
    if (!ids.length) return;
    const first = extractPage(loadCorpusPage(id), { budgetMs: 60_000, firstLook: true });
    const whole = extractPage(loadCorpusPage(id), { budgetMs: 60_000 });
    if (first.outOfTime) {
      expect(first.comments).toEqual(whole.comments.slice(0, first.comments.length));
      expect(first.comments.length).toBeLessThan(whole.comments.length + 1);
    } else expect(first).toEqual(whole);
  });
});
