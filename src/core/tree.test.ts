import { describe, expect, it } from 'vitest';
import type { CommentRecord } from './types';
import { buildTree, eachNode, walk } from './tree';
import { commentRecord } from './test-records';

const c = (id: string, parentId: string | null, author = 'Anonyme', text = 'Bonjour'): CommentRecord => commentRecord({ id, parentId, author, text });

describe('buildTree', () => {
  it('nests replies under their parents in page order and counts descendants', () => {
    const roots = buildTree([
      c('1', null, 'nonmaisdisdonc'), c('2', '1', 'Lagaffe'), c('3', '2', 'Juju'), c('4', '1'), c('5', null),
    ]);
    expect(roots.map((r) => r.comment.id)).toEqual(['1', '5']);
    expect(roots[0].children.map((n) => n.comment.id)).toEqual(['2', '4']);
    expect(roots[0].descendants).toBe(3);
    expect([...walk(roots)].map(([n, d]) => `${n.comment.id}@${d}`)).toEqual(['1@0', '2@1', '3@2', '4@1', '5@0']);
  });

  it.each([
    ['unknown parent', [c('1', 'ghost')]],
    ['self reply', [c('1', '1')]],
    ['two-comment cycle', [c('1', '2'), c('2', '1')]],
  ])('keeps every comment on %s', (_name, comments) => {
    const seen = [...walk(buildTree(comments))].map(([n]) => n.comment.id).sort();
    expect(seen).toEqual(comments.map((x) => x.id).sort());
  });

  it('keeps the first of duplicate ids', () => {
    const roots = buildTree([c('1', null, 'A'), c('1', null, 'B')]);
    expect(roots).toHaveLength(1);
    expect(roots[0].comment.author).toBe('A');
  });

  it('walks a 5,000-deep chain without overflowing the stack', () => {
    const chain = Array.from({ length: 5000 }, (_, i) => c(String(i), i ? String(i - 1) : null));
    const roots = buildTree(chain);
    expect(roots[0].descendants).toBe(4999);
    expect([...walk(roots)].at(-1)?.[1]).toBe(4999);
  });
});

describe('eachNode', () => {
  const roots = buildTree([
    c('1', null), c('2', '1'), c('3', '2'), c('4', '1'), c('5', null), c('6', '5'), c('7', '3'), c('8', null),
  ]);
  const visited = (stopAfter = Infinity) => {
    const out: string[] = [];
    eachNode(roots, (n, d) => {
      out.push(`${n.comment.id}@${d}`);
      return out.length >= stopAfter;
    });
    return out;
  };

  it('visits the nodes in the order and at the depths of walk', () => {
    expect(visited()).toEqual([...walk(roots)].map(([n, d]) => `${n.comment.id}@${d}`));
    expect(visited()).toEqual(['1@0', '2@1', '3@2', '7@3', '4@1', '5@0', '6@1', '8@0']);
  });

  it('stops when the visitor says so', () => {
    expect(visited(3)).toEqual(['1@0', '2@1', '3@2']);
  });
});
