import { describe, expect, test } from 'vitest';
import { clearLanguage, clearlyIn, decideLanguages, detectLang } from './lang';
import { broadStopwordsFor, isStopword, stopwordsFor } from './stopwords';

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

  test('comments plainly in one language by their function words vote for it, whatever the model makes of a name in them', () => {
    const texts = [
      "Hi, I may have missed it, but I'm not seeing any credit to xkcd for the chart you used.",
      'I think it would have been fair to credit xkcd for using that image of the chart.',
      'You should link to xkcd when you use their chart in a post like this.',
    ];
    // The premise: the model alone reads each of them as German.
    for (const t of texts) expect(detectLang(t, 0)).toBe('de');
    const d = decideLanguages(texts, null);
    expect(d.page).toBe('en');
    expect(d.perComment.size).toBe(0);
  });

  test('a text with few function words is still the model\'s to read', () => {
    expect(clearLanguage('Bravo Hollande, Le Drian, Poutine, Obama, Merkel !')).toBeNull();
    expect(decideLanguages(['Die Sanktionen gegen Russland wurden heute um sechs Monate verlängert.'], 'fr').page).toBe('de');
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

  test.each([
    ['fr', ['encore', 'plus', 'bien', 'alors', 'tres', 'donc'], ['sanctions', 'russie', 'visas']],
    ['en', ['so', 'just', 'not', 'really', 'it’s', 'thanks'], ['flag', 'cloning', 'amendment']],
  ])('%s: the broad list holds the filler words the narrow one lacks, and no topic word', (lang, filler, topic) => {
    for (const w of filler) {
      expect(isStopword(w, lang), w).toBe(false);
      expect(broadStopwordsFor(lang).has(w), w).toBe(true);
    }
    for (const w of topic) expect(broadStopwordsFor(lang).has(w), w).toBe(false);
  });
});

describe('clearlyIn: function words that plainly say the language', () => {
  const samples: Record<string, string> = {
    fr: 'Pour les visas, une bonne excuse pour importer de la main d’oeuvre pas chère. Je pense que la France devrait renforcer ses échanges avec la Russie.',
    en: 'we should not ban human cloning because it could help with medical research and the people who need it most',
    de: 'Die Sanktionen gegen Russland wurden heute um sechs Monate verlängert, und das ist nicht gut für die Wirtschaft.',
    es: 'Las sanciones contra Rusia fueron prorrogadas hoy por seis meses, y eso no es bueno para la economía de los países.',
    it: "Le sanzioni contro la Russia sono state prorogate oggi di sei mesi, e questo non è un bene per l'economia del paese.",
    pt: 'As sanções contra a Rússia foram prorrogadas hoje por seis meses, e isso não é bom para a economia dos países.',
    ru: 'Санкции против России были продлены ещё на шесть месяцев, и это не хорошо для экономики этих стран.',
  };
  const langs = Object.keys(samples);
  test.each(langs.flatMap((text) => langs.map((lang) => [text, lang] as const)))('a %s text is clearly %s only when the same', (text, lang) => {
    expect(clearlyIn(samples[text], lang)).toBe(text === lang);
  });

  test('a short remark or a list of names says nothing', () => {
    expect(clearlyIn('Bravo Hollande, Le Drian, Poutine, Obama, Merkel !', 'fr')).toBe(false);
    expect(clearlyIn('sanctions Russie visas Géorgie Kosovo', 'fr')).toBe(false);
  });

  test('a page language without word lists is left to the model', () => {
    expect(clearlyIn(samples.fr, 'nl')).toBe(false);
  });
});
