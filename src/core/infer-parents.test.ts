import { describe, expect, it } from 'vitest';
import type { CommentRecord } from './types';
import { addressedAuthor, inferParents, quotedText } from './infer-parents';
import { commentRecord } from './test-records';

const rec = (id: string, author: string, text: string, parentId: string | null = null): CommentRecord =>
  commentRecord({ id, author, text, parentId });

describe('addressedAuthor', () => {
  const earlier = ['Marie Dupont', 'jb', 'Peter Addor', 'Gitta'];
  it.each([
    ['@Gitta genau so sehe ich das auch', 'gitta'],
    ['@jb: non, la loi date de 2019.', 'jb'],
    ['Marie Dupont, je ne suis pas d’accord avec vous.', 'marie dupont'],
    ['En réponse à Marie Dupont : le texte dit le contraire.', 'marie dupont'],
    ['À Gitta : merci pour le lien.', 'gitta'],
    ['Reply to Peter Addor - thanks, fixed now.', 'peter addor'],
    ['@PeterAddor thanks for the tip', 'peter addor'],
    ['Danke Gitta! Aber neidisch muss da niemand sein.', null],
    ['Peter Addor schreibt hier Unsinn', null],
    ['Je pense que Marie Dupont a raison.', null],
    ['@someoneelse who is not here', null],
  ])('%s', (text, want) => {
    expect(addressedAuthor(text, earlier)).toBe(want);
  });
});

describe('quotedText', () => {
  it.each([
    ['« la réforme des retraites ne touche que les cadres » : c’est faux, lisez le texte.', 'la réforme des retraites ne touche que les cadres'],
    ['> the patch was merged last week already\nNo, it was reverted.', 'the patch was merged last week already'],
    ['Je ne cite personne ici, « court » .', null],
  ])('%s', (text, want) => {
    expect(quotedText(text)).toBe(want);
  });
});

describe('inferParents', () => {
  it('links @name and quotes to the latest earlier comment of that author and keeps stated parents', () => {
    const out = inferParents([
      rec('1', 'Marie', 'La réforme des retraites ne touche que les cadres, à mon avis.'),
      rec('2', 'Paul', 'Article intéressant, merci.'),
      rec('3', 'Marie', 'Et pourtant les chiffres sont publics.'),
      rec('4', 'Paul', '@Marie lesquels ? Je ne les trouve pas.'),
      rec('5', 'Zoé', '« La réforme des retraites ne touche que les cadres » : c’est faux.'),
      rec('6', 'Luc', '@Marie je réponds à Paul en fait', '2'),
      rec('7', 'Marie', '@Marie note pour moi-même'),
    ]);
    expect(out.map((c) => [c.id, c.parentId, c.parentInferred ?? false])).toEqual([
      ['1', null, false],
      ['2', null, false],
      ['3', null, false],
      ['4', '3', true],
      ['5', '1', true],
      ['6', '2', false],
      ['7', null, false],
    ]);
  });
});
