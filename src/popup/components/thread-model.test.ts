import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../core/analysis-types';
import { analyze } from '../../core/analyze';
import { buildTree } from '../../core/tree';
import type { CommentRecord } from '../../core/types';
import { syntheticExtraction } from '../test-data';
import { NO_FILTER, branchIds, fold, matchingIds, questionsOf, sortRoots, visibleRows, withAncestors } from './thread-model';

const base = syntheticExtraction({ comments: 1, seed: 1 }).comments[0];
const mk = (id: string, parentId: string | null, text: string, time: string, extra: Partial<CommentRecord> = {}): CommentRecord => ({
  ...base,
  id,
  parentId,
  text,
  paragraphs: [text],
  time,
  author: `auteur-${id}`,
  links: [],
  ...extra,
});
// A (B (D), C), E, F (G)
const comments = [
  mk('A', null, 'Premier avis.', '2015-12-21T10:00:00Z'),
  mk('B', 'A', 'Pourquoi dites-vous cela ?', '2015-12-21T11:00:00Z'),
  mk('D', 'B', 'Parce que.', '2015-12-21T12:00:00Z'),
  mk('C', 'A', 'Voir https://example.org/a?b=1 pour la source.', '2015-12-21T13:00:00Z', { links: ['https://example.org/a?b=1'] }),
  mk('E', null, 'Qui a lu le rapport ?', '2015-12-22T09:00:00Z'),
  mk('F', null, 'Éloge de la lenteur.', '2015-12-21T09:00:00Z'),
  mk('G', 'F', 'Merci.', '2015-12-23T09:00:00Z'),
];
const analysis: Analysis = analyze({ ...syntheticExtraction({ comments: 1 }), comments });
const roots = buildTree(comments);
const parentOf = new Map(comments.map((c) => [c.id, c.parentId]));
const replies = (id: string) => comments.filter((c) => c.parentId === id).length;
const plain: Analysis = { ...analysis, summary: null };

describe('thread model', () => {
  it.each([
    ['page', 'AEF'],
    ['replies', 'AFE'],
    ['newest', 'FEA'],
  ] as const)('sorts threads by %s', (order, want) => {
    expect(sortRoots(roots, order).map((r) => r.comment.id).join('')).toBe(want);
  });

  it('finds questions in the text when the analysis lists none, ignoring ? inside URLs', () => {
    expect([...questionsOf(plain, replies)]).toEqual([
      ['B', true],
      ['E', false],
    ]);
  });

  it('prefers the questions of the analysis when it has some', () => {
    const withQ: Analysis = { ...analysis, summary: { ...(analysis.summary as NonNullable<Analysis['summary']>), questions: [{ commentId: 'G', text: 'x', answered: false }] } };
    expect([...questionsOf(withQ, replies)]).toEqual([['G', false]]);
  });

  it.each([
    [{ ...NO_FILTER, query: 'ELOGE' }, 'F'],
    [{ ...NO_FILTER, links: true }, 'C'],
    [{ ...NO_FILTER, questions: true }, 'BE'],
    [{ ...NO_FILTER, unanswered: true }, 'E'],
    [{ ...NO_FILTER, author: 'auteur-D' }, 'D'],
    [{ ...NO_FILTER, questions: true, query: 'rapport' }, 'E'],
  ])('filter %j matches %s', (f, want) => {
    const m = matchingIds(comments, f, questionsOf(plain, replies));
    expect([...(m ?? [])].sort().join('')).toBe(want);
  });

  it('no filter matches nothing in particular', () => {
    expect(matchingIds(comments, NO_FILTER, new Map())).toBeNull();
  });

  it('shows matches with their ancestors, opened', () => {
    const m = new Set(['D']);
    const keep = withAncestors(m, parentOf);
    expect([...keep].sort().join('')).toBe('ABD');
    const open = new Set(branchIds(roots, keep));
    const { rows } = visibleRows(roots, open, keep, m);
    expect(rows.map((r) => `${r.node.comment.id}${r.level}${r.match ? '*' : ''}`).join(' ')).toBe('A1 B2 D3*');
  });

  it('stops at the row limit and says there is more', () => {
    const all = new Set(branchIds(roots));
    expect(visibleRows(roots, all, null, null).rows.map((r) => r.node.comment.id).join('')).toBe('ABDCEFG');
    const capped = visibleRows(roots, all, null, null, 4);
    expect(capped.rows.map((r) => r.node.comment.id).join('')).toBe('ABDC');
    expect(capped.more).toBe(true);
    expect(visibleRows(roots, all, null, null, 7).more).toBe(false);
  });

  it('folds case and accents for search', () => {
    expect(fold('Éloge ÇA Ñandú')).toBe('eloge ca nandu');
  });
});
