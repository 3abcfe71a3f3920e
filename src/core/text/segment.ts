/**
 * Sentence and word segmentation on Intl.Segmenter, with the fixes comments need:
 * abbreviations (M., Mme, Dr., etc.), a closing quote after ?/! stays with its sentence, URLs are
 * never cut, French and Italian elisions (l’, d’, qu’, dell’) are split from their word, @mentions,
 * #tags, URLs and emoji stay whole.
 */

const ABBREVIATIONS = new Set([
  'm', 'mm', 'mme', 'mmes', 'mlle', 'dr', 'pr', 'me', 'st', 'ste', 'cf', 'etc', 'ex', 'env', 'av', 'apr', 'j.-c',
  'p', 'pp', 'vol', 'n°', 'no', 'nr', 'art', 'chap', 'mr', 'mrs', 'ms', 'prof', 'sr', 'jr', 'vs', 'e.g', 'i.e',
  'approx', 'dept', 'fig', 'jan', 'feb', 'févr', 'sept', 'oct', 'nov', 'dec', 'déc', 'bzw', 'usw', 'z.b', 'd.h',
  'sra', 'sres', 'srta', 'ud', 'uds', 'sig', 'dott', 'ecc', 'sig.ra', 'gen', 'col', 'lt', 'cpt', 'gov', 'sen', 'rep',
]);
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>«»"]+[^\s<>«»".,;:!?)\]]/giu;
const CLOSERS = /^[\s]*[»”"’)\]]+/u;

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

function endsWithAbbreviation(seg: string): boolean {
  const m = /(?:^|[\s(«"“])([\p{L}.°-]{1,8})\.\s*$/u.exec(seg);
  if (!m) return false;
  const w = m[1].toLowerCase();
  // A lone capital initial ("J. Dupont") or a known abbreviation.
  return ABBREVIATIONS.has(w) || /^\p{Lu}$/u.test(m[1]);
}

/** Sentences of a text, trimmed, in order. Line breaks always end a sentence. */
export function sentences(text: string, lang = 'und'): string[] {
  const urls = urlSpans(text);
  const insideUrl = (i: number) => urls.some(([a, b]) => i > a && i < b);
  const out: { text: string; end: number }[] = [];
  for (const s of sentenceSegmenter(lang).segment(text)) {
    const start = s.index;
    const prev = out[out.length - 1];
    const closer = CLOSERS.exec(s.segment);
    if (prev && !/\n\s*$/.test(prev.text) && (insideUrl(start) || endsWithAbbreviation(prev.text))) {
      prev.text += s.segment;
    } else if (prev && !/\n\s*$/.test(prev.text) && !/[\p{L}\p{N}]/u.test(s.segment)) {
      prev.text += s.segment; // a lone emoji or "…" after the end mark
    } else if (prev && closer && !/\n\s*$/.test(prev.text)) {
      const rest = s.segment.slice(closer[0].length);
      if (/^\s*\p{Ll}/u.test(rest)) prev.text += s.segment; // « Vraiment ? » puis il…
      else {
        prev.text += closer[0];
        if (rest.trim()) out.push({ text: rest, end: start + s.segment.length });
      }
    } else {
      out.push({ text: s.segment, end: start + s.segment.length });
    }
  }
  return out.map((s) => s.text.replace(/\s+/g, ' ').trim()).filter((s) => s.length > 0);
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
const FAST_WORD = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*/gu;

function plainWords(text: string, lang: string, out: Token[]): void {
  const pieces: string[] = [];
  if (NO_SPACE_SCRIPT.test(text)) {
    for (const s of wordSegmenter(lang).segment(text)) if (s.isWordLike) pieces.push(s.segment);
  } else {
    for (const m of text.matchAll(FAST_WORD)) pieces.push(m[0]);
  }
  for (let w of pieces) {
    const el = w.includes('’') || w.includes("'") ? ELISION.exec(w) : null;
    if (el && el[0].length < w.length) {
      out.push({ text: el[0], kind: 'word' });
      w = w.slice(el[0].length);
    }
    // "etc." and "M." keep their letters only; abbreviations with inner dots ("e.g") stay whole.
    const c = w.charCodeAt(0);
    out.push({ text: w, kind: c >= 48 && c <= 57 && /^[\p{N}.,'’-]+$/u.test(w) ? 'number' : 'word' });
  }
}

/** Word tokens (no punctuation or spaces), URLs, @mentions, #tags and emoji kept whole. */
const MAYBE_SPECIAL = /[@#]|https?:|www\.|[\u2600-\u27bf\u{1f000}-\u{1faff}]/iu;

export function words(text: string, lang = 'und'): Token[] {
  const out: Token[] = [];
  if (!MAYBE_SPECIAL.test(text)) {
    plainWords(text, lang, out);
    return out;
  }
  let last = 0;
  for (const m of text.matchAll(SPECIAL)) {
    const i = m.index ?? 0;
    plainWords(text.slice(last, i), lang, out);
    const t = m[0];
    const kind: TokenKind = t[0] === '@' ? 'mention' : t[0] === '#' ? 'hashtag' : /^(?:https?:|www\.)/i.test(t) ? 'url' : 'emoji';
    out.push({ text: t, kind });
    last = i + t.length;
  }
  plainWords(text.slice(last), lang, out);
  return out;
}
