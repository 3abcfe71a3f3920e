import { describe, expect, test } from 'vitest';
import { commentRecord } from '../test-records';
import { prepareDocs } from './prepare';
import { bucketsOf, distribution, toneOf } from './tone';

describe('toneOf', () => {
  test.each([
    ['fr', 'Et le fait que Poutine-le-Menteur nie toujours l’intervention de forces russes en Ukraine n’y changera rien!', { insults: ['menteur'] }],
    ['fr', 'les généraux russes sont des bourrins, ils se foutent déjà pas mal de leurs jeunes', { insults: ['bourrins'] }],
    ['fr', 'Bravo à Hollande et Le Drian, qui font preuve ici de réalisme.', { agreement: ['bravo'] }],
    ['fr', '« Ce n’est pas s’allier, c’est se coordonner » Tout simplement ridicule ! Digne d’une rafarinade !', { disagreement: ['ridicule'] }],
    ['fr', 'Je suis tout à fait d’accord avec vous.', { agreement: ['d’accord', 'tout a fait'] }],
    ['fr', 'Moi aussi :-)', { agreement: ['moi aussi'] }],
    ['en', 'Same here, and I wish it came in a 190.', { agreement: ['same here'] }],
    ['en', 'Saving the template fixed it for me too.', { agreement: [] }],
    ['de', 'Vorwiderstand hab ich auch 39 Ohm genommen.', { agreement: [] }],
    ['de', 'Ich auch! Genau so.', { agreement: ['genau', 'ich auch'] }],
    ['en', 'You are an idiot and a liar.', { insults: ['idiot', 'liar'] }],
    ['en', "I don't agree, that's just wrong.", { disagreement: ['wrong'] }],
    ['en', 'The idiom is not an insult.', { insults: [] }],
  ])('%s: %s', (lang, text, expected) => {
    expect(toneOf('1', text, lang)).toMatchObject(expected);
  });

  test('exclamation and capitals shares', () => {
    const t = toneOf('1', 'C’EST UNE HONTE TOTALE ! VRAIMENT ! Bon.', 'fr');
    expect(t.exclamation).toBeCloseTo(2 / 3);
    expect(t.capitals).toBeGreaterThan(0.5);
    expect(bucketsOf(t)).toEqual(expect.arrayContaining(['exclamatory', 'shouting']));
    // Acronyms alone are not shouting.
    expect(toneOf('2', 'L’UE et les USA gèrent la crise avec l’OTAN.', 'fr').capitals).toBe(0);
  });

  test('distribution counts comments per bucket', () => {
    const d = distribution([toneOf('1', 'Bravo, bien dit.', 'fr'), toneOf('2', 'Le texte du ministre.', 'fr')]);
    expect(d).toMatchObject({ agreeing: 1, neutral: 1, insulting: 0 });
  });
});

describe('the tone words seen while reading terms', () => {
  // A comment whose words hold no key of the lexicon is read for marks only: the result must not change.
  test.each([
    ['fr', 'Et le fait que Poutine-le-Menteur nie toujours l’intervention de forces russes en Ukraine n’y changera rien!', true],
    ['fr', '@crétin tais-toi donc, et relis l’article.', true],
    ['fr', 'Je suis tout, à fait, d’accord avec vous.', true],
    ['fr', '+1 pour ce commentaire.', true],
    ['en', 'You’re right, spot on.', true],
    ['fr', 'Moi aussi :-)', true],
    ['ru', 'Я тоже так думаю.', true],
    ['fr', 'L’UE vient de prolonger de six mois les sanctions économiques contre la Russie.', false],
    ['en', 'The visa regime for Georgia and Kosovo ends in January.', false],
  ])('%s: %s', (lang, text, hasWords) => {
    const [doc] = prepareDocs([commentRecord({ id: '1', text })], lang).docs;
    expect(doc.toneWords).toBe(hasWords);
    expect(toneOf('1', doc.body, doc.lang, doc.toneWords)).toEqual(toneOf('1', doc.body, doc.lang));
  });
});
