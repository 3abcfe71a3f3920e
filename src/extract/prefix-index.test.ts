import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { indexWalks, mayMatch, qs, qsa, withPageIndex } from './page-index';
import { buildPageIndex } from './page-walk';
import { extractPage, FIRST_LOOK_PREFIX, FIRST_LOOK_WHOLE, firstLookPrefix } from './index';
import { corpusPages, loadCorpusPage } from './adapters/corpus-gold';

const page = (html: string) => new JSDOM(`<!doctype html><body>${html}</body>`).window.document;
// Elements in order: html, head, body, then the body's.
const EARLY = '<div class="early" id="a"><script src="/early.js"></script></div>';
const LATE = '<section class="late" data-late="1"><form class="respond"></form><script src="/late.js"></script></section>';

describe('a page index of the first elements only (a prefix)', () => {
  it('holds the names of the elements walked, and once finished, the same as a whole walk', () => {
    const doc = page(EARLY + LATE);
    const part = buildPageIndex(doc, { prefix: 5 });
    expect(part.complete).toBe(false);
    expect([...part.classes]).toEqual(['early']);
    expect(part.ids.has('a')).toBe(true);
    expect(part.attrs.has('data-late')).toBe(false);
    expect(part.few).toHaveLength(1);
    part.finish();
    const all = buildPageIndex(doc);
    expect(part.complete).toBe(true);
    expect(all.complete).toBe(true);
    for (const k of ['classes', 'tags', 'ids', 'attrs'] as const) expect(new Set(part[k])).toEqual(new Set(all[k]));
    expect(part.few.length).toBe(all.few.length);
    part.few.forEach((el, i) => expect(el).toBe(all.few[i]));
    // A prefix longer than the page is the whole page at once; the scan's element list is always whole.
    expect(buildPageIndex(doc, { prefix: 1000 }).complete).toBe(true);
    expect(buildPageIndex(doc, { prefix: 5, scan: true }).elements?.length).toBe(doc.getElementsByTagName('*').length);
  });

  it('reads the page as if it ended there while what is read that way is accepted', () => {
    const doc = page(EARLY + LATE);
    const seen = withPageIndex(doc, () => [mayMatch(doc, '.late'), qs(doc, '.early') !== null, qsa(doc, 'script').length], {
      prefix: { elements: 5, accept: () => true },
    });
    // The page is read as if it ended there: a page-wide query for scripts finds the prefix's.
    expect(seen).toEqual([false, true, 1]);
  });

  it('walks the rest and reads again when what was read is refused, with nothing kept from the first try', () => {
    const doc = page(EARLY + LATE);
    const walks = indexWalks();
    const tries: boolean[] = [];
    const out = withPageIndex(doc, () => {
      const late = qs(doc, '.late') !== null;
      tries.push(late);
      return late;
    }, { prefix: { elements: 5, accept: (found) => found } });
    expect(tries).toEqual([false, true]);
    expect(out).toBe(true);
    expect(indexWalks() - walks).toBe(1);
  });

  it("is walked whole when the next reading takes it (a first look's, kept for the whole reading)", () => {
    const doc = page(EARLY + LATE);
    const walks = indexWalks();
    withPageIndex(doc, () => expect(mayMatch(doc, '.late')).toBe(false), { keep: true, prefix: { elements: 5, accept: () => true } });
    withPageIndex(doc, () => {
      expect(mayMatch(doc, '.late')).toBe(true);
      expect(qs(doc, 'form.respond')).not.toBeNull();
    });
    expect(indexWalks() - walks).toBe(1);
  });
});

describe('a first look from a prefix index', () => {
  const seed = readFileSync(path.resolve(__dirname, '../../test/fixtures/seed-wordpress.html'), 'utf8');
  const seedPage = () => new JSDOM(seed, { url: 'https://www.opex360.com/2015/12/21/syrie/', virtualConsole: new VirtualConsole() }).window.document;
  const generated = async (kind: 'wordpress' | 'hn', n: number) => {
    const gen = await import('../../bench/gen-pages.mjs');
    const html = kind === 'wordpress' ? gen.wordpressPage(n) : gen.hackerNewsPage(n);
    return new JSDOM(html, { url: 'https://example.org/post', virtualConsole: new VirtualConsole() }).window.document;
  };

  it.each(['wordpress', 'hn'] as const)('%s, 400 comments: the first 201 of the whole reading, from the names of its first 2,000 elements', async (kind) => {
    const doc = await generated(kind, 400);
    expect(doc.getElementsByTagName('*').length).toBeGreaterThan(4000);
    const walks = indexWalks();
    const first = extractPage(doc, { budgetMs: 60_000, firstLook: true, firstLookPrefix: 2000 });
    const whole = extractPage(doc, { budgetMs: 60_000 });
    expect(indexWalks() - walks).toBe(1);
    expect(first.outOfTime).toBe(true);
    expect(first.platform).toBe(whole.platform);
    expect(first.comments).toEqual(whole.comments.slice(0, 201));
    expect(whole).toEqual(extractPage(await generated(kind, 400), { budgetMs: 60_000 }));
  });

  it(`a page of up to ${FIRST_LOOK_WHOLE} elements is indexed whole; a bigger one from its first ${FIRST_LOOK_PREFIX}`, async () => {
    const small = await generated('hn', 400);
    expect(firstLookPrefix(small)).toBe(FIRST_LOOK_WHOLE);
    expect(buildPageIndex(small, { prefix: firstLookPrefix(small) }).complete).toBe(true);
    const big = await generated('hn', 1000);
    big.body.append(...Array.from({ length: FIRST_LOOK_WHOLE }, () => big.createElement('i')));
    expect(firstLookPrefix(big)).toBe(FIRST_LOOK_PREFIX);
    expect(FIRST_LOOK_PREFIX).toBeLessThan(FIRST_LOOK_WHOLE);
  });

  it(`wordpress, 1,500 comments (over ${FIRST_LOOK_WHOLE} elements): the first look by default is the first 201 comments of the whole reading`, async () => {
    const doc = await generated('wordpress', 1500);
    expect(doc.getElementsByTagName('*').length).toBeGreaterThan(FIRST_LOOK_WHOLE);
    const walks = indexWalks();
    const first = extractPage(doc, { budgetMs: 60_000, firstLook: true });
    const whole = extractPage(doc, { budgetMs: 60_000 });
    // One walk: the whole reading takes the first look's index and walks the rest of it.
    expect(indexWalks() - walks).toBe(1);
    expect(first.outOfTime).toBe(true);
    expect(first.comments).toEqual(whole.comments.slice(0, 201));
    expect(whole.comments).toHaveLength(1500);
  });

  it('a page read whole within the first look is read from the whole page (the closed notice and the count after the comments)', () => {
    const first = extractPage(seedPage(), { budgetMs: 60_000, firstLook: true, firstLookPrefix: 50 });
    expect(first.outOfTime).toBeUndefined();
    expect(first.closed).toBe(true);
    expect(first.announcedCount).toBe(20);
    expect(first).toEqual(extractPage(seedPage(), { budgetMs: 60_000 }));
  });

  it('comments past the prefix are still found (the prefix found no platform thread)', async () => {
    const doc = await generated('wordpress', 300);
    const filler = doc.createElement('div');
    filler.innerHTML = Array.from({ length: 3000 }, (_, i) => `<span class="tag-${i % 7}">mot</span>`).join('');
    doc.body.prepend(filler);
    const first = extractPage(doc, { budgetMs: 60_000, firstLook: true, firstLookPrefix: 1000 });
    expect(first.platform).toBe('wordpress');
    expect(first.comments).toHaveLength(201);
  });
});

describe('on the saved pages whose first look stops early, a first look from 300 elements is the start of the whole reading', () => {
  const ids = corpusPages('wp-', 'hn-', 'drupal-', 'reddit-');
  it.each(ids.length ? ids : ['(corpus absent)'])('%s', (id) => {
    if (!ids.length) return;
    const first = extractPage(loadCorpusPage(id), { budgetMs: 60_000, firstLook: true, firstLookPrefix: 300 });
    const whole = extractPage(loadCorpusPage(id), { budgetMs: 60_000 });
    if (first.outOfTime) {
      expect(first.platform).toBe(whole.platform);
      expect(first.comments).toEqual(whole.comments.slice(0, first.comments.length));
    } else expect(first).toEqual(whole);
  });
});
