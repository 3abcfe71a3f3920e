import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { extractPage } from '../index';

const URL_ = 'https://www.reddit.com/r/france/comments/1bq7x2k/le_velocargo_en_ville/';
const html = readFileSync(path.resolve(__dirname, '../../../test/fixtures/reddit-shreddit.html'), 'utf8');
const read = () => extractPage(new JSDOM(html, { url: URL_ }).window.document, { url: URL_ });

describe('reddit adapter on the 2023+ shreddit markup', () => {
  const ex = read();
  const byId = new Map(ex.comments.map((c) => [c.id, c]));

  test('platform, count shown against count announced, the "more" controls noted', () => {
    expect(ex.platform).toBe('reddit');
    expect(ex.comments).toHaveLength(8);
    expect(ex.announcedCount).toBe(14);
    expect(ex.notes.join(' ')).toMatch(/load more/);
  });

  test.each([
    // id, parent, depth, author, time, start of text
    ['t1_kx01aaa', null, 0, 'marie_b', '2024-03-29T08:12:00.000Z', "Le vrai problème reste le stationnement : aucun arceau n'accepte un biporteur dans mon quartier.\n\nLa mairie"],
    ['t1_kx02bbb', 't1_kx01aaa', 1, 'cargo_lyon', '2024-03-29T09:01:00.000Z', 'Pareil. Je le range'],
    ['t1_kx03ccc', 't1_kx02bbb', 2, 'velotaf_42', '2024-03-29T10:30:00.000Z', 'Un syndic qui accepte'],
    ['t1_kx04ddd', 't1_kx03ccc', 3, '[deleted]', '2024-03-29T11:00:00.000Z', '[supprimé]'],
    ['t1_kx05eee', null, 0, 'tom_in_paris', '2024-03-29T12:45:00.000Z', 'How much did the cargo bike cost'],
    ['t1_kx06fff', 't1_kx05eee', 1, 'cargo_lyon', '2024-03-29T13:10:00.000Z', '3 200 € neuf'],
    ['t1_kx07ggg', null, 0, 'sam_v', '2024-03-29T15:20:00.000Z', 'Et en hiver ?'],
    ['t1_kx08hhh', 't1_kx07ggg', 1, 'marie_b', '2024-03-29T16:02:00.000Z', 'Une bâche'],
  ])('%s: parent %s, depth %i, by %s at %s', (id, parent, depth, author, time, start) => {
    const c = byId.get(id);
    expect(c).toBeDefined();
    expect([c?.parentId, c?.depth, c?.author, c?.time]).toEqual([parent, depth, author, time]);
    expect(c?.text.startsWith(start)).toBe(true);
    expect(c?.permalink).toBe(`https://www.reddit.com/r/france/comments/1bq7x2k/comment/${id.slice(3)}/`);
    expect(c?.anchor).toBe(`shreddit-comment[thingid="${id}"]`);
  });

  test("a comment's text is its own: no reply, byline, buttons or composer inside it", () => {
    for (const c of ex.comments) expect(c.text).not.toMatch(/Répondre|Reply|Partager|il y a 2 j|Commenter|réponses de plus|cargo_lyon OP/);
    expect(byId.get('t1_kx01aaa')?.text).not.toContain('Pareil');
    expect(byId.get('t1_kx06fff')?.links).toEqual(['https://www.example.org/aides-velo-cargo']);
    expect(byId.get('t1_kx01aaa')?.authorUrl).toBe('https://www.reddit.com/user/marie_b/');
    expect(byId.get('t1_kx04ddd')?.authorUrl).toBeNull();
  });

  test('the anchor finds the comment element again', () => {
    const doc = new JSDOM(html, { url: URL_ }).window.document;
    for (const c of ex.comments) expect(doc.querySelector(c.anchor ?? '#none')?.getAttribute('thingid')).toBe(c.id);
  });
});
