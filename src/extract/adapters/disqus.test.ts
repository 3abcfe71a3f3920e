import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { corpusPages, loadCorpusPage, textF1 } from './corpus-gold';
import { disqusAdapter } from './disqus';

const fixture = (name: string, url = 'https://disqus.com/embed/comments/?base=default&f=examplenews') =>
  new JSDOM(readFileSync(path.resolve(__dirname, '../../../test/fixtures', name), 'utf8'), { url, virtualConsole: new VirtualConsole() }).window.document;
const ctx = { url: 'https://disqus.com/embed/comments/', deadline: Date.now() + 20_000, now: Date.now };

describe('disqus adapter inside the embed frame (test/fixtures/disqus-embed.html)', () => {
  const doc = fixture('disqus-embed.html');
  const res = disqusAdapter.extract(doc, ctx);
  const byId = new Map(res?.comments.map((c) => [c.id, c]));

  test('detects the frame document', () => expect(disqusAdapter.detect(doc)).toBeGreaterThan(0.9));
  test('reads every shown comment, the deleted one kept only as a parent', () =>
    expect(res?.comments.map((c) => c.id)).toEqual(['post-5001', 'post-5002', 'post-5003', 'post-5004', 'post-5005', 'post-5006', 'post-5007', 'post-5008', 'post-5009']));
  test('announced count from the tab', () => expect(res?.announcedCount).toBe(10));
  test.each([
    // id, author, parent, depth, start of text
    ['post-5001', 'Helen Marsh', null, 0, 'The budget leaves the library hours'],
    ['post-5002', 'Dan Quinn', 'post-5001', 1, 'Untouched for now.'],
    ['post-5003', 'Helen Marsh', 'post-5002', 2, 'Good to know, thanks.\nI will go'],
    ['post-5004', 'Guest', 'post-5001', 1, 'The evening hours were already cut'],
    ['post-5005', 'Claire Dubois', null, 0, 'Dans notre commune, la bibliothèque'],
    ['post-5006', 'R. Keller', 'post-5005', 1, 'Where would one sign'],
    ['post-5007', '', null, 0, ''],
    ['post-5008', 'Mo Ahmed', 'post-5007', 1, 'Whatever was said above'],
    ['post-5009', 'Tove Larsen', null, 0, 'Is there a breakdown'],
  ])('%s: %s, parent %s, depth %i', (id, author, parent, depth, text) => {
    const c = byId.get(id);
    expect(c?.author).toBe(author);
    expect(c?.parentId).toBe(parent);
    expect(c?.depth).toBe(depth);
    expect(c?.text.startsWith(text)).toBe(true);
    expect(c?.kind).toBe('comment');
    expect(c?.anchor).toBe(`#${id}`);
  });
  test('author link, date from the title, permalink, links of the message', () => {
    const c = byId.get('post-5001');
    expect(c?.authorUrl).toBe('https://disqus.com/by/helenmarsh/');
    expect(c?.time).toBe('2020-03-03T10:45:00');
    expect(c?.timeText).toBe('6 years ago');
    expect(c?.permalink).toBe('https://www.example-news.com/2020/03/city-budget/#comment-5001');
    expect(c?.paragraphs).toHaveLength(2);
    expect(c?.links[0]).toMatch(/^https:\/\/disq\.us\/url\?url=/);
    expect(byId.get('post-5004')?.authorUrl).toBeNull();
  });
  test('the form, the reply-to name and "Load more comments" are no comment text', () => {
    const all = res?.comments.map((c) => c.text).join('\n') ?? '';
    expect(all).not.toMatch(/Join the discussion|Load more comments|in reply to|Reply|Share/);
  });
  test('the same thread saved into a page\'s #disqus_thread', () => {
    const frame = fixture('disqus-embed.html');
    const page = new JSDOM('<!doctype html><main><article><p>Budget story</p></article><div id="disqus_thread"></div></main>', { url: 'https://www.example-news.com/2020/03/city-budget/' }).window.document;
    page.getElementById('disqus_thread')?.append(page.importNode(frame.getElementById('post-list') as Element, true));
    expect(disqusAdapter.detect(page)).toBeGreaterThan(0.9);
    expect(disqusAdapter.extract(page, ctx)?.comments).toHaveLength(9);
  });
});

// The corpus holds Disqus threads only as the WordPress plugin's copy (#dsq-comments), with whole-text gold.
const legacy = corpusPages('dragnet-').filter((id) => /id="dsq-comments"/.test(readFileSync(path.join(path.resolve(__dirname, '../../..', '../shared/corpus'), `${id}.html`), 'utf8')));
const others = corpusPages('none-', 'hn-', 'reddit-', 'so-');

describe.skipIf(!legacy.length)('disqus adapter on real pages holding the plugin\'s copy of the thread', () => {
  test.each(legacy)('%s: text F1 against the gold >= 0.9', (id) => {
    expect(disqusAdapter.detect(loadCorpusPage(id))).toBeGreaterThan(0.5);
    expect(textF1(disqusAdapter, id)).toBeGreaterThanOrEqual(0.9);
  });
  test('replies of the malformed plugin markup hang from the comment before their list (dragnet-T165)', () => {
    const doc = loadCorpusPage('dragnet-T165');
    const got = disqusAdapter.extract(doc, ctx)?.comments ?? [];
    expect(got.slice(0, 4).map((c) => [c.author, c.parentId, c.depth])).toEqual([
      ['h4rm0ny', null, 0],
      ['Joel Hruska', 'dsq-comment-103585', 1],
      ['h4rm0ny', 'dsq-comment-103603', 2],
      ['Jan-Willem Wisgerhof', null, 0],
    ]);
  });
  test('the name, not the site printed before it, is the author (dragnet-R371)', () => {
    const first = disqusAdapter.extract(loadCorpusPage('dragnet-R371'), ctx)?.comments[0];
    expect([first?.author, first?.authorUrl]).toEqual(['Web Outsourcing Gateway', 'http://www.weboutsourcing-gateway.com/']);
  });
  test.each(others)('%s is not Disqus', (id) => expect(disqusAdapter.detect(loadCorpusPage(id))).toBe(0));
});
