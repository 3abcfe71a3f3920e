import { describe, expect, test } from 'vitest';
import { scanPlainWords, scanToneTokens, TONE_TOKEN_RE, WORD_RE } from './word-scan';

const scan = (text: string) => {
  const out: [string, boolean][] = [];
  scanPlainWords(text, (t, start, end, a) => out.push([t.slice(start, end), a]));
  return out;
};
const byRegex = (text: string) => (text.match(WORD_RE) ?? []).map((w) => [w, /['’]/.test(w)]);

/** 2,000 seeded texts of 1 to `maxLength` characters drawn from `alphabet`. */
function randomMixes(alphabet: readonly string[], maxLength: number, seed: number): string[] {
  const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  return Array.from({ length: 2000 }, () =>
    Array.from({ length: 1 + Math.floor(rnd() * maxLength) }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join(''));
}

describe('scanPlainWords gives the tokens of the word expression', () => {
  test.each([
    ['L’Union européenne prolonge d’un an les sanctions, n’est-ce pas ?'],
    ['aujourd’hui: 3,5 % ou 3.14.15 — 2024abc, mot8547, 10-12, x.y.z.'],
    ['rock’n’roll e.g. U.S.A. -- ’quoted’ l\'eau \'tis'],
    ['Москва, 25 марта — «Спутник» сообщил'],
    ['naïve café Zürich straße ½ ² Ⅻ ١٢٣ niño'],
    ['e\u0301te\u0301 (combining accents) \u0301alone'],
    ['emoji 😀 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 letters fall back to the expression'],
    ['abc-𝔘x, 3.𝟙𝟚 and x𝔘 run on into astral letters and digits'],
    ['lone halves \ud800 of a pair\udc00 in broken text'],
    [''],
    ['...,,,---'],
  ])('%s', (text) => {
    expect(scan(text)).toEqual(byRegex(text));
  });

  test('on random mixes of letters, digits, joiners and spaces', () => {
    const alphabet = ['a', 'Z', 'é', '9', '٣', '.', ',', '-', "'", '’', ' ', '\n', 'ж', '\u0301', '!', '½', '𝔘', '𝟙', '😀'];
    for (const text of randomMixes(alphabet, 24, 7)) expect(scan(text), JSON.stringify(text)).toEqual(byRegex(text));
  });
});

describe('scanToneTokens gives the tokens of the tone expression', () => {
  const scan = (text: string) => {
    const out: string[] = [];
    scanToneTokens(text, (t, start, end) => out.push(t.slice(start, end)));
    return out;
  };
  const byRegex = (text: string) => text.match(TONE_TOKEN_RE) ?? [];

  test.each([
    ['pas d’accord, c\'est n’importe quoi +1 !!'],
    ['e\u0301te\u0301 : a mark splits a token'],
    ['😀 bravo 𝔘𝔫𝔦 ok+1'],
    [''],
  ])('%s', (text) => {
    expect(scan(text)).toEqual(byRegex(text));
  });

  test('on random mixes', () => {
    const alphabet = ['a', 'é', '9', '+', "'", '’', ' ', '-', '\u0301', 'ж', '½', '𝔘', '😀', '.'];
    for (const text of randomMixes(alphabet, 20, 11)) expect(scan(text), JSON.stringify(text)).toEqual(byRegex(text));
  });
});
