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

  it('keeps the whole discussion\'s key points, and the thread lines, questions and tone of the kept comments only', () => {
    const all = Array.from({ length: 30 }, (_, i) =>
      comment(String(i + 1), i % 3 === 0 ? null : String(i - (i % 3) + 1), i % 3 === 0 ? 0 : 1),
    ).map((c, i) => ({ ...c, text: `Pourquoi le gouvernement ne répond-il pas sur le budget ${i} ?`, paragraphs: [`Pourquoi le gouvernement ne répond-il pas sur le budget ${i} ?`] }));
    const a = analyze(reading(all), { summary: true });
    const first = firstLook(a, 9);
    const ids = new Set(first.comments.map((c) => c.id));
    expect(first.summary?.keyPoints).toEqual(a.summary?.keyPoints);
    expect(first.summary?.threads.map((t) => t.rootId)).toEqual(['1', '4', '7']);
    expect(a.summary?.questions.length).toBeGreaterThan(first.summary?.questions.length ?? 0);
    expect(first.summary?.questions.every((q) => ids.has(q.commentId))).toBe(true);
    expect(first.summary?.tone.perComment.every((t) => ids.has(t.commentId))).toBe(true);
  });

  it('returns a small reading as it is', () => {
    const a = analyze(reading([comment('1', null, 0)]), { summary: false });
    expect(firstLook(a, 3)).toBe(a);
  });
});
