import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { indexWalks, mayMatch, qs, qsa, qsaUpTo, recordPageQueries, withPageIndex } from './page-index';
import { simpleMatcher } from './selectors';
import { needsOf } from './selector-needs';
import { corpusPages, loadCorpusPage } from './adapters/corpus-gold';
import { extractPage } from './index';

const page = (html: string) => new JSDOM(`<!doctype html><body>${html}</body>`).window.document;

describe('page index: selectors that cannot match are not searched', () => {
  it('reads what each alternative needs, ignoring attribute values, pseudo-classes and their arguments', () => {
    expect(needsOf('li.comment > .comment-body, #comments h2')).toEqual([
      { classes: ['comment', 'comment-body'], tags: ['li'], ids: [], attrs: [] },
      { classes: [], tags: ['h2'], ids: ['comments'], attrs: [] },
    ]);
    expect(needsOf('a[href*="#comments"], :scope > .entry, div:not(.hidden) span, [Data-X="a]b"][typeof~=c], p:not([hidden])')).toEqual([
      { classes: [], tags: ['a'], ids: [], attrs: ['href'] },
      { classes: ['entry'], tags: [], ids: [], attrs: [] },
      { classes: [], tags: ['div', 'span'], ids: [], attrs: [] },
      { classes: [], tags: [], ids: [], attrs: ['data-x', 'typeof'] },
      { classes: [], tags: ['p'], ids: [], attrs: [] },
    ]);
    expect(needsOf('.a\\:b')).toBeNull();
  });

  it('answers exactly as the real query on a page, case of class names aside', () => {
    const doc = page('<ol class="Comment-List"><li class="comment" id="c1"><p>x</p></li></ol><div data-x="1"></div>');
    const sels = [
      'li.comment', '.comment-list li', 'ol.commentlist', '#c1 p', '#c2', 'shreddit-comment [data-testid="comment"]',
      '[data-x]', '[DATA-X]', '[data-y]', 'p:not([data-y])', '[typeof~="sioct:Comment"]', 'div:not(.nope)', 'p, .thing.comment .entry', '.thing.comment .entry', ':scope > li',
    ];
    withPageIndex(doc, () => {
      for (const s of sels) {
        if (!mayMatch(doc, s)) expect(doc.querySelector(s), s).toBeNull();
        expect(qsa(doc, s).length, s).toBe(doc.querySelectorAll(s).length);
      }
      expect(mayMatch(doc, '.thing.comment .entry')).toBe(false);
      expect(mayMatch(doc, 'ol.commentlist')).toBe(false);
      expect(mayMatch(doc, 'li.comment')).toBe(true);
      // Attribute names count too: no element of the page has a `typeof` or `data-y` attribute.
      expect(mayMatch(doc, '[typeof~="sioct:Comment"], [data-y]')).toBe(false);
      expect(mayMatch(doc, '[data-x], [data-y]')).toBe(true);
      expect(mayMatch(doc, 'p:not([data-y])')).toBe(true);
    }, { scan: true });
  });

  it('reads the tests of id and class values that any match implies, and only those', () => {
    expect(needsOf('[id^="comment-"], li[class*=depth-], [ID$=\'-x\' i], [class~="a"]')?.map((n) => n.values)).toEqual([
      [{ attr: 'id', op: '^', value: 'comment-', fold: false }],
      [{ attr: 'class', op: '*', value: 'depth-', fold: false }],
      [{ attr: 'id', op: '$', value: '-x', fold: true }],
      [{ attr: 'class', op: '=', value: 'a', fold: false }],
    ]);
    // A class test spanning a space or empty, `|=`, `~=` on an id, and tests inside :not() say nothing.
    expect(needsOf('[class="a b"], [class=""], [id|="x"], [id~="x"], p:not([id^="y"])')?.map((n) => n.values)).toEqual([
      undefined, undefined, undefined, undefined, undefined,
    ]);
  });

  it('skips a search for an id or class value no element has, and agrees with the DOM on the rest', () => {
    const html = '<ol class="comment-list"><li id="comment-12" class="comment depth-1 even"><p class="x">a</p></li></ol><div id="Coral_thread" class=""></div>';
    const sels = [
      '[id^="comment-"]', '[id^="coral_"]', '[id^="coral_" i]', '[id^="Coral_"]', '[id$="-12"]', '[id*="ment-1"]', '[id="comment-1"]',
      '[class*="depth-"]', '[class*="pth-1 ev"]', '[class^="comment "]', '[class$="even"]', '[class*="widget_"]', '[class=""]',
      '[class~="even"]', '[class~="odd"]', 'li[class*=depth-] p.x', 'p:not([id^="nope"])', '[id|="comment"]', '[class^="Comment" i]',
    ];
    for (const doctype of ['<!doctype html>', '']) {
      const doc = new JSDOM(`${doctype}<html><body>${html}</body></html>`, { url: 'https://example.org/' }).window.document;
      withPageIndex(doc, () => {
        for (const s of sels) {
          if (!mayMatch(doc, s)) expect(doc.querySelector(s), `${s} (${doc.compatMode})`).toBeNull();
          expect(qsa(doc, s).length, s).toBe(doc.querySelectorAll(s).length);
        }
      }, { scan: true });
      withPageIndex(doc, () => {
        for (const s of sels) expect(qsa(doc, s).length, s).toBe(doc.querySelectorAll(s).length);
        // What the page surely lacks is not searched.
        expect(mayMatch(doc, '[class*="widget_"], [id^="dsq-comment-"]')).toBe(false);
        expect(mayMatch(doc, '[id^="comment-"]')).toBe(true);
        // Case aside (selector engines differ on it): an id starting "Coral_" lets "coral_" through.
        expect(mayMatch(doc, '[id^="coral_"]')).toBe(true);
        expect(mayMatch(doc, '[id^="coral_thread-"], [class$="odd"]')).toBe(false);
      });
    }
  });

  it('answers a page-wide query for metas, links, scripts or forms from their short list, as the DOM would', () => {
    const html = `<html><head><meta name="generator" content="WordPress 6.4"><meta property="og:title" content="T">
      <link rel="canonical" href="https://example.org/p"><script src="/wp-includes/js/x.js"></script></head>
      <body><div class="c" data-x="1"><form action="/wp-comments-post.php" id="commentform"></form><script type="application/ld+json">{}</script></div></body></html>`;
    const sels = [
      'meta[name="generator" i]', 'meta[name="generator"]', 'meta[name="generator" i][content^="wordpress" i]', 'meta[property="og:title"], link[rel="canonical"]',
      'script[src*="/wp-includes/"], link[href*="/wp-content/"]', 'script[type="application/ld+json"]', 'form[action*="comments-post"]', 'form#commentform',
      'meta, script', 'link[rel="canonical"], div.c', 'head meta', 'script:not([src])', 'form[action*="mt-comments"], [data-x]',
    ];
    for (const doctype of ['<!doctype html>', '']) {
      const doc = new JSDOM(`${doctype}${html}`, { url: 'https://example.org/' }).window.document;
      for (const scan of [true, false]) {
        // Which answers the DOM's engine gave (the others came from the short list).
        let asked: string[] = [];
        const all = doc.querySelectorAll.bind(doc);
        const one = doc.querySelector.bind(doc);
        doc.querySelectorAll = ((s: string) => (asked.push(s), all(s))) as typeof doc.querySelectorAll;
        doc.querySelector = ((s: string) => (asked.push(s), one(s))) as typeof doc.querySelector;
        withPageIndex(doc, () => {
          for (const s of sels) {
            expect(qsa(doc, s), s).toEqual(Array.from(all(s)));
            expect(qs(doc, s), s).toBe(one(s));
          }
          asked = [];
          qsa(doc, 'meta[name="generator" i][content^="WordPress" i]');
          qs(doc, 'script[src*="/wp-includes/"], link[href*="/wp-content/"]');
          // An alternative the page cannot match ([data-nope]) does not send the query to the DOM.
          qs(doc, 'form[action*="mt-comments"], [data-nope]');
          expect(asked).toEqual([]);
          if (!scan) {
            qs(doc, 'head meta');
            qs(doc, 'form[action*="mt-comments"], [data-x]');
            expect(asked).toEqual(['head meta', 'form[action*="mt-comments"], [data-x]']);
          }
        }, { scan });
        doc.querySelectorAll = all;
        doc.querySelector = one;
      }
    }
  });

  it('hands over only the first n matches, in document order, with the index or without', () => {
    const doc = page('<article><time datetime="1"></time></article><ol>' + '<li><article><time datetime="x"></time></article></li>'.repeat(60) + '</ol>');
    const all = Array.from(doc.querySelectorAll('article time[datetime]'));
    expect(qsaUpTo(doc, 'article time[datetime]', 50)).toEqual(all.slice(0, 50));
    for (const scan of [true, false]) {
      withPageIndex(doc, () => {
        expect(qsaUpTo(doc, 'article time[datetime]', 3)).toEqual(all.slice(0, 3));
        expect(qsaUpTo(doc, 'time', 100)).toEqual(all);
        expect(qsaUpTo(doc, '.missing', 5)).toEqual([]);
      }, { scan });
    }
  });

  it('lets every query through when no reading is under way, or for another document', () => {
    const doc = page('<p class="a"></p>');
    expect(mayMatch(doc, '.missing')).toBe(true);
    const other = page('<p class="missing"></p>');
    withPageIndex(doc, () => {
      expect(mayMatch(other, '.missing')).toBe(true);
      expect(qs(other, '.missing')).not.toBeNull();
    }, { scan: true });
  });

  it('is dropped after the reading: a page that changed is read afresh', () => {
    const doc = page('<p></p>');
    withPageIndex(doc, () => expect(qs(doc, '.late')).toBeNull(), { scan: true });
    doc.body.insertAdjacentHTML('beforeend', '<div class="late"></div>');
    withPageIndex(doc, () => expect(qs(doc, '.late')).not.toBeNull(), { scan: true });
  });

  it("serves a first look's whole reading when the page has not changed, and no reading after a change", async () => {
    const doc = page('<ol class="comment-list"><li class="comment depth-1" id="comment-1"><div class="comment-content"><p>Un avis.</p></div></li></ol>');
    const walks = indexWalks();
    const first = extractPage(doc, { firstLook: true });
    const whole = extractPage(doc);
    expect(indexWalks() - walks).toBe(1);
    expect(whole).toEqual(first);
    // Kept once: the reading after the whole one walks the page again.
    extractPage(doc);
    expect(indexWalks() - walks).toBe(2);

    // A change between the first look and the whole reading (a class name the index did not know): walked afresh.
    extractPage(doc, { firstLook: true });
    doc.querySelector('ol')?.insertAdjacentHTML('afterend', '<div class="fb-comments"></div>');
    expect(extractPage(doc).pagination.framed).toBe('facebook');
    expect(indexWalks() - walks).toBe(4);

    // The same after the watch has handed the change over (a later task), and for an attribute alone.
    extractPage(doc, { firstLook: true });
    doc.querySelector('.fb-comments')?.setAttribute('class', 'disqus-gone');
    await new Promise((r) => setTimeout(r, 0));
    expect(extractPage(doc).pagination.framed).toBeNull();
    expect(indexWalks() - walks).toBe(6);
  });

  it('without the scan (a browser) still skips what cannot match, and asks the DOM the rest', () => {
    const doc = page('<p class="here"></p>');
    withPageIndex(doc, () => {
      expect(mayMatch(doc, '.missing')).toBe(false);
      expect(qs(doc, '.missing')).toBeNull();
      expect(qsa(doc, 'p.here')).toHaveLength(1);
    });
  });
});

describe('simple selectors scanned from the index mean what the DOM says', () => {
  it('parses compounds and refuses anything with a combinator or pseudo-class', () => {
    for (const s of ['li.comment', 'a[href*="#comments"]', 'meta[name="generator" i]', '[id^="comment-"], #x.y', '*[data-a]', 'a[rel~=nofollow]'])
      expect(simpleMatcher(s), s).not.toBeNull();
    for (const s of ['li .comment', 'a:not(.b)', '.x a[href]:not([href^="#"])']) expect(simpleMatcher(s), s).not.toBeNull();
    for (const s of ['a > b', ':scope > a', 'a + b', 'a ~ b', '.a\\:b', 'a:first-child', 'a:not(b c)']) expect(simpleMatcher(s), s).toBeNull();
  });

  const doc = new JSDOM(`<!doctype html><body>
    <ol class="commentlist Comment-List"><li class="comment depth-1" id="li-comment-1"><a href="/p#comments" rel="nofollow ugc">1</a></li></ol>
    <script type="Application/LD+JSON">{}</script><meta name="generator" content="WordPress 6.4">
    <div lang="fr-CA" data-testid="comment" class="  spaced   classes "></div><a id="" class=""></a></body>`).window.document;
  it.each([
    'li.comment', '.comment-list', '.Comment-List', 'a[href*="#comments"]', 'a[href$="comments"]', 'a[href^="/p"]', 'a[rel~="ugc"]',
    'script[type="application/ld+json"]', 'meta[name="generator" i]', 'meta[name="generator"]', 'meta[content^="wordpress" i]',
    '[lang|="fr"]', '[data-testid="comment"]', '.spaced.classes', '[id^="li-comment-"]', '#li-comment-1', 'a[id]', 'a[class=""]',
    '[href*=""]', 'div, li.comment, a', '*[data-testid]', 'ol li a', '.commentlist a[rel~="ugc"]', 'body .comment a', 'ol div',
    'a:not([href^="/"])', 'a:not(.x, [rel])', ':not(a)', 'li.comment :not(a)',
  ])('%s', (sel) => {
    expect(doc.querySelectorAll('*').length).toBeGreaterThan(5);
    const m = simpleMatcher(sel, false) as (el: Element) => boolean;
    expect(Array.from(doc.querySelectorAll('*')).filter(m)).toEqual(Array.from(doc.querySelectorAll(sel)));
  });

  // Every page-wide selector a reading asks, on real pages of the corpus: scan and DOM agree.
  const pages = ['wp-', 'blogger-', 'dragnet-2', 'dragnet-T1', 'none-', 'habr', 'drupal-', 'se-', 'hn-', 'so-', 'spip-'].map((p) => corpusPages(p)[0]).filter(Boolean);
  it.skipIf(pages.length === 0).each(pages)('every query of a reading of %s', (id) => {
    const page = loadCorpusPage(id);
    const asked = new Set<string>();
    recordPageQueries((s) => asked.add(s));
    try {
      extractPage(page, { budgetMs: 60_000 });
    } finally {
      recordPageQueries(null);
    }
    const all = Array.from(page.querySelectorAll('*'));
    let scanned = 0;
    for (const sel of asked) {
      const m = simpleMatcher(sel, page.compatMode === 'BackCompat');
      if (!m) continue;
      scanned++;
      expect(all.filter(m).length, sel).toBe(page.querySelectorAll(sel).length);
    }
    // Enough of them to mean something (ten on dragnet-T11, whose reading asks for no link or button of the whole page).
    expect(scanned).toBeGreaterThan(8);
  });

  // The whole reading, page-wide and per-block scans included, on pages read by an adapter and by the generic detector.
  const readings = ['wp-', 'dragnet-2', 'dragnet-T1', 'dragnet-R4', 'none-'].map((p) => corpusPages(p)[0]).filter(Boolean);
  it.skipIf(readings.length === 0).each(readings)('a reading of %s with the scan is the reading without it', (id) => {
    const a = extractPage(loadCorpusPage(id), { budgetMs: 60_000 });
    const b = extractPage(loadCorpusPage(id), { budgetMs: 60_000, scanSelectors: true });
    expect(b).toEqual(a);
  });
});
