import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { extractPage } from '../index';
import { corpusPages, expectGold, loadCorpusPage } from './corpus-gold';
import { habrAdapter } from './habr';

const URL = 'https://habr.com/en/articles/805123/';
const doc = () =>
  new JSDOM(readFileSync(path.resolve(__dirname, '../../../test/fixtures/habr.html'), 'utf8'), { url: URL, virtualConsole: new VirtualConsole() }).window.document;

// The current "tm-" markup (fixture). id, parent, author, depth, start of text, time (UTC)
const TREE: [string, string | null, string, number, string, string | null][] = [
  ['4101', null, 'marie_dubois', 0, 'Merci pour cet article très clair', '2024-03-14T09:15:00.000Z'],
  ['4102', '4101', 'tom_baker', 1, 'Yes, it works behind Nginx', '2024-03-14T10:02:00.000Z'],
  ['4105', '4102', 'marie_dubois', 2, 'Parfait, merci beaucoup pour le lien', '2024-03-14T11:40:00.000Z'],
  ['4103', '4101', 'priya_raman', 1, 'Same question here', '2024-03-15T08:21:00.000Z'],
  ['4104', null, 'alice_moreau', 0, 'Great write-up. One thing I would add', '2024-03-15T14:47:00.000Z'],
  ['4106', '4104', 'bob_stevens', 1, 'Which CDN do you use?', '2024-03-16T07:05:00.000Z'],
  ['4107', '4106', 'alice_moreau', 2, 'Bunny, and the purge is quick too.', '2024-03-16T09:30:00.000Z'],
  ['4108', null, 'carlos_mendes', 0, 'Bookmarked. The part about ETags', '2024-03-17T18:12:00.000Z'],
  // A removed comment ("UFO just landed…") keeps its place so that its reply keeps its parent.
  ['4110', null, '', 0, '', null],
  ['4111', '4110', 'carlos_mendes', 1, 'What was removed here?', '2024-03-18T11:20:00.000Z'],
];

describe('Habr adapter on the current tm- markup (fixture)', () => {
  const res = habrAdapter.extract(doc(), { url: URL, deadline: Date.now() + 20_000, now: Date.now });
  const got = res?.comments ?? [];
  test('finds the whole tree, not the count link, the UFO notice or the form', () => {
    expect(got.map((c) => c.id)).toEqual(TREE.map((t) => t[0]));
    expect(got.some((c) => /Comments 10|UFO|Write a comment|Reply/.test(c.text))).toBe(false);
    expect(res?.announcedCount).toBe(10);
  });
  test.each(TREE)('comment %s (parent %s, by %s)', (id, parent, author, depth, text, time) => {
    const c = got.find((x) => x.id === id);
    expect(c).toMatchObject({ parentId: parent, author, depth, time, kind: 'comment', anchor: `[name="comment_${id}"]` });
    expect(c?.text.startsWith(text)).toBe(true);
    expect(c?.authorUrl).toBe(author ? `https://habr.com/en/users/${author}/` : null);
    expect(c?.permalink).toBe(`${URL}#comment_${id}`);
  });
  test('keeps paragraphs and links', () => expect(got[0]).toMatchObject({ paragraphs: [expect.any(String), expect.any(String)], links: ['https://nginx.org/'] }));
  test('is the platform extractPage reports', () => expect(extractPage(doc(), { url: URL }).platform).toBe('habr'));
});

// The 2018 markup (ul.content-list_comments) on a real saved habrahabr.ru page.
const pages = corpusPages('habr-');
const others = corpusPages('wp-', 'blogger-', 'drupal-', 'none-', 'livejournal-', 'd3ru-', 'osnova-');
describe.skipIf(!pages.length)('Habr adapter on real pages', () => {
  test.each(pages)('%s matches the gold', (id) => expectGold(habrAdapter, id));
  test('reads the Russian dates of the 2018 markup', () => {
    const c = habrAdapter.extract(loadCorpusPage(pages[0]), { url: URL, deadline: Date.now() + 20_000, now: Date.now })?.comments[0];
    expect(c).toMatchObject({ time: expect.stringMatching(/^20\d\d-\d\d-\d\dT\d\d:\d\d:00$/), authorUrl: expect.stringMatching(/\/users\//) });
  });
  test.each(others)('%s is not Habr', (id) => expect(habrAdapter.detect(loadCorpusPage(id))).toBe(0));
});
