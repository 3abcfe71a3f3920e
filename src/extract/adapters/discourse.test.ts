import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { corpusPages, loadCorpusPage } from './corpus-gold';
import { discourseAdapter } from './discourse';

const fixture = (name: string, url: string) =>
  new JSDOM(readFileSync(path.resolve(__dirname, '../../../test/fixtures', name), 'utf8'), { url, virtualConsole: new VirtualConsole() }).window.document;
const read = (name: string, url: string) => {
  const doc = fixture(name, url);
  return { doc, res: discourseAdapter.extract(doc, { url, deadline: Date.now() + 20_000, now: Date.now }) };
};

describe('discourse adapter, crawler view (test/fixtures/discourse-crawler.html)', () => {
  const url = 'https://forum.example.org/t/backup-settings-for-a-small-instance/8812';
  const { doc, res } = read('discourse-crawler.html', url);
  const got = res?.comments ?? [];
  test('detects the topic', () => expect(discourseAdapter.detect(doc)).toBeGreaterThan(0.9));
  test('posts 2-9, not the topic nor the pagination', () => expect(got.map((c) => c.id)).toEqual(['post_2', 'post_3', 'post_4', 'post_5', 'post_6', 'post_7', 'post_8', 'post_9']));
  test.each([
    ['post_2', 'sam', '2024-05-02T08:40:51Z', 'Daily backups with uploads included'],
    ['post_4', 'pfaure', '2024-05-02T09:31:40Z', 'Chez nous les fichiers joints font 80 %'],
    ['post_5', 'sam', '2024-05-02T10:05:02Z', 'pfaure:\n\nOn garde les envois à part'],
    ['post_9', 'tomv', '2024-05-04T16:45:00Z', 'One more vote for off-site copies.\n\nWe lost a disk'],
  ])('%s: %s at %s', (id, author, time, text) => {
    const c = got.find((x) => x.id === id);
    expect([c?.author, c?.time, c?.parentId, c?.depth, c?.kind]).toEqual([author, time, null, 0, 'comment']);
    expect(c?.text.startsWith(text)).toBe(true);
    expect(c?.authorUrl).toBe(`https://forum.example.org/u/${author}`);
    expect(c?.permalink).toBe(`${url}/${id.slice(5)}`);
    expect(c?.anchor).toBe(`#${id}`);
  });
  test('links of the post body', () => expect(got.find((c) => c.id === 'post_6')?.links).toEqual(['https://meta.discourse.org/t/restore-a-backup-from-the-command-line/108034']));
  test('the crawler view says nothing of a closed topic', () => expect(res?.closed).toBeUndefined());
});

describe('discourse adapter, Ember app (test/fixtures/discourse-app.html)', () => {
  const url = 'https://forum.example.org/t/which-language-for-functional-february/3291';
  const { doc, res } = read('discourse-app.html', url);
  const got = res?.comments ?? [];
  test('detects the topic', () => expect(discourseAdapter.detect(doc)).toBeGreaterThan(0.9));
  test('posts 2-9: not the topic, the time gap, the closed notice nor the embedded parent copies', () =>
    expect(got.map((c) => c.id)).toEqual(['post_2', 'post_3', 'post_4', 'post_5', 'post_6', 'post_7', 'post_8', 'post_9']));
  test.each([
    // id, author, parent, depth, start of text
    ['post_2', 'meatball', null, 0, 'I really liked Elixir.'],
    // The reply-to tab names a user only: no parent guessed.
    ['post_3', 'suyash-1234', null, 0, 'meatball:\n\nthe best official documentation'],
    // The tab opened: the post shown above is the parent.
    ['post_4', 'meatball', 'post_3', 1, 'You can, it is just syntax.'],
    ['post_5', 'agathe_r', null, 0, 'Pour ma part je conseillerais OCaml'],
    ['post_6', 'kbuild', null, 0, 'OCaml error messages got much better'],
    ['post_8', 'lea.m', 'post_7', 1, 'GHCup worked for me on Windows too.'],
  ])('%s: %s, parent %s', (id, author, parent, depth, text) => {
    const c = got.find((x) => x.id === id);
    expect([c?.author, c?.parentId, c?.depth]).toEqual([author, parent, depth]);
    expect(c?.text.startsWith(text)).toBe(true);
  });
  test('date from data-time, shown date from the title, permalink from the date link', () => {
    const c = got.find((x) => x.id === 'post_4');
    expect([c?.time, c?.timeText, c?.permalink]).toEqual(['2023-02-01T16:42:58.115Z', 'Feb 1, 2023 4:42 pm', `${url}/4`]);
  });
  test('the embedded parent copy is not part of the reply', () => expect(got.find((x) => x.id === 'post_4')?.text).not.toMatch(/Thanks, but I have no Ruby/));
  test('closed: the lock in the title and the closed notice', () => {
    expect(res?.closed).toBe(true);
    doc.querySelector('.topic-statuses')?.remove();
    expect(discourseAdapter.extract(doc, { url, deadline: Date.now() + 20_000, now: Date.now })?.closed).toBe(true);
    doc.querySelector('article.small-action')?.remove();
    expect(discourseAdapter.extract(doc, { url, deadline: Date.now() + 20_000, now: Date.now })?.closed).toBe(false);
  });
});

const others = corpusPages('none-', 'wp-', 'hn-', 'so-');
describe.skipIf(!others.length)('discourse adapter on real pages of other systems', () => {
  test.each(others)('%s is not Discourse', (id) => expect(discourseAdapter.detect(loadCorpusPage(id))).toBe(0));
});
