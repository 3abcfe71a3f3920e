import { describe, expect, test } from 'vitest';
import { sentences, words } from './segment';

describe('sentences', () => {
  test.each([
    // Abbreviations do not end a sentence (Intl.Segmenter alone splits after "M." and "Dr.").
    ['fr', 'M. Le Drian a indiqué que la France et la Russie allaient renforcer leurs échanges. Mme Dupont approuve.', 2],
    ['en', 'Dr. Smith said so. Mr. Jones disagreed, e.g. on the dates.', 2],
    // A closing guillemet after ?/! stays with its sentence; a lower-case follow-up is the same sentence.
    ['fr', '« Ce n’est pas s’allier, c’est se coordonner ! » a dit le ministre. Tout simplement ridicule !', 2],
    // URLs are never cut, a line break after a terminator ends a sentence, a lone emoji joins the sentence before it.
    ['fr', 'Lire http://www.franceinfo.fr/actu/monde/article/amnesty-evoque.html avant de parler.', 1],
    ['fr', 'Ai-je dit le contraire ??? 🙂\nNous en reparlerons..!', 2],
    ['en', 'Really? Yes. No!', 3],
  ])('%s: %s', (lang, text, n) => {
    const out = sentences(text, lang);
    expect(out).toHaveLength(n);
    expect(out.join(' ').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
  });

  test('a text with no terminator or line break before its last run of them is one sentence, tidied, as the segmenter says', () => {
    for (const lang of ['fr', 'en', 'und']) {
      expect(sentences('Vraiment ?! »', lang)).toEqual(['Vraiment ?! »']);
      expect(sentences('  un  commentaire  sans  point  ', lang)).toEqual(['un commentaire sans point']);
      expect(sentences('Super ! 😀', lang)).toEqual(['Super ! 😀']);
      expect(sentences(' \u00a0 ', lang)).toEqual([]);
      // A line break in the last run still ends a sentence; a terminator before it still counts.
      expect(sentences('abc\n\n.', lang)).toEqual(['abc', '.']);
      expect(sentences('abc.\ndef', lang)).toEqual(['abc.', 'def']);
      expect(sentences('Oui. Non', lang)).toEqual(['Oui.', 'Non']);
      expect(sentences('好的。谢谢', lang)).toEqual(['好的。', '谢谢']);
    }
  });

  test('a single line break inside a sentence (after a word or a comma, then lower case) does not end it', () => {
    const text = 'iL faut etre sensible pour etre intéligent ,macron n’est\nni l’un ,ni l’autre ?';
    expect(sentences(text, 'fr')).toEqual(['iL faut etre sensible pour etre intéligent ,macron n’est ni l’un ,ni l’autre ?']);
    expect(sentences('we tried the red one,\nthen the blue one.', 'en')).toEqual(['we tried the red one, then the blue one.']);
    // A blank line, a terminator, a capital or a list mark still ends it.
    expect(sentences('Le titre\n\nle texte suit', 'fr')).toEqual(['Le titre', 'le texte suit']);
    expect(sentences('Oui !\nmerci', 'fr')).toEqual(['Oui !', 'merci']);
    expect(sentences('Pour\nContre', 'fr')).toEqual(['Pour', 'Contre']);
    expect(sentences('Marketing is the\n- creation,\n- maintenance', 'en')).toEqual(['Marketing is the', '- creation,', '- maintenance']);
  });

  test('keeps the URL whole inside its sentence', () => {
    const [s] = sentences('Voir https://www.youtube.com/watch?v=pmnzIhbX2bg : ) merci.', 'fr');
    expect(s).toContain('https://www.youtube.com/watch?v=pmnzIhbX2bg');
  });
});

describe('words', () => {
  const texts = (t: string, lang = 'fr') => words(t, lang).map((w) => `${w.kind}:${w.text}`);
  test.each([
    ['l’UE vient de prolonger', ['word:l’', 'word:UE', 'word:vient', 'word:de', 'word:prolonger']],
    ["qu'on dise d’accord", ["word:qu'", 'word:on', 'word:dise', 'word:d’', 'word:accord']],
    ['@Lagaffe » (…) abolition', ['mention:@Lagaffe', 'word:abolition']],
    ['Sacré Juju … 🙂 👍🏽', ['word:Sacré', 'word:Juju', 'emoji:🙂', 'emoji:👍🏽']],
    ['voir https://x.fr/a?b=1. #OTAN 3,5 %', ['word:voir', 'url:https://x.fr/a?b=1', 'hashtag:#OTAN', 'number:3,5']],
    ["don't stop", ["word:don't", 'word:stop']],
  ])('%s', (text, expected) => {
    expect(texts(text, /don't/.test(text) ? 'en' : 'fr')).toEqual(expected);
  });

  test('segments scripts written without spaces with Intl.Segmenter', () => {
    expect(words('我们应该禁止克隆人', 'zh').length).toBeGreaterThan(2);
  });
});
