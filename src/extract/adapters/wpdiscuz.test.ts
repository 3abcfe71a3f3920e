import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { extractPage } from '../index';
import { corpusPages, loadCorpusPage } from './corpus-gold';
import { wordpressAdapter } from './wordpress';
import { wpdiscuzAdapter } from './wpdiscuz';

// No saved wpDiscuz page is in the shared corpus: the fixtures are written from the plugin's templates.
const URL = 'https://blog.example.org/2024/03/browser-cache-headers/';
const load = (name: string) =>
  new JSDOM(readFileSync(path.resolve(__dirname, '../../../test/fixtures', name), 'utf8'), { url: URL, virtualConsole: new VirtualConsole() }).window.document;
const read = (name: string) => wpdiscuzAdapter.extract(load(name), { url: URL, deadline: Date.now() + 20_000, now: Date.now });

// id, parent, author, depth, start of text, ISO time, author's site, kind
const TREE: [string, string | null, string, number, string, string, string | null, string][] = [
  ['4101', null, 'Marie Dubois', 0, 'Merci pour cet article très clair', '2024-03-14T09:15:00', 'https://marie-dubois.example.fr/', 'comment'],
  ['4102', '4101', 'Tom Baker', 1, 'Yes, it works behind Nginx', '2024-03-14T10:02:00', null, 'comment'],
  ['4105', '4102', 'Marie Dubois', 2, 'Parfait, merci beaucoup pour le lien', '2024-03-14T11:40:00', 'https://marie-dubois.example.fr/', 'comment'],
  ['4103', '4101', 'Priya Raman', 1, 'Same question here', '2024-03-15T08:21:00', null, 'comment'],
  ['4104', null, 'Alice Moreau', 0, 'Great write-up. One thing I would add', '2024-03-15T14:47:00', null, 'comment'],
  ['4106', '4104', 'Bob Stevens', 1, 'Which CDN do you use?', '2024-03-16T07:05:00', 'https://bobstevens.example.com/', 'comment'],
  ['4107', '4106', 'Alice Moreau', 2, 'Bunny, and the purge is quick too.', '2024-03-16T09:30:00', null, 'comment'],
  ['4108', null, 'Carlos Mendes', 0, 'Bookmarked. The part about ETags', '2024-03-17T18:12:00', null, 'comment'],
  ['4109', null, 'Web Performance Weekly', 0, '[…] a clear explanation', '2024-03-18T08:00:00', 'https://perfweekly.example.net/issue-112/', 'pingback'],
];

describe.each(['wpdiscuz.html', 'wpdiscuz-legacy.html'])('wpDiscuz adapter on %s', (file) => {
  const res = read(file);
  const got = res?.comments ?? [];
  test('finds every comment and nothing from the form or the widget', () => {
    expect(got.map((c) => c.id)).toEqual(TREE.map((t) => t[0]));
    expect(got.some((c) => /Join the discussion|Post Comment|Recent Comments/.test(c.text))).toBe(false);
  });
  test.each(TREE)('comment %s (parent %s, by %s)', (id, parent, author, depth, text, time, site, kind) => {
    const c = got.find((x) => x.id === id);
    expect(c).toMatchObject({ parentId: parent, author, depth, time, authorUrl: site, kind, anchor: expect.stringMatching(/^#w(pd|c)-comm-/) });
    expect(c?.text.startsWith(text)).toBe(true);
    expect(c?.permalink).toBe(`${URL}#comment-${id}`);
  });
  test('keeps the links and paragraphs of a comment', () => {
    const first = got[0];
    expect(first.paragraphs).toHaveLength(2);
    expect(first.links).toEqual(['https://nginx.org/']);
  });
  test('wins over the WordPress adapter, which also sees comment/depth-N classes', () => {
    const doc = load(file);
    expect(wpdiscuzAdapter.detect(doc)).toBeGreaterThan(wordpressAdapter.detect(doc));
    expect(extractPage(doc, { url: URL }).platform).toBe('wpdiscuz');
  });
});

test('wpDiscuz 7: the count comes from the thread head, the thread is open', () => {
  expect(read('wpdiscuz.html')).toMatchObject({ announcedCount: 9, closed: undefined });
});

const others = corpusPages('wp-', 'blogger-', 'drupal-', 'habr-', 'none-', 'livejournal-');
describe.skipIf(!others.length)('wpDiscuz adapter on corpus pages without wpDiscuz', () => {
  test.each(others)('%s is not wpDiscuz', (id) => expect(wpdiscuzAdapter.detect(loadCorpusPage(id))).toBe(0));
});
