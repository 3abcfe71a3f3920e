/**
 * Sentence and word segmentation on Intl.Segmenter, with the fixes comments need:
 * abbreviations (M., Mme, Dr., etc.), a closing quote after ?/! stays with its sentence, URLs are
 * never cut, French and Italian elisions (l’, d’, qu’, dell’) are split from their word, @mentions,
 * #tags, URLs and emoji stay whole.
 */
import { scanPlainWords } from './word-scan';

const ABBREVIATIONS = new Set([
  'm', 'mm', 'mme', 'mmes', 'mlle', 'dr', 'pr', 'me', 'st', 'ste', 'cf', 'etc', 'ex', 'env', 'av', 'apr', 'j.-c',
  'p', 'pp', 'vol', 'n°', 'no', 'nr', 'art', 'chap', 'mr', 'mrs', 'ms', 'prof', 'sr', 'jr', 'vs', 'e.g', 'i.e',
  'approx', 'dept', 'fig', 'jan', 'feb', 'févr', 'sept', 'oct', 'nov', 'dec', 'déc', 'bzw', 'usw', 'z.b', 'd.h',
  'sra', 'sres', 'srta', 'ud', 'uds', 'sig', 'dott', 'ecc', 'sig.ra', 'gen', 'col', 'lt', 'cpt', 'gov', 'sen', 'rep',
]);
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>«»"]+[^\s<>«»".,;:!?)\]]/giu;
const CLOSERS = /^[\s]*[»”"’)\]]+/u;
/** Cheap test before looking for URLs (URL_RE needs a scheme or www.). */
const MAYBE_URL = /https?:\/\/|www\./i;

const sentenceSegmenters = new Map<string, Intl.Segmenter>();
function sentenceSegmenter(lang: string): Intl.Segmenter {
  let s = sentenceSegmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang === 'und' ? undefined : lang, { granularity: 'sentence' });
    sentenceSegmenters.set(lang, s);
  }
  return s;
}

export function urlSpans(text: string): [number, number][] {
  return [...text.matchAll(URL_RE)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
}

/** The characters `\s` matches (WhiteSpace and LineTerminator), by code. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Index of the last character that is not a space (-1: none). */
function lastVisible(s: string): number {
  let i = s.length - 1;
  while (i >= 0 && isSpace(s.charCodeAt(i))) i--;
  return i;
}

function endsWithAbbreviation(seg: string): boolean {
  // Only the end can match: a word of at most 8 characters and its dot (then spaces).
  const end = lastVisible(seg);
  if (end < 0 || seg[end] !== '.') return false;
  const t = seg.slice(Math.max(0, end - 9), end + 1);
  const m = /(?:^|[\s(«"“])([\p{L}.°-]{1,8})\.$/u.exec(end >= 10 ? t : seg.slice(0, end + 1));
  if (!m) return false;
  const w = m[1].toLowerCase();
  // A lone capital initial ("J. Dupont") or a known abbreviation.
  return ABBREVIATIONS.has(w) || /^\p{Lu}$/u.test(m[1]);
}

/** True when the text ends with a line break (then only spaces). */
function endsWithBreak(s: string): boolean {
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (c === 10) return true;
    if (!isSpace(c)) return false;
  }
  return false;
}

/** One line break inside a sentence: after a word or a comma, the next line in lower case ("n’est\nni l’un…"). */
function brokenLine(prev: string, seg: string): boolean {
  const end = lastVisible(prev);
  if (end < 0 || !/[\p{L}\p{N},]/u.test(prev[end]) || prev.indexOf('\n', end) !== prev.lastIndexOf('\n')) return false;
  return /^[ \t\u00a0]*\p{Ll}/u.test(seg);
}

/**
 * Sentences of a text, trimmed, in order, as they are found: a caller that needs only the first
 * few does not pay for segmenting the rest. Line breaks end a sentence, but for a single one inside
 * it (brokenLine).
 */
export function* eachSentence(text: string, lang = 'und'): Generator<string> {
  // One sentence: the segmenter would give the text whole (it breaks only after a terminator or a
  // line break, UAX #29), and so would the fixes below. Half of all comments are one sentence.
  if (!endsBefore(text, lastRunStart(text))) {
    const one = tidy(text);
    if (one) yield one;
    return;
  }
  const urls = MAYBE_URL.test(text) ? urlSpans(text) : [];
  let prev: string | undefined;
  for (const s of sentenceSegmenter(lang).segment(text)) {
    const start = s.index;
    const seg = s.segment;
    const open = prev !== undefined && !endsWithBreak(prev);
    const closer = open ? CLOSERS.exec(seg) : null;
    if (open && (urls.some(([a, b]) => start > a && start < b) || endsWithAbbreviation(prev as string))) {
      prev += seg;
    } else if (prev !== undefined && !open && brokenLine(prev, seg)) {
      prev += seg;
    } else if (open && !/[\p{L}\p{N}]/u.test(seg)) {
      prev += seg; // a lone emoji or "…" after the end mark
    } else if (closer) {
      const rest = seg.slice(closer[0].length);
      if (/^\s*\p{Ll}/u.test(rest)) prev += seg; // « Vraiment ? » puis il…
      else {
        prev += closer[0];
        if (rest.trim()) {
          const done = tidy(prev as string);
          if (done) yield done;
          prev = rest;
        }
      }
    } else {
      const done = prev === undefined ? '' : tidy(prev);
      if (done) yield done;
      prev = seg;
    }
  }
  const last = prev === undefined ? '' : tidy(prev);
  if (last) yield last;
}

/** Where the segmenter may end a sentence: after a terminator, or at a line or paragraph break. */
const END = /[\p{Sentence_Terminal}\n\r\v\f\u0085\u2028\u2029]/gu;
/** A character of a text's last run of terminators, closing marks and spaces (not a line break: one would end a sentence). */
const LAST_RUN = /^[\p{Sentence_Terminal}»”"’)\] \t\u00a0]$/u;

/** Where the text's last run of terminators, closing marks and spaces begins (its length: none). */
export function lastRunStart(text: string): number {
  let i = text.length;
  while (i > 0 && LAST_RUN.test(text[i - 1])) i--;
  return i;
}

/**
 * Where the first and the last marks before `at` are at which the segmenter may end a sentence (null:
 * none, the text is one sentence up to `at`).
 */
export function endMarks(text: string, at: number): [number, number] | null {
  END.lastIndex = 0;
  let m = END.exec(text);
  if (m === null || m.index >= at) return null;
  const first = m.index;
  let last = first;
  while ((m = END.exec(text)) !== null && m.index < at) last = m.index;
  return [first, last];
}

/** True when a sentence may end before `at`. */
function endsBefore(text: string, at: number): boolean {
  END.lastIndex = 0;
  const m = END.exec(text);
  return m !== null && m.index < at;
}

/** Spaces collapsed and trimmed (most sentences already are: then no new string). */
const tidy = (s: string) => (/\s\s|[^\S ]/.test(s) ? s.replace(/\s+/g, ' ') : s).trim();

/** Sentences of a text, trimmed, in order (see eachSentence). */
export function sentences(text: string, lang = 'und'): string[] {
  return [...eachSentence(text, lang)];
}

export type TokenKind = 'word' | 'number' | 'url' | 'mention' | 'hashtag' | 'emoji';
export interface Token {
  text: string;
  kind: TokenKind;
}

const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu|dell|all|dall|nell|sull|un|quest|quell|po)['’]/iu;
const wordSegmenters = new Map<string, Intl.Segmenter>();
function wordSegmenter(lang: string): Intl.Segmenter {
  let s = wordSegmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang === 'und' ? undefined : lang, { granularity: 'word' });
    wordSegmenters.set(lang, s);
  }
  return s;
}

const SPECIAL = new RegExp(`${URL_RE.source}|[@#][\\p{L}\\p{N}_.-]*[\\p{L}\\p{N}_]|\\p{Extended_Pictographic}(?:\\p{EMod}|\\uFE0F|\\u200D\\p{Extended_Pictographic})*`, 'giu');
/** Scripts written without spaces need the dictionary-based segmenter; others are split by a fast rule. */
const NO_SPACE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** Receives each token in reading order. */
export type TokenSink = (text: string, kind: TokenKind) => void;
/**
 * Optional fast path for the commonest token: a plain word (starting with a letter, no apostrophe) as
 * the range text[start, end) of a longer text, not cut out of it. Without it such words go to the TokenSink.
 */
export type WordRangeSink = (text: string, start: number, end: number) => void;

function piece(word: string, emit: TokenSink, apostrophe: boolean): void {
  let w = word;
  const el = apostrophe ? ELISION.exec(w) : null;
  if (el && el[0].length < w.length) {
    emit(el[0], 'word');
    w = w.slice(el[0].length);
  }
  // "etc." and "M." keep their letters only; abbreviations with inner dots ("e.g") stay whole.
  const c = w.charCodeAt(0);
  emit(w, c >= 48 && c <= 57 && /^[\p{N}.,'’-]+$/u.test(w) ? 'number' : 'word');
}

function plainWords(text: string, lang: string, emit: TokenSink, range?: WordRangeSink): void {
  if (NO_SPACE_SCRIPT.test(text)) {
    for (const s of wordSegmenter(lang).segment(text)) if (s.isWordLike) piece(s.segment, emit, s.segment.includes('’') || s.segment.includes("'"));
    return;
  }
  if (!range) {
    scanPlainWords(text, (t, start, end, apostrophe) => piece(t.slice(start, end), emit, apostrophe));
    return;
  }
  scanPlainWords(text, (t, start, end, apostrophe) => {
    // What piece() would split (an elision) or call a number goes the token way.
    const c = t.charCodeAt(start);
    if (apostrophe || (c >= 48 && c <= 57)) piece(t.slice(start, end), emit, apostrophe);
    else range(t, start, end);
  });
}

/** Word tokens (no punctuation or spaces), URLs, @mentions, #tags and emoji kept whole. */
const MAYBE_SPECIAL = /[@#]|https?:|www\.|[\u2600-\u27bf\u{1f000}-\u{1faff}]/iu;

/**
 * The tokens of `words`, handed one by one to `emit` (no token objects: for hot loops); plain words to
 * `range` when given.
 */
export function scanWords(text: string, lang: string, emit: TokenSink, range?: WordRangeSink): void {
  if (!MAYBE_SPECIAL.test(text)) {
    plainWords(text, lang, emit, range);
    return;
  }
  let last = 0;
  for (const m of text.matchAll(SPECIAL)) {
    const i = m.index ?? 0;
    plainWords(text.slice(last, i), lang, emit, range);
    const t = m[0];
    emit(t, t[0] === '@' ? 'mention' : t[0] === '#' ? 'hashtag' : /^(?:https?:|www\.)/i.test(t) ? 'url' : 'emoji');
    last = i + t.length;
  }
  plainWords(text.slice(last), lang, emit, range);
}

export function words(text: string, lang = 'und'): Token[] {
  const out: Token[] = [];
  scanWords(text, lang, (t, kind) => out.push({ text: t, kind }));
  return out;
}
