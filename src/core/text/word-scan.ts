/**
 * The words of a text written with spaces, found by a scan of its character codes instead of a
 * Unicode-property regular expression: the same tokens as WORD_RE below (a number, or a
 * run of letters, marks and digits joined by apostrophes, hyphens or dots), a few times
 * faster on comment text. Each character's class is asked of the regular expressions once and kept; from a
 * character outside the Basic Multilingual Plane on, the text is left to the expression.
 */

export const WORD_RE = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*/gu;

const UNKNOWN = 0;
/** Half of a surrogate pair: the text is left to the regular expression from the current word on. */
const ASTRAL = 1;
const OTHER = 2;
const DIGIT = 3;
const LETTER = 4;
const MARK = 5;
/** Class of each BMP character, learnt on first sight. */
const classes = new Uint8Array(65536);
for (let c = 0; c < 128; c++) classes[c] = c >= 48 && c <= 57 ? DIGIT : (c | 32) >= 97 && (c | 32) <= 122 ? LETTER : OTHER;
classes.fill(ASTRAL, 0xd800, 0xe000);

function classOf(c: number): number {
  let k = classes[c];
  if (k === UNKNOWN) {
    const ch = String.fromCharCode(c);
    k = /\p{N}/u.test(ch) ? DIGIT : /\p{L}/u.test(ch) ? LETTER : /\p{M}/u.test(ch) ? MARK : OTHER;
    classes[c] = k;
  }
  return k;
}

/** Joiners inside a word: ' ’ - . */
const isJoiner = (c: number) => c === 39 || c === 0x2019 || c === 45 || c === 46;

/**
 * Receives each word as a range of a text (`text.slice(start, end)`, not cut out: a caller that knows the
 * word already need not make a string of it); `apostrophe` tells whether it holds ' or ’ (an elision may
 * need splitting). `text` is the scanned text, or a word itself when the regular expression read it.
 */
export type WordRange = (text: string, start: number, end: number, apostrophe: boolean) => void;

/** Hands each word to `emit` in reading order. */
export function scanPlainWords(text: string, emit: WordRange): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const k = classOf(text.charCodeAt(i));
    if (k === OTHER) {
      i++;
      continue;
    }
    const start = i;
    // No word spans `start`: the expression run from there finds the same words as from the beginning.
    if (k === ASTRAL) return fallback(text, start, emit);
    let apostrophe = false;
    if (k === DIGIT) {
      // \p{N}+(?:[.,]\p{N}+)*
      i++;
      while (i < n && classOf(text.charCodeAt(i)) === DIGIT) i++;
      while (i + 1 < n) {
        const c = text.charCodeAt(i);
        if ((c !== 46 && c !== 44) || classOf(text.charCodeAt(i + 1)) !== DIGIT) break;
        i += 2;
        while (i < n && classOf(text.charCodeAt(i)) === DIGIT) i++;
      }
    } else {
      // [LMN]+(?:['’\-.][LMN]+)*
      i++;
      while (i < n && classOf(text.charCodeAt(i)) >= DIGIT) i++;
      while (i + 1 < n) {
        const c = text.charCodeAt(i);
        if (!isJoiner(c) || classOf(text.charCodeAt(i + 1)) < DIGIT) break;
        if (c === 39 || c === 0x2019) apostrophe = true;
        i += 2;
        while (i < n && classOf(text.charCodeAt(i)) >= DIGIT) i++;
      }
    }
    // A word that may run on into a surrogate pair (next, or after a joiner) is read again by the expression.
    if (i < n && (classes[text.charCodeAt(i)] === ASTRAL || (i + 1 < n && classes[text.charCodeAt(i + 1)] === ASTRAL))) {
      return fallback(text, start, emit);
    }
    emit(text, start, i, apostrophe);
  }
}

function fallback(text: string, from: number, emit: WordRange): void {
  const found = (from ? text.slice(from) : text).match(WORD_RE);
  if (found) for (const w of found) emit(w, 0, w.length, w.includes('’') || w.includes("'"));
}

export const TONE_TOKEN_RE = /[\p{L}\p{N}’'+]+/gu;
/** In a tone token besides letters and digits: ’ ' + */
const isToneJoiner = (c: number) => c === 0x2019 || c === 39 || c === 43;

/**
 * The runs of letters, digits, apostrophes and "+" of a text (the tokens of TONE_TOKEN_RE: marks are
 * not part of them), as ranges. From a character outside the Basic Multilingual Plane on, the expression.
 */
export function scanToneTokens(text: string, emit: (text: string, start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = classOf(c);
    if (k === ASTRAL) return toneFallback(text, i, emit);
    if (k !== DIGIT && k !== LETTER && !isToneJoiner(c)) {
      i++;
      continue;
    }
    const start = i;
    for (i++; i < n; i++) {
      const d = text.charCodeAt(i);
      const kd = classOf(d);
      if (kd === ASTRAL) return toneFallback(text, start, emit);
      if (kd !== DIGIT && kd !== LETTER && !isToneJoiner(d)) break;
    }
    emit(text, start, i);
  }
}

function toneFallback(text: string, from: number, emit: (text: string, start: number, end: number) => void): void {
  const found = (from ? text.slice(from) : text).match(TONE_TOKEN_RE);
  if (found) for (const w of found) emit(w, 0, w.length);
}
