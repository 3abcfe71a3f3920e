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
  test('first question of each comment, answered when it has replies; "MDR ? Vraiment ???" asks nothing', () => {
    const q = questions(buildTree(comments), () => 'fr');
    expect(q.map((x) => [x.commentId, x.answered])).toEqual([['4', false], ['5', false]]);
    expect(q[1].text).toBe('Plus de visas pour les Kosovars ?');
  });

  test.each([
    ['I don’t get it. What do you mean?', 'What do you mean?'],
    ['Great post. Really? I had no idea. Did you check the numbers?', 'Did you check the numbers?'],
    ['Source?', 'Source?'],
    ['Nice list. Does spicy count?', 'Does spicy count?'],
    ['Lol? Wow. Nice one.', null],
    ['@Lagaffe » (…) abolition du régime de visas Schengen pour trois pays »!? Mazette, ils sont enragés!', null],
    ['« Vous avez lu l’article ? » Oui, je l’ai lu.', null],
    ['Vous dites « non merci » ? Pourquoi donc ?', 'Vous dites « non merci » ?'],
  ])('%s -> %s', (text, asked) => {
    const q = questions(buildTree([c('1', 'a', text)]), (x) => (/[éèàù«]/.test(x.text) ? 'fr' : 'en'));
    expect(q[0]?.text ?? null).toBe(asked);
  });
});

describe('questions asked once', () => {
  const fr = () => 'fr';
  test('a reply that repeats the question it answers asks nothing; a question of its own is listed', () => {
    const q = questions(buildTree([
      c('1', 'Zeus35', 'Warum werden die Namen eigentlich nicht ausgeschrieben? Sollte man nicht die Gesellschaft aktivieren?'),
      c('2', 'Ben', 'Warum werden die Namen eigentlich nicht ausgeschrieben?\n\nWeil das ein Recht aller Personen ist.\n\nSollte man nicht die Gesellschaft aktivieren?\n\nNein.', '1'),
      c('3', 'Ewald', 'Warum werden die Namen eigentlich nicht ausgeschrieben? Und wer entscheidet das?', '1'),
    ]), () => 'de');
    expect(q.map((x) => [x.commentId, x.text])).toEqual([['1', 'Warum werden die Namen eigentlich nicht ausgeschrieben?'], ['3', 'Und wer entscheidet das?']]);
  });

  test('words of the parent asked about are a question of the reply ("wire a house." → "Wire a house?")', () => {
    const q = questions(buildTree([
      c('1', 'a', 'I’m 30, I’ll rebuild computers, and wire a house. Aside from that, my skills are limited.'),
      c('2', 'b', 'Wire a house? Right this way, citizen.', '1'),
    ]), () => 'en');
    expect(q.map((x) => x.text)).toEqual(['Wire a house?']);
  });

  test('a comment posted twice, or the same question asked again, is listed once', () => {
    const twice = 'Les sanctions ont-elles servi à quelque chose ? Je n’en suis pas sûr. Et les visas, qui les a demandés ?';
    const q = questions(buildTree([c('1', 'a', twice), c('2', 'b', twice), c('3', 'c', 'Les sanctions ont-elles servi à quelque chose ?')]), fr);
    expect(q.map((x) => x.commentId)).toEqual(['1']);
  });

  test('a line opening on ">" quotes someone: its question is theirs', () => {
    const q = questions(buildTree([c('1', 'a', ">> What's the takeaway here? Know how the company works.\nThis is good advice. Did you ask them in the interview?")]), () => 'en');
    expect(q.map((x) => x.text)).toEqual(['Did you ask them in the interview?']);
  });

  test('a "?" in brackets is a doubt in passing, not a question; a sentence it cut in two is read whole', () => {
    const en = () => 'en';
    expect(questions(buildTree([c('1', 'a', 'This reminds me of St. Exuperay’s (sp?) little prince.')]), en)).toEqual([]);
    const q = questions(buildTree([c('1', 'a', 'Wasn’t MI-6 still hunting the Organization (perhaps SPECTRE?) which was bankrolling the villains? It felt unfinished.')]), en);
    expect(q[0]?.text).toBe('Wasn’t MI-6 still hunting the Organization (perhaps SPECTRE?) which was bankrolling the villains?');
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
