import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { extractPage } from '../index';
import { corpusPages, expectGold, loadCorpusPage } from './corpus-gold';
import { drupalAdapter } from './drupal';

const URL = 'https://www.example.org/node/42';
const load = (name: string) =>
  new JSDOM(readFileSync(path.resolve(__dirname, '../../../test/fixtures', name), 'utf8'), { url: URL, virtualConsole: new VirtualConsole() }).window.document;
const read = (name: string) => drupalAdapter.extract(load(name), { url: URL, deadline: Date.now() + 20_000, now: Date.now });

// id, parent, author, depth, start of text, time (UTC), author's site
const TREE: [string, string | null, string, number, string, string, string | null][] = [
  ['4101', null, 'Marie Dubois', 0, 'Merci pour cet article très clair', '2024-03-14T08:15:00Z', 'https://marie-dubois.example.fr/'],
  ['4102', '4101', 'Tom Baker', 1, 'Yes, it works behind Nginx', '2024-03-14T09:02:00Z', null],
  ['4105', '4102', 'Marie Dubois', 2, 'Parfait, merci beaucoup pour le lien', '2024-03-14T10:40:00Z', 'https://marie-dubois.example.fr/'],
  ['4103', '4101', 'Priya Raman', 1, 'Same question here', '2024-03-15T07:21:00Z', null],
  ['4104', null, 'Alice Moreau', 0, 'Great write-up. One thing I would add', '2024-03-15T13:47:00Z', null],
  ['4106', '4104', 'Bob Stevens', 1, 'Which CDN do you use?', '2024-03-16T06:05:00Z', 'https://bobstevens.example.com/'],
  ['4107', '4106', 'Alice Moreau', 2, 'Bunny, and the purge is quick too.', '2024-03-16T08:30:00Z', null],
  ['4108', null, 'Carlos Mendes', 0, 'Bookmarked. The part about ETags', '2024-03-17T17:12:00Z', null],
];

// drupal.html: Drupal 10 / Olivero (article[data-comment-user-id]); drupal7.html: Drupal 7 / Bartik (div.comment, RDFa).
describe.each(['drupal.html', 'drupal7.html'])('Drupal adapter on %s', (file) => {
  const got = read(file)?.comments ?? [];
  test('finds every comment, in order, and nothing from the form or the recent-comments block', () => {
    expect(got.map((c) => c.id)).toEqual(TREE.map((t) => t[0]));
    expect(got.some((c) => /Votre nom|Your name|il y a 2 jours|Enregistrer/.test(c.text))).toBe(false);
  });
  test.each(TREE)('comment %s (parent %s, by %s)', (id, parent, author, depth, text, time, site) => {
    const c = got.find((x) => x.id === id);
    expect(c).toMatchObject({ parentId: parent, author, depth, authorUrl: site, kind: 'comment', anchor: `#comment-${id}` });
    expect(c?.text.startsWith(text)).toBe(true);
    // Titles ("Merci pour cet article très c…") and reply links are not the comment's text.
    expect(c?.text).not.toMatch(/…|Répondre|^reply$|Aufklappen/m);
    expect(Date.parse(c?.time ?? '')).toBe(Date.parse(time));
    expect(c?.permalink).toBe(`https://www.example.org/comment/${id}#comment-${id}`);
  });
  test('reads a comment of two paragraphs with its link', () => {
    expect(got[0]).toMatchObject({ paragraphs: [expect.stringMatching(/^Merci/), expect.stringMatching(/^Une question/)], links: ['https://nginx.org/'] });
  });
  test('is the platform extractPage reports', () => expect(extractPage(load(file), { url: URL }).platform).toBe('drupal'));
});

test('Drupal 10: the count printed beside the comments title', () => expect(read('drupal.html')?.announcedCount).toBe(8));

// Real pages: Drupal 7 (hpd.de, replies in div.indented), Drupal 6 (dalloz-actualite.fr).
const pages = corpusPages('drupal-');
const others = corpusPages('wp-', 'blogger-', 'habr-', 'none-', 'livejournal-', 'hn-');
describe.skipIf(!pages.length)('Drupal adapter on real Drupal pages', () => {
  test.each(pages)('%s matches the gold', (id) => expectGold(drupalAdapter, id));
  test.each(others)('%s is not Drupal', (id) => expect(drupalAdapter.detect(loadCorpusPage(id))).toBe(0));
});
