import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { extractPage } from '../index';
import { corpusPages, loadCorpusPage } from './corpus-gold';
import { commentoAdapter } from './commento';

// No Commento page is in the shared corpus: the fixture is written from Commento's frontend script.
const URL = 'https://blog.example.org/browser-cache-headers/';
const parse = (html: string) => new JSDOM(html, { url: URL, virtualConsole: new VirtualConsole() }).window.document;
const fixture = () => parse(readFileSync(path.resolve(__dirname, '../../../test/fixtures/commento.html'), 'utf8'));
const read = (doc: Document) => commentoAdapter.extract(doc, { url: URL, deadline: Date.now() + 20_000, now: Date.now });

// Start of the 64-hex id, start of the parent's, author, depth, start of text, time, author's site
const TREE: [string, string | null, string, number, string, string, string | null][] = [
  ['354948ef', null, 'Marie Dubois', 0, 'Merci pour cet article très clair', '2024-03-14T09:15:00.000Z', 'https://marie-dubois.example.fr/'],
  ['d5c4f67a', '354948ef', 'Tom Baker', 1, 'Yes, it works behind Nginx', '2024-03-14T10:02:00.000Z', null],
  ['550b1827', 'd5c4f67a', 'Marie Dubois', 2, 'Parfait, merci beaucoup pour le lien', '2024-03-14T11:40:00.000Z', 'https://marie-dubois.example.fr/'],
  ['0f9c6877', '354948ef', 'Priya Raman', 1, 'Same question here', '2024-03-15T08:21:00.000Z', null],
  ['081c6822', null, 'Alice Moreau', 0, 'Great write-up. One thing I would add', '2024-03-15T14:47:00.000Z', null],
  ['a80fa91d', '081c6822', 'Bob Stevens', 1, 'Which CDN do you use?', '2024-03-16T07:05:00.000Z', 'https://bobstevens.example.com/'],
  ['fbdf4ba3', 'a80fa91d', 'Alice Moreau', 2, 'Bunny, and the purge is quick too.', '2024-03-16T09:30:00.000Z', null],
  ['50202bdf', null, 'Carlos Mendes', 0, 'Bookmarked. The part about ETags', '2024-03-17T18:12:00.000Z', null],
];

describe('Commento adapter on the fixture', () => {
  const got = read(fixture())?.comments ?? [];
  test('finds every card and nothing from the comment box, the count link or the footer', () => {
    expect(got.map((c) => c.id.slice(0, 8))).toEqual(TREE.map((t) => t[0]));
    expect(got.every((c) => c.id.length === 64)).toBe(true);
    expect(got.some((c) => /Add a comment|8 comments|Commento|Want to add/.test(c.text))).toBe(false);
  });
  test.each(TREE)('comment %s (parent %s, by %s)', (hex, parent, author, depth, text, time, site) => {
    const c = got.find((x) => x.id.startsWith(hex));
    expect(c).toMatchObject({ author, depth, time, authorUrl: site, kind: 'comment', timeText: expect.stringMatching(/days ago$/) });
    expect(c?.parentId?.slice(0, 8) ?? null).toBe(parent);
    expect(c?.text.startsWith(text)).toBe(true);
    expect(c?.permalink).toBe(`${URL}#commento-${c?.id}`);
    expect(c?.anchor).toBe(`#commento-comment-card-${c?.id}`);
  });
  test('keeps paragraphs and links', () => expect(got[0]).toMatchObject({ paragraphs: [expect.any(String), expect.any(String)], links: ['https://nginx.org/'] }));
  test('is the platform extractPage reports', () => expect(extractPage(fixture(), { url: URL }).platform).toBe('commento'));
});

// Commento before the text element (2018: the html straight in the body, children beside it); a deleted comment; a locked thread.
test('older cards, deleted comments and the locked notice', () => {
  const card = (hex: string, name: string, body: string, kids = '') =>
    `<div id="commento-comment-card-${hex}" class="commento-card"><div class="commento-header"><div id="commento-comment-name-${hex}" class="commento-name">${name}</div>` +
    `<div class="commento-subtitle"><div id="commento-comment-timeago-${hex}" class="commento-timeago">3 hours ago</div></div></div>` +
    `<div id="commento-comment-contents-${hex}"><div id="commento-comment-body-${hex}" class="commento-body">${body}</div>${kids}</div></div>`;
  const kids = `<div id="commento-comment-children-aa" class="commento-body"><div>${card('bb', 'Jeanne', '<p>Tout à fait d’accord avec vous.</p>')}</div></div>`;
  const doc = parse(`<div id="commento"><div class="commento-main-area"><div class="commento-moderation-notice">This thread is locked. You cannot add new comments.</div>` +
    `<div id="commento-comments-area" class="commento-comments"><div>${card('aa', '[deleted]', '[deleted]', kids)}</div></div></div></div>`);
  const res = read(doc);
  expect(res?.comments.map((c) => [c.id, c.parentId, c.author, c.text, c.time])).toEqual([
    ['aa', null, '', '', null],
    ['bb', 'aa', 'Jeanne', 'Tout à fait d’accord avec vous.', null],
  ]);
  expect(res?.closed).toBe(true);
});

const others = corpusPages('wp-', 'blogger-', 'drupal-', 'habr-', 'none-', 'livejournal-');
describe.skipIf(!others.length)('Commento adapter on corpus pages without Commento', () => {
  test.each(others)('%s is not Commento', (id) => expect(commentoAdapter.detect(loadCorpusPage(id))).toBe(0));
});
