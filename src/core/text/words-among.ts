import { fold } from './normalize';
import { scanWords } from './segment';

/** How many word tokens `s` holds, and whether one of them, folded, is in `among`. */
export function wordsAmong(s: string, lang: string, among: ReadonlySet<string>): [words: number, found: boolean] {
  let words = 0;
  let found = false;
  scanWords(s, lang, (w, kind) => {
    if (kind !== 'word') return;
    words++;
    found ||= among.has(fold(w));
  });
  return [words, found];
}
