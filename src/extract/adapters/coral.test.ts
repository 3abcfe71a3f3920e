import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractPage } from '../index';
import { attachDeclarativeShadowRoots } from '../shadow';
import { corpusPages, loadCorpusPage } from './corpus-gold';
import { coralAdapter } from './coral';

const URL_ = 'https://news.example.org/2024/03/bus-cuts/';
const fixture = readFileSync(path.resolve(__dirname, '../../../test/fixtures/coral.html'), 'utf8');
const load = (html = fixture) => {
  const doc = new JSDOM(html, { url: URL_ }).window.document;
  attachDeclarativeShadowRoots(doc);
  return doc;
};
const read = (doc = load()) => coralAdapter.extract(doc, { url: URL_, deadline: Date.now() + 10_000, now: Date.now });
const id = (n: number) => `c1a0e3f2-1111-4a1b-9c00-00000000000${n}`;

describe('Coral adapter on a thread in an open shadow root', () => {
  const res = read();
  const comments = res?.comments ?? [];

  test.each([
    // n, parent, depth, author, time, start of text
    [1, null, 0, 'Margaret Okafor', '2024-03-11T09:14:00.000Z', "The council's figures"],
    [2, 1, 1, 'Dev Raman', '2024-03-11T09:40:00.000Z', 'Ridership rose on two routes only.'],
    [3, 2, 2, 'Margaret Okafor', '2024-03-11T10:02:00.000Z', 'Fair point about page 31'],
    [4, 3, 3, 'Lena Fischer', '2024-03-11T10:30:00.000Z', 'Exactly: weight the routes by riders and the picture flips.\nNobody'],
    [5, null, 0, 'Chloé Martin', '2024-03-11T10:45:00.000Z', 'À Lyon, la même réforme a doublé les temps de trajet'],
    [6, 5, 1, 'Tom Becker', '2024-03-11T11:05:00.000Z', 'Do you have a link for the Lyon numbers?'],
    [7, null, 0, 'Priya Nair', '2024-03-11T11:20:00.000Z', 'Cycling lanes got no mention'],
    [8, 7, 1, 'Sam Whitfield', '2024-03-11T11:48:00.000Z', "They're in the annex."],
    [9, null, 0, 'Jorge Alvarez', '2024-03-11T12:10:00.000Z', 'Good reporting.'],
  ])('comment %i: parent %s, depth %i, by %s at %s', (n, parent, depth, author, time, start) => {
    const c = comments[n - 1];
    expect(c.id).toBe(id(n));
    expect(c.parentId).toBe(parent === null ? null : id(parent));
    expect(c.depth).toBe(depth);
    expect(c.author).toBe(author);
    expect(c.time).toBe(time);
    expect(c.text.startsWith(start)).toBe(true);
    expect(c.kind).toBe('comment');
    expect(c.permalink).toBe(`${URL_}?commentID=${id(n)}`);
    expect(c.anchor).toBe(`#comment-${id(n)}`);
  });

  it('reads every comment once, paragraphs and links included', () => {
    expect(comments.length).toBe(9);
    expect(new Set(comments.map((c) => c.id)).size).toBe(9);
    expect(comments[0].paragraphs.length).toBe(2);
    expect(comments[0].links).toEqual(['https://transport.example.org/report-2023']);
    expect(comments[4].paragraphs[1]).toBe('Espérons qu’on n’attende pas aussi longtemps ici.');
  });

  it('takes nothing from the comment box, the buttons or the "In reply to" labels', () => {
    const all = comments.map((c) => `${c.author} ${c.text}`).join('\n');
    for (const s of ['Post a comment', 'join the discussion', 'Load More', 'Show all', 'In reply to', 'Respect', 'Reply', 'Share', 'Report', 'Submit']) {
      expect(all).not.toContain(s);
    }
  });

  it('gives the count Coral shows and says what is not loaded', () => {
    expect(res?.announcedCount).toBe(12);
    expect(res?.notes?.join(' ')).toMatch(/Load more/);
    expect(res?.notes?.join(' ')).toMatch(/Show all replies/);
  });

  it.each([false, true])('extractPage picks Coral (scan index %s) and reports no unreadable frame', (scanSelectors) => {
    const ex = extractPage(load(), { url: URL_, scanSelectors });
    expect(ex.platform).toBe('coral');
    expect(ex.comments.length).toBe(9);
    expect(ex.announcedCount).toBe(12);
    expect(ex.comments[0].links).toEqual(['https://transport.example.org/report-2023']);
    expect(ex.pagination.framed).toBeNull();
  });
});

describe('Coral thread that cannot be read', () => {
  it.each([
    ['in a closed shadow root', fixture.replace(/<template shadowrootmode="open">\n/, '<template shadowrootmode="closed">\n')],
    ['not loaded (host only)', fixture.replace(/<template shadowrootmode="open">\n[\s\S]*<\/template>/, '<button>Show Comments</button>')],
  ])('%s: no comments, and the popup is told the thread could not be read', (_, html) => {
    const doc = load(html);
    expect(coralAdapter.detect(doc)).toBe(0);
    expect(read(doc)).toBeNull();
    const ex = extractPage(doc, { url: URL_, scanSelectors: true });
    expect(ex.comments).toEqual([]);
    expect(ex.pagination.framed).toBe('coral');
  });
});

const unloaded = corpusPages('none-latimes-unloaded');
describe.skipIf(!unloaded.length)('Coral on a saved page whose thread was never loaded', () => {
  it.each(unloaded)('%s: no comments, host reported unreadable', (pageId) => {
    const doc = loadCorpusPage(pageId);
    attachDeclarativeShadowRoots(doc);
    expect(coralAdapter.detect(doc)).toBe(0);
    const ex = extractPage(doc, { url: 'https://example.org/post/', scanSelectors: true });
    expect(ex.comments.length).toBe(0);
    expect(ex.pagination.framed).toBe('coral');
  });
});

const others = corpusPages('none-', 'hn-', 'reddit-', 'blogger-');
describe.skipIf(!others.length)('Coral adapter on pages of other systems', () => {
  it.each(others)('%s is not Coral', (pageId) => expect(coralAdapter.detect(loadCorpusPage(pageId))).toBe(0));
});
