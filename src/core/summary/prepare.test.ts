import { describe, expect, test } from 'vitest';
import type { CommentRecord } from '../types';
import { passages, prepareDocs, stripQuotes } from './prepare';
import { commentRecord } from '../test-records';

const PARENT = 'Nous en reparlerons..! PS le pragmatisme à la Putin s’exprime essentiellement lorsque cela joue a son avantage, je n’ai pour ma part aucune confiance dans la parole de ce personnage !';

describe('stripQuotes', () => {
  test.each([
    // A bare quote of the parent plus a short answer: the quote goes, the answer stays.
    ['« PS Le pragmatisme à la Putin s’exprime essentiellement lorsque cela joue a son avantage »\nAi-je dit le contraire ??? 🙂', 'Ai-je dit le contraire ??? 🙂'],
    ['> je n’ai pour ma part aucune confiance dans la parole de ce personnage\nMoi non plus.', 'Moi non plus.'],
    // A quotation that is not from the parent is the comment's own material.
    ['« Ce n’est pas s’allier, c’est se coordonner » Tout simplement ridicule !', '« Ce n’est pas s’allier, c’est se coordonner » Tout simplement ridicule !'],
  ])('%s', (text, expected) => expect(stripQuotes(text, PARENT)).toBe(expected));

  test('keeps the answer on the line that opens with the quote', () => {
    const parent = 'De plus, la Commission européenne a plaidé pour l’abolition du régime de visas Schengen pour trois pays : Ukraine, Géorgie et Kosovo.';
    const out = stripQuotes('» (…) abolition du régime de visas Schengen pour trois pays : Ukraine, Géorgie et Kosovo »!? Mazette, ils sont enragés', parent);
    expect(out).toContain('Mazette, ils sont enragés');
  });
  test('reads German quotation marks („…“) as quotes too', () => {
    const parent = 'So ins Leere, dass die Autoren es geändert haben ;-) Es sind auch keine Vorwürfe.';
    expect(stripQuotes('@Ewaldb:\n„So ins Leere, dass die Autoren es geändert haben ;-)“\nBist der Typ, der überall das Haar sucht?', parent)).toBe(
      '@Ewaldb:\n\nBist der Typ, der überall das Haar sucht?',
    );
    expect(stripQuotes('Du schreibst „dass die Autoren es geändert haben“, aber warum?', parent)).toBe('Du schreibst  , aber warum?');
  });
});

const comment = (id: string, text: string, parentId: string | null = null): CommentRecord => commentRecord({ id, text, parentId, author: `a${id}` });

describe('prepareDocs eligibility', () => {
  const parent = comment('1', PARENT);
  test.each([
    ['Bravo ! Merci beaucoup 🙂', false],
    ['MDR ?', false],
    ['Thanks, great post!', false],
    ['« PS le pragmatisme à la Putin s’exprime essentiellement lorsque cela joue a son avantage »', false],
    ['Pour les visas, une bonne excuse pour importer de la main d’oeuvre pas chère.', true],
    ['we should not ban human cloning because it could help with medical research', true],
  ])('%s -> %s', (text, eligible) => {
    const { docs } = prepareDocs([parent, comment('2', text, '1')], 'fr');
    expect(docs[1].eligible).toBe(eligible);
  });
});

describe('a short passage that names a participant is a remark to a person, not a key point', () => {
  test.each([
    ['@Lagaffe tu aimes la vanille, et le chocolat aussi', false],
    ['I’m sure you love vanilla ice cream, u/someone r/funny', false],
    ['I’m sure you love vanilla ice cream, /u/someone', false],
    ['I’m sure you love vanilla ice cream, the real bean kind', true],
    ['Real vanilla bean ice cream tastes far better than the artificial flavour, and the beans are hand pollinated, u/someone', true],
  ])('%s -> %s', (text, eligible) => {
    const { units } = prepareDocs([comment('1', 'Vanilla is the default flavour.'), comment('2', text, '1')], 'en');
    expect(units.filter((u) => u.comment.id === '2').map((u) => u.eligible)).toEqual([eligible]);
  });
});

describe('passages', () => {
  test('a short comment is one passage, a long one several, losing no sentence', () => {
    expect(passages('Encore un échec de Poutine alors.', 'fr')).toHaveLength(1);
    const long = Array.from({ length: 8 }, (_, i) => `La phrase numéro ${i} parle des sanctions contre la Russie et des visas.`).join(' ');
    const parts = passages(long, 'fr');
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.join(' ')).toBe(long);
  });
});

describe('quoted passages', () => {
  test('stripQuotes reports the parent\'s words it removed', () => {
    const taken: string[] = [];
    stripQuotes('> je n’ai pour ma part aucune confiance dans la parole de ce personnage\nMoi non plus.', PARENT, taken);
    expect(taken).toEqual(['je n ai pour ma part aucune confiance dans la parole de ce personnage']);
  });

  test.each([
    ['« PS Le pragmatisme à la Putin s’exprime essentiellement lorsque cela joue a son avantage »\nAi-je dit le contraire ??? 🙂', 1],
    ['Ai-je dit le contraire ??? Le pragmatisme n’a rien à voir.', 0],
  ])('the parent passage a reply quotes is marked: %s', (reply, n) => {
    const { units } = prepareDocs([comment('1', PARENT), comment('2', reply, '1')], 'fr');
    expect(units[0].quoted ?? 0).toBe(n);
  });
});
