import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractPage } from '../index';
import { attachDeclarativeShadowRoots } from '../shadow';
import { corpusPages, loadCorpusPage } from './corpus-gold';
import { openwebAdapter } from './openweb';

const URL_ = 'https://news.example.com/local/stadium-deal';
const fixture = readFileSync(path.resolve(__dirname, '../../../test/fixtures/openweb.html'), 'utf8');
const load = (html = fixture) => {
  const doc = new JSDOM(html, { url: URL_ }).window.document;
  attachDeclarativeShadowRoots(doc);
  return doc;
};
const read = (doc = load()) => openwebAdapter.extract(doc, { url: URL_, deadline: Date.now() + 10_000, now: Date.now });
const id = (s: string) => `sp_Zu7Bd9xL_ev2031_c_2Vb8Q${s}`;

describe('OpenWeb adapter on a conversation in an open shadow root', () => {
  const res = read();
  const comments = res?.comments ?? [];

  test.each([
    // id, parent, depth, author, time, start of text
    ['a', null, 0, 'RiverRat88', '2025-06-02T14:05:00Z', 'The new stadium deal hands the club the land for a dollar.'],
    ['b', 'a', 1, 'Kim Delaney', '2025-06-02T14:31:00Z', 'The bonds are backed by a ticket surcharge'],
    ['c', 'b', 2, 'RiverRat88', '2025-06-02T15:02:00Z', 'Section 4 also says the city covers any shortfall.'],
    ['d', 'c', 3, 'Omar Haddad', '2025-06-02T15:40:00Z', 'Two things the article skips:\n\nthe parking revenue stays with the club'],
    ['e', null, 0, 'Amélie Roy', '2025-06-02T16:10:00Z', 'À Québec, on a vu exactement le même montage'],
    ['f', 'e', 1, 'Greg Paulsen', '2025-06-02T16:44:00Z', 'Same story in Glendale.'],
    ['g', null, 0, 'Nadia K.', '2025-06-02T17:20:00Z', 'Has anyone seen the traffic study?'],
    ['h', 'g', 1, 'Kim Delaney', '2025-06-02T17:35:00Z', "It's attached to the May 28 agenda, item 12."],
    ['i', null, 0, 'Beth Summers', '2025-06-02T18:50:00Z', 'I used to live two blocks from the old stadium.'],
  ])('comment %s: parent %s, depth %i, by %s at %s', (n, parent, depth, author, time, start) => {
    const c = comments.find((x) => x.id === id(n));
    expect(c).toBeDefined();
    expect(c?.parentId).toBe(parent === null ? null : id(parent));
    expect(c?.depth).toBe(depth);
    expect(c?.author).toBe(author);
    expect(c?.time).toBe(time);
    expect(c?.text.startsWith(start)).toBe(true);
    expect(c?.kind).toBe('comment');
    // OpenWeb's markup holds no permalink and no element id to anchor on.
    expect(c?.permalink).toBeNull();
    expect(c?.anchor).toBeNull();
  });

  it('reads every comment once in page order, the list inside a comment being no comments', () => {
    expect(comments.map((c) => c.id)).toEqual('abcdefghi'.split('').map(id));
    expect(comments[3].paragraphs).toEqual(['Two things the article skips:', 'the parking revenue stays with the club', 'the naming rights too', 'Details in the council agenda.']);
    expect(comments[3].links).toEqual(['https://city.example.gov/agenda/2025-05-28.pdf']);
    expect(comments[4].timeText).toBe('3h');
  });

  it('takes nothing from the comment box, the buttons or "See more"', () => {
    const all = comments.map((c) => `${c.author} ${c.text}`).join('\n');
    for (const s of ['What do you think', 'Post', 'Show More Comments', 'Show 2 more replies', 'See more', 'Reply', 'Share']) {
      expect(all).not.toContain(s);
    }
  });

  it('gives the count OpenWeb shows and says what is not loaded', () => {
    expect(res?.announcedCount).toBe(14);
    expect(res?.notes?.join(' ')).toMatch(/Show more comments/);
    expect(res?.notes?.join(' ')).toMatch(/Show more replies/);
  });

  it.each([false, true])('extractPage picks OpenWeb (scan index %s) and reports no unreadable frame', (scanSelectors) => {
    const ex = extractPage(load(), { url: URL_, scanSelectors });
    expect(ex.platform).toBe('openweb');
    expect(ex.comments.length).toBe(9);
    expect(ex.announcedCount).toBe(14);
    expect(ex.pagination.framed).toBeNull();
  });
});

describe('OpenWeb conversation that cannot be read', () => {
  it.each([
    ['in a closed shadow root', fixture.replace(/<template shadowrootmode="open">\n/, '<template shadowrootmode="closed">\n')],
    ['not loaded (launcher and empty container only)', fixture.replace(/<template shadowrootmode="open">\n[\s\S]*<\/template>/, '')],
  ])('%s: no comments, and the popup is told the thread could not be read', (_, html) => {
    const doc = load(html);
    expect(openwebAdapter.detect(doc)).toBe(0);
    expect(read(doc)).toBeNull();
    const ex = extractPage(doc, { url: URL_, scanSelectors: true });
    expect(ex.comments).toEqual([]);
    expect(ex.pagination.framed).toBe('openweb');
  });
});

const others = corpusPages('none-', 'hn-', 'reddit-', 'blogger-');
describe.skipIf(!others.length)('OpenWeb adapter on pages of other systems', () => {
  it.each(others)('%s is not OpenWeb', (pageId) => expect(openwebAdapter.detect(loadCorpusPage(pageId))).toBe(0));
});
