import { describe, expect, test } from 'vitest';
import { fold, normalizeText, termKey } from './normalize';

describe('fold and normalizeText', () => {
  test.each([
    ['Européens', 'europeens'],
    ['Géorgie', 'georgie'],
    ["L'Ukraine", 'l’ukraine'],
    ['ÉCHEC', 'echec'],
  ])('fold(%s) = %s', (a, b) => expect(fold(a)).toBe(b));

  test('normalizeText unifies apostrophes and spaces', () => {
    expect(normalizeText('l\u2018UE  vient\u00a0de')).toBe('l’UE vient de');
  });
});

describe('termKey joins forms of one word, per language', () => {
  test.each([
    ['fr', 'sanctions', 'sanction'],
    ['fr', 'européennes', 'européen'],
    ['fr', 'Russes', 'russe'],
    ['fr', 'frappes', 'frappe'],
    ['en', 'protection', 'protected'],
    ['en', 'dangerous', 'danger'],
    ['en', 'voters', 'voting'],
    ['en', 'freedom', 'free'],
    ['de', 'Sanktionen', 'Sanktion'],
    ['es', 'sanciones', 'sanción'],
    ['it', 'sanzioni', 'sanzione'],
    ['pt', 'sanções', 'sanção'],
    ['ru', 'санкции', 'санкций'],
  ])('%s: %s ~ %s', (lang, a, b) => expect(termKey(a, lang)).toBe(termKey(b, lang)));

  test.each([
    ['en', 'vote', 'veto'],
    ['fr', 'visa', 'vie'],
  ])('%s: %s and %s stay apart', (lang, a, b) => expect(termKey(a, lang)).not.toBe(termKey(b, lang)));
});
