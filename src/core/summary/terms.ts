/**
 * Words of a passage as term ids of a shared vocabulary, in one pass: each distinct word is folded,
 * checked against the stopwords, the greetings and the tone lexicon once, then found by one lookup.
 */
import { fold, isStopword, scanWords, termKey } from '../text';
import { GREETINGS } from './lexicons';
import { toneKeys } from './tone';

export interface Vocab {
  ids: Map<string, number>;
  /** Surface form (lower case) first seen for each id, for display. */
  surface: string[];
}

/** What one passage gave. */
export interface Terms {
  /** Distinct content terms (greetings excluded). */
  content: number;
  /** The passage may hold a tone marker or insult (when false, it surely holds none). */
  tone: boolean;
}

const GREETING = 1 << 30;
const TONE = 1 << 29;
const ID = TONE - 1;
/** The id part of a stopword. */
const STOP = ID;

/** Per language, word -> id and flags: one lookup per token. */
const wordCache = new WeakMap<Vocab, Map<string, Map<string, number>>>();

function cacheOf(vocab: Vocab, lang: string): Map<string, number> {
  let byLang = wordCache.get(vocab);
  if (!byLang) wordCache.set(vocab, (byLang = new Map()));
  let cache = byLang.get(lang);
  if (!cache) byLang.set(lang, (cache = new Map()));
  return cache;
}

/** Pieces of a word as the tone lexicon reads words: runs of letters and digits. */
const PIECE = /[^\p{L}\p{N}]+/u;

function lookup(word: string, lang: string, vocab: Vocab): number {
  const f = fold(word);
  const keys = toneKeys(lang);
  const tone = keys.has(f) || (PIECE.test(word) && word.split(PIECE).some((p) => keys.has(fold(p)))) ? TONE : 0;
  if (isStopword(f, lang)) return STOP | tone;
  const key = termKey(word, lang);
  let id = vocab.ids.get(key);
  if (id === undefined) {
    id = vocab.surface.length;
    vocab.ids.set(key, id);
    vocab.surface.push(word.toLowerCase());
  }
  return id | tone | ((GREETINGS[lang] ?? GREETINGS.en).has(f) ? GREETING : 0);
}

/** Marks of the terms counted in the passage being read (by term id), reused between passages. */
let counted = new Int32Array(1024);
let passage = 0;

/** Grows the marks (called on every passage: no branch that an optimised tokenize would meet late). */
function reserve(size: number): void {
  if (size <= counted.length) return;
  const grown = new Int32Array(Math.max(size, counted.length * 2));
  grown.set(counted);
  counted = grown;
}

/** Appends the passage's term ids to `out` (-1 marks a phrase break: stopword, number, link...). */
export function tokenize(text: string, lang: string, vocab: Vocab, out: number[]): Terms {
  const cache = cacheOf(vocab, lang);
  const terms: Terms = { content: 0, tone: text.includes('+') };
  passage++;
  reserve(vocab.surface.length + text.length); // each new word takes at least one character

  scanWords(text, lang, (word, kind) => {
    let v = STOP;
    if (kind === 'word') {
      v = cache.get(word) ?? -1;
      if (v === -1) cache.set(word, (v = lookup(word, lang, vocab)));
      if (v & TONE) terms.tone = true;
    } else if (kind !== 'number' && kind !== 'emoji') terms.tone = true; // "@idiot", "#honte": words the lexicon reads
    const id = v & ID;
    if (id === STOP) {
      if (out.length && out[out.length - 1] !== -1) out.push(-1);
      return;
    }
    out.push(id);
    if (counted[id] !== passage) {
      counted[id] = passage;
      if (!(v & GREETING)) terms.content++;
    }
  });
  return terms;
}
