import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { firstLook } from './first-look';
import type { CommentRecord, Extraction } from './types';

const comment = (id: string, parentId: string | null, depth: number): CommentRecord => ({
  id, parentId, author: `a${id}`, authorUrl: null, time: null, text: `Texte du commentaire ${id}.`,
  paragraphs: [`Texte du commentaire ${id}.`], links: [], permalink: null, depth, kind: 'comment', anchor: null,
});
const reading = (comments: CommentRecord[]): Extraction => ({
  url: 'https://example.org/a', title: 'A', lang: 'fr', platform: 'wordpress', confidence: 0.9,
  article: { title: 'A', byline: null, published: null, lang: 'fr', text: '', site: null },
  announcedCount: null, closed: false, comments, pagination: { paginated: false, loadMore: false, framed: null }, notes: [],
});

describe('firstLook', () => {
  it('keeps the first comments in page order and the figures of the whole reading', () => {
    const all = [comment('1', null, 0), comment('2', '1', 1), comment('3', '2', 2), comment('4', null, 0), comment('5', '4', 1)];
    const a = analyze(reading(all), { summary: false });
    const first = firstLook(a, 3);
    expect(first.comments.map((c) => c.id)).toEqual(['1', '2', '3']);
    expect(first.stats).toEqual(a.stats);
    expect(first.stats.shown).toBe(5);
  });

  it('makes a reply whose parent is left out a top-level comment, never a dangling one', () => {
    const outOfOrder = [comment('1', null, 0), comment('2', '9', 1), comment('3', null, 0), comment('9', null, 0)];
    const first = firstLook(analyze(reading(outOfOrder), { summary: false }), 3);
    expect(first.comments.find((c) => c.id === '2')).toMatchObject({ parentId: null, depth: 0 });
  });

  it('returns a small reading as it is', () => {
    const a = analyze(reading([comment('1', null, 0)]), { summary: false });
    expect(firstLook(a, 3)).toBe(a);
  });
});
