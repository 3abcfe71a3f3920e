/**
 * Whether a phrase occurs anywhere in a page's whole text (megabytes on a big thread), found by
 * testing the phrase only around the occurrences of one of its key words. A long alternation of
 * phrases run over the whole text costs tens of milliseconds on a 5,000-comment page; its key words
 * are found in a few, and few of them occur.
 *
 * Used as a gate: a part of the page (an element's text) is part of the whole text, so when the
 * whole holds no phrase, no part does, and thousands of elements need not be read.
 */
import { once } from './page-index';

/** The text of the whole page, read once per reading (the closed notice and the pagination both ask). */
export const pageText = (doc: Document): string => once(doc, 'page-text', () => doc.documentElement?.textContent ?? '');

/** What clean() (dom-utils) turns into one space: white space and the zero-width space. */
const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x200b || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** Where the `words`-th word before the one holding `at` starts (white space runs of any length between). */
function wordsBack(text: string, at: number, words: number): number {
  let i = at;
  for (let w = 0; w <= words; w++) {
    while (i > 0 && !isSpace(text.charCodeAt(i - 1))) i--;
    if (w === words) break;
    while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
    if (i === 0) break;
  }
  return i;
}

/** Where the `words`-th word after the one holding `at - 1` ends. */
function wordsOn(text: string, at: number, words: number): number {
  const n = text.length;
  let i = at;
  for (let w = 0; w <= words; w++) {
    while (i < n && !isSpace(text.charCodeAt(i))) i++;
    if (w === words) break;
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (i === n) break;
  }
  return i;
}

export interface PhraseGate {
  /** Global expression: the key words, one of which every match of `phrase` holds. */
  key: RegExp;
  /** The phrases on raw text (white space runs where the clean text has one space). */
  phrase: RegExp;
  /** How many words a match of `phrase` may hold before and after its key word, at most. */
  reach: number;
}

/**
 * `gate.phrase.test(text)`, for a phrase whose every match holds a match of `gate.key` with at most
 * `gate.reach` words on either side: only the words around each key word are tested.
 */
export function phraseIn(text: string, gate: PhraseGate): boolean {
  const { key, phrase, reach } = gate;
  key.lastIndex = 0;
  for (let m = key.exec(text); m; m = key.exec(text)) {
    const end = m.index + m[0].length;
    if (phrase.test(text.slice(wordsBack(text, m.index, reach), wordsOn(text, end, reach)))) {
      key.lastIndex = 0;
      return true;
    }
    if (m[0].length === 0) key.lastIndex++;
  }
  return false;
}

/** An expression on clean text made to read raw text: each space stands for a run of white space. */
export const onRawText = (re: RegExp): RegExp => new RegExp(re.source.replace(/ /g, '[\\s\\u200b]+'), re.flags.replace('g', ''));
