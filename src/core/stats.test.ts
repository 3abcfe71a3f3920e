import { describe, expect, it } from 'vitest';
import type { ArticleRecord, CommentRecord } from './types';
import { buildTree } from './tree';
import { computeStats } from './stats';

const article: ArticleRecord = { title: 'Syrie/Daesh', byline: 'Laurent', published: null, lang: 'fr', text: '', site: null };
const c = (id: string, parentId: string | null, author: string, extra: Partial<CommentRecord> = {}): CommentRecord => ({
  id, parentId, author, authorUrl: null, time: null, text: 'texte', paragraphs: ['texte'], links: [],
  permalink: null, depth: 0, kind: 'comment', ...extra,
});

describe('computeStats', () => {
  const comments = [
    c('1', null, 'nonmaisdisdonc', { time: '2015-12-21T18:05:00+01:00' }),
    c('2', '1', 'Lagaffe', { time: '2015-12-21T19:10:00+01:00', links: ['https://www.youtube.com/watch?v=x'] }),
    c('3', '2', 'Juju', { time: '2015-12-22T08:00:00+01:00' }),
    c('4', '1', 'lagaffe'),
    c('5', null, 'Laurent', { links: ['http://www.franceinfo.fr/a', 'https://youtube.com/b'] }),
    c('6', null, 'Autre blog', { kind: 'pingback' }),
  ];
  const s = computeStats(comments, buildTree(comments), { announced: 20, closed: true, article });

  it('counts readers\u2019 comments, not pingbacks', () => {
    expect(s.shown).toBe(5);
    expect(s.pingbacks).toBe(1);
    expect(s.announced).toBe(20);
    expect(s.closed).toBe(true);
  });
  it('measures threads and depth', () => {
    expect(s.threads).toBe(3);
    expect(s.maxDepth).toBe(3);
    expect(s.repliesPerComment['1']).toBe(2);
    expect(s.mostReplied[0]).toEqual({ id: '1', author: 'nonmaisdisdonc', replies: 2 });
  });
  it('lists participants by count, one per name whatever its case, and marks the article author', () => {
    expect(s.participants[0]).toEqual({ author: 'Lagaffe', count: 2, isArticleAuthor: false });
    expect(s.participants.find((p) => p.author === 'Laurent')?.isArticleAuthor).toBe(true);
    expect(s.participants.find((p) => p.author === 'Juju')?.isArticleAuthor).toBe(false);
  });
  it('finds first and last times and link domains', () => {
    expect(s.firstTime).toBe('2015-12-21T18:05:00+01:00');
    expect(s.lastTime).toBe('2015-12-22T08:00:00+01:00');
    expect(s.links.total).toBe(3);
    expect(s.links.domains[0]).toEqual({ domain: 'youtube.com', count: 2 });
  });
  it('counts comments without a name, or under a placeholder, apart from the participants', () => {
    const mixed = [
      c('1', null, 'Alice'), c('2', '1', '[deleted]'), c('3', '2', ''), c('4', null, 'Anonymous Coward'),
      c('5', '4', 'alice'), c('6', null, ' [Deleted] '), c('7', null, 'Anonyme'), c('8', null, 'Bob'),
      c('9', null, 'Anonymous Coward', { kind: 'pingback' }),
    ];
    const m = computeStats(mixed, buildTree(mixed), { announced: null, closed: false, article });
    expect(m.participants.map((p) => [p.author, p.count])).toEqual([['Alice', 2], ['Bob', 1]]);
    expect(m.unnamed).toBe(5);
    expect(s.unnamed).toBe(0);
  });
  it('gives zeros for an empty page', () => {
    const e = computeStats([], [], { announced: null, closed: false, article });
    expect([e.shown, e.threads, e.maxDepth, e.firstTime]).toEqual([0, 0, 0, null]);
  });
});
