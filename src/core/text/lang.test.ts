import { describe, expect, test } from 'vitest';
import { decideLanguages, detectLang } from './lang';
import { isStopword, stopwordsFor } from './stopwords';

describe('detectLang', () => {
  test.each([
    ['fr', 'Pas un échec de Poutine : mais une victoire des ploutocrates de Washington.'],
    ['fr', 'Pour les visas, une bonne excuse pour importer de la main d’oeuvre pas chère.'],
    ['en', 'we should not ban human cloning because it could help with medical research'],
    ['en', 'flag burning is protected under the first amendment as a right to free speech.'],
    ['de', 'Die Sanktionen gegen Russland wurden heute um sechs Monate verlängert.'],
    ['ru', 'Санкции против России были продлены ещё на шесть месяцев.'],
  ])('%s: %s', (lang, text) => expect(detectLang(text)).toBe(lang));

  test('too short to tell', () => expect(detectLang('Mdr')).toBe('und'));
});

describe('decideLanguages', () => {
  test('decides the page from many comments, then tags long comments in another language', () => {
    const fr = 'Bravo à Hollande et Le Drian, qui font preuve ici de réalisme face à la Russie et à Daesh.';
    const en = 'This is a long English comment about the sanctions that the European Union extended today, and what they mean for the war.';
    const d = decideLanguages([fr, fr, 'Mdr', fr, en], null);
    expect(d.page).toBe('fr');
    expect(d.perComment.get(4)).toBe('en');
    expect(d.perComment.has(2)).toBe(false);
  });

  test('falls back to the declared language when comments are too short', () => {
    expect(decideLanguages(['ok', 'lol'], 'fr-FR').page).toBe('fr');
  });
});

describe('stopwords', () => {
  test.each(['fr', 'en', 'de', 'es', 'it', 'pt', 'ru'])('%s has a list', (lang) => expect(stopwordsFor(lang).size).toBeGreaterThan(40));
  test.each([
    ['fr', 'les', true],
    ['fr', 'l’', true],
    ['fr', 'sanctions', false],
    ['en', 'the', true],
    ['en', 'research', false],
  ])('%s: %s -> %s', (lang, w, stop) => expect(isStopword(w, lang)).toBe(stop));
});
