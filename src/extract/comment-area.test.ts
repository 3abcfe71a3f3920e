import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { AREA_SEL, FOREIGN, commentAreas, isArea, isForeign, mayBeAreaOrForeign } from './comment-area';
import { corpusPages, loadCorpusPage } from './adapters/corpus-gold';
import { withPageIndex } from './page-index';
import { buildPageIndex } from './page-walk';

/**
 * The area and foreign-block tests are plain functions (the selector engine was
 * the slowest part of a reading in jsdom); they must mean exactly what the
 * documented selectors mean, element for element, on real pages.
 */
function expectSameAsSelectors(doc: Document) {
  const els = Array.from(doc.querySelectorAll('*'));
  const areaDiff = els.filter((el) => isArea(el) !== el.matches(AREA_SEL)).map((el) => `${el.tagName}#${el.id}.${el.getAttribute('class')}`);
  const foreignDiff = els.filter((el) => isForeign(el) !== el.matches(FOREIGN)).map((el) => `${el.tagName}#${el.id}.${el.getAttribute('class')}`);
  expect(areaDiff).toEqual([]);
  expect(foreignDiff).toEqual([]);
  // The walk's quick test never turns away an element either of them accepts.
  const missed = els.filter((el) => (isArea(el) || isForeign(el)) && !mayBeAreaOrForeign(el)).map((el) => `${el.tagName}#${el.id}.${el.getAttribute('class')}`);
  expect(missed).toEqual([]);
  return els.filter((el) => isArea(el)).length;
}

const fixture = (name: string) =>
  new JSDOM(readFileSync(path.resolve(__dirname, '../../test/fixtures', name), 'utf8'), { url: 'https://example.org/', virtualConsole: new VirtualConsole() }).window.document;

describe('comment areas without the selector engine', () => {
  it('hand-made edge cases: substrings, case, widgets, ids', () => {
    const doc = new JSDOM(`<!doctype html><body>
      <div id="Comments-Box"><p>a</p></div><div class="my-comments-wrap"></div><section class="reactions"></section>
      <div class="widget_recent_comments"><ul id="recentcomments"></ul></div><nav class="menu main"></nav>
      <div class="comment-list"></div><div id="respond"></div><div class="comment"></div><div class="sidebar related"></div>
      <div class="CommentList"></div><div id="Kommentare"></div><div class="commentaires x"></div><p class="related-posts"></p>
    </body>`).window.document;
    expect(expectSameAsSelectors(doc)).toBe(8);
  });

  it.each(['seed-wordpress.html', 'generic-neg-widget.html', 'generic-fr-nested.html', 'no-comments.html'])('fixture %s', (name) => {
    expectSameAsSelectors(fixture(name));
  });

  // One page of each kind of site in the corpus (chosen by file-name prefix, never by content).
  const pages = ['wp-', 'blogger-', 'dragnet-5', 'none-', 'habr', 'drupal-', 'spip-', 'se-']
    .map((p) => corpusPages(p)[0])
    .filter((id): id is string => Boolean(id));
  it.skipIf(pages.length === 0).each(pages)('real page %s', (id) => {
    expectSameAsSelectors(loadCorpusPage(id));
  });

  it('keeps only the outermost areas outside widgets, in document order', () => {
    const doc = new JSDOM(`<!doctype html><body>
      <aside class="widget"><div id="comments-widget"></div></aside>
      <div id="comments"><h2>2 comments</h2><ol class="comment-list"><li>x</li></ol></div>
      <div class="recent-comments"><div class="comments"></div></div>
      <footer class="post-comments"></footer>
    </body>`).window.document;
    expect(commentAreas(doc).map((e) => e.id || e.className)).toEqual(['comments', 'comments', 'post-comments']);
  });

  /** The areas read from a reading's page index (in a browser, and with jsdom's scan), against those of the walk (outside a reading). */
  function expectIndexAsWalk(doc: Document) {
    const walked = commentAreas(doc);
    for (const scan of [false, true]) expect(withPageIndex(doc, () => commentAreas(doc), { scan })).toEqual(walked);
    return walked;
  }

  it('reads the same areas from the page index as by walking the page', () => {
    const html = `<aside class="widget"><div id="comments-widget"></div></aside>
      <div id="comments"><h2>2 comments</h2><ol class="comment-list"><li>x</li></ol></div>
      <div class="recent-comments"><div class="comments"></div></div><nav class="Menu"><div id="Comments"></div></nav>
      <footer class="post-comments"></footer><div class="sidebar"><section class="comments-area"></section></div><main class="comments"><div class="comments"></div></main>`;
    for (const doctype of ['<!doctype html>', '']) {
      const doc = new JSDOM(`${doctype}<html><body>${html}</body></html>`).window.document;
      expect(expectIndexAsWalk(doc).map((e) => e.id || e.className)).toEqual(['comments', 'comments', 'Comments', 'post-comments', 'comments']);
    }
    for (const name of ['seed-wordpress.html', 'generic-neg-widget.html', 'generic-fr-nested.html', 'no-comments.html']) expectIndexAsWalk(fixture(name));
  });

  it.skipIf(pages.length === 0).each(pages)('reads the same areas from the page index as by walking: real page %s', (id) => {
    expectIndexAsWalk(loadCorpusPage(id));
  });

  it('lists the named elements of a prefix walk once it has walked the rest', () => {
    const doc = new JSDOM('<!doctype html><body><p>a</p><p>b</p><div id="comments"><ul class="widget"></ul></div></body>').window.document;
    const idx = buildPageIndex(doc, { prefix: 4 });
    expect(idx.named).toEqual([]);
    idx.finish();
    expect(idx.named.map((e) => e.id || e.className)).toEqual(['comments', 'widget']);
  });
});
