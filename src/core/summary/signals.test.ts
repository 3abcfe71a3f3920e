import { describe, expect, test } from 'vitest';
import { buildTree } from '../tree';
import type { CommentRecord } from '../types';
import { exchanges, questions } from './signals';
import { commentRecord } from '../test-records';

const c = (id: string, author: string, text: string, parentId: string | null = null): CommentRecord => commentRecord({ id, author, text, parentId });

const comments = [
  c('1', 'nonmaisdisdonc', 'Mdr..je ne parviens pas a me dire autre chose que c’est l’Ukraine et les sanctions !'),
  c('2', 'Auguste', 'à nonmaisdisdonc\nMDR ? Vraiment ??? … Il n’y a pourtant pas de quoi être mort de rire.', '1'),
  c('3', 'nonmaisdisdonc', 'Nous en reparlerons..! je n’ai aucune confiance dans la parole de ce personnage !', '2'),
  c('4', 'Auguste', 'Ai-je dit le contraire ??? 🙂', '3'),
  c('5', 'Parabellum', 'Plus de visas pour les Kosovars ? Quelle joie !'),
];

describe('questions', () => {
  test('first question of each comment, answered when it has replies', () => {
    const q = questions(buildTree(comments), () => 'fr');
    expect(q.map((x) => [x.commentId, x.answered])).toEqual([['2', true], ['4', false], ['5', false]]);
    expect(q[2].text).toBe('Plus de visas pour les Kosovars ?');
  });
});

describe('exchanges', () => {
  test('pairs who answer each other, in either direction', () => {
    expect(exchanges(comments)).toEqual([{ a: 'Auguste', b: 'nonmaisdisdonc', count: 3 }]);
  });
  test('a placeholder name ("[deleted]", "Anonymous") is many people: no exchange of its own', () => {
    const ghosts = [
      c('1', '[deleted]', 'Un.'), c('2', 'Auguste', 'Deux.', '1'), c('3', '[deleted]', 'Trois.', '2'), c('4', 'Auguste', 'Quatre.', '3'),
      c('5', 'Anonymous', 'Cinq.'), c('6', 'Juju', 'Six.', '5'), c('7', 'Anonymous', 'Sept.', '6'),
    ];
    expect(exchanges(ghosts)).toEqual([]);
    const named = ghosts.map((g) => ({ ...g, author: g.author.replace('[deleted]', 'Lagaffe').replace('Anonymous', 'Dolgorouki') }));
    expect(exchanges(named).map((e) => e.count)).toEqual([3, 2]);
  });
});
