/**
 * Words of a passage as term ids of a shared vocabulary, in one pass: each distinct word is folded,
 * checked against the stopwords, the greetings and the tone lexicon once, then found by one lookup.
 */
import { fold, hashRange, isStopword, scanWords, termKey, WordTable, type TokenKind } from '../text';
import { GREETINGS } from './lexicons';
import { toneKeys } from './tone';

export interface Vocab {
  ids: Map<string, number>;
  /** Surface form (lower case) first seen for each id, for display. */
  surface: string[];
  /**
   * Per term id, in German passages, how often it was written starting in lower case and in upper case
   * where a sentence does not start (German writes its nouns with a capital: keywords.ts). Grown by tokenize.
   */
  cases?: { lower: Int32Array; upper: Int32Array };
}

/** What one passage gave. */
export interface Terms {
  /** Distinct content terms (greetings excluded). */
  content: number;
  /** The passage may hold a tone marker or insult (when false, it surely holds none). */
  tone: boolean;
  /** Some token starts with a capital letter. */
  capitals: boolean;
}

const GREETING = 1 << 30;
const TONE = 1 << 29;
/** The word starts with a capital letter (it may name a participant). */
const CAPITAL = 1 << 28;
const ID = CAPITAL - 1;
/** The id part of a stopword. */
const STOP = ID;

/** Per language, word -> id and flags: one lookup per token, most of them without cutting the word out. */
const wordCache = new WeakMap<Vocab, Map<string, WordTable>>();

function cacheOf(vocab: Vocab, lang: string): WordTable {
  let byLang = wordCache.get(vocab);
  if (!byLang) wordCache.set(vocab, (byLang = new Map()));
  let cache = byLang.get(lang);
  if (!cache) byLang.set(lang, (cache = new WordTable()));
  return cache;
}

/** Pieces of a word as the tone lexicon reads words: runs of letters and digits. */
const PIECE = /[^\p{L}\p{N}]+/u;

function lookup(word: string, lang: string, vocab: Vocab): number {
  const f = fold(word);
  const keys = toneKeys(lang);
  const tone = keys.has(f) || (PIECE.test(word) && word.split(PIECE).some((p) => keys.has(fold(p)))) ? TONE : 0;
  const flags = tone | (/^\p{Lu}/u.test(word) ? CAPITAL : 0);
  if (isStopword(f, lang)) return STOP | flags;
  const key = termKey(word, lang);
  let id = vocab.ids.get(key);
  if (id === undefined) {
    id = vocab.surface.length;
    vocab.ids.set(key, id);
    vocab.surface.push(word.toLowerCase());
  }
  return id | flags | ((GREETINGS[lang] ?? GREETINGS.en).has(f) ? GREETING : 0);
}

/** Marks of the terms counted in the passage being read (by term id), reused between passages. */
let counted = new Int32Array(1024);
let passage = 0;
/** The passage being read: its ids so far (a reused buffer) and what it gave. */
let ids = new Int32Array(1024);
let size = 0;
let terms: Terms = { content: 0, tone: false, capitals: false };
let cases: NonNullable<Vocab['cases']> = { lower: new Int32Array(0), upper: new Int32Array(0) };
/** The passage is German: its words' cases are counted. */
let counting = false;
/** The word being taken may start a sentence, or the passage is not German: its case is not counted in `cases`. */
let initial = true;
/** What may end a sentence or open one: a word after it may be capitalised for that alone. */
const OPENS = /[.!?…:;"“”„«»()\n]/;

/** Whether the word at `start` of `text` follows only spaces after the start of the text or an OPENS mark. */
function atStart(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 160 || text.charCodeAt(i) === 9)) i--;
  return i < 0 || OPENS.test(text[i]);
}
let reading: { cache: WordTable; lang: string; vocab: Vocab } | undefined;

/** Grows the buffers (called on every passage: no branch that an optimised reader would meet late). */
function reserve(vocabSize: number, length: number): void {
  if (vocabSize > counted.length) {
    const grown = new Int32Array(Math.max(vocabSize, counted.length * 2));
    grown.set(counted);
    counted = grown;
  }
  if (length > ids.length) ids = new Int32Array(Math.max(length, ids.length * 2));
}

function take(word: string, kind: TokenKind): void {
  const r = reading as NonNullable<typeof reading>;
  if (kind === 'word') {
    let v = r.cache.get(word);
    if (v === -1) r.cache.add(word, (v = lookup(word, r.lang, r.vocab)));
    initial = true; // no position: its case is not counted
    takeValue(v);
    return;
  }
  if (kind !== 'number' && kind !== 'emoji') {
    terms.tone = true; // "@idiot", "#honte": words the lexicon reads
    if (/^\p{Lu}/u.test(word)) terms.capitals = true;
  }
  takeValue(STOP);
}

/** A plain word as a range of the passage: found in the table without a new string when seen before. */
function takeRange(text: string, start: number, end: number): void {
  const r = reading as NonNullable<typeof reading>;
  // One hash of the word, for the search and, when new, for its entry.
  const hash = hashRange(text, start, end);
  let v = r.cache.findRange(text, start, end, hash);
  if (v === -1) {
    const word = text.slice(start, end);
    r.cache.add(word, (v = lookup(word, r.lang, r.vocab)), hash);
  }
  initial = !counting || atStart(text, start);
  takeValue(v);
}

function takeValue(v: number): void {
  if (v & TONE) terms.tone = true;
  if (v & CAPITAL) terms.capitals = true;
  const id = v & ID;
  if (id === STOP) {
    if (size && ids[size - 1] !== -1) ids[size++] = -1;
    return;
  }
  ids[size++] = id;
  if (!initial) {
    if (v & CAPITAL) cases.upper[id]++;
    else cases.lower[id]++;
  }
  if (counted[id] !== passage) {
    counted[id] = passage;
    if (!(v & GREETING)) terms.content++;
  }
}

/** The passage's term ids (-1 marks a phrase break: stopword, number, link...) and what it gave. */
export function tokenize(text: string, lang: string, vocab: Vocab): Terms & { seq: Int32Array } {
  reading = { cache: cacheOf(vocab, lang), lang, vocab };
  terms = { content: 0, tone: text.includes('+'), capitals: false };
  size = 0;
  passage++;
  // Each new word and each token take at least one character.
  reserve(vocab.surface.length + text.length, text.length);
  counting = lang.slice(0, 2) === 'de';
  if (counting) cases = casesOf(vocab, vocab.surface.length + text.length);
  scanWords(text, lang, take, takeRange);
  reading = undefined;
  // Fields copied by name: an object spread here cost as much as the rest of the passage's reading.
  return { content: terms.content, tone: terms.tone, capitals: terms.capitals, seq: keep(size) };
}

/** The vocabulary's case counts, with room for `size` ids. */
function casesOf(vocab: Vocab, size: number): NonNullable<Vocab['cases']> {
  const c = vocab.cases;
  if (c && c.lower.length >= size) return c;
  const n = Math.max(size, (c?.lower.length ?? 512) * 2);
  const grown = { lower: new Int32Array(n), upper: new Int32Array(n) };
  if (c) {
    grown.lower.set(c.lower);
    grown.upper.set(c.upper);
  }
  vocab.cases = grown;
  return grown;
}

/**
 * The passage's ids as a view into a shared block: one typed array allocated per 16K ids instead of
 * one per passage (a new typed array costs a microsecond or so). Blocks are never reused: the views
 * stay valid as long as their documents live.
 */
const BLOCK = 16384;
let block = new Int32Array(BLOCK);
let blockUsed = 0;
function keep(length: number): Int32Array {
  if (length > BLOCK) return ids.slice(0, length);
  if (blockUsed + length > BLOCK) {
    block = new Int32Array(BLOCK);
    blockUsed = 0;
  }
  block.set(ids.subarray(0, length), blockUsed);
  blockUsed += length;
  return block.subarray(blockUsed - length, blockUsed);
}
