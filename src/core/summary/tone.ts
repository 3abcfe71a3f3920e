/**
 * Tone signals per comment: exclamation and capitals share, insults and name-calling, agreement and
 * disagreement markers, each with the words that triggered it. Counted as distributions over
 * comments and threads; never a verdict about a person.
 */
import type { ToneSignal } from '../analysis-types';
import { fold } from '../text';
import { AGREEMENT, DISAGREEMENT, INSULTS } from './lexicons';

export type ToneBucket = 'exclamatory' | 'shouting' | 'insulting' | 'agreeing' | 'disagreeing' | 'neutral';

/** Markers are matched as whole token sequences: " tout a fait " inside " ... tout a fait ... ". */
const tokensOf = (text: string) => text.match(/[\p{L}\p{N}’'+]+/gu) ?? [];
const folded = new Map<string, string>();
/** fold() per distinct word (cached): cheaper than folding whole texts. */
function foldWord(w: string): string {
  let f = folded.get(w);
  if (f === undefined) {
    if (folded.size > 100_000) folded.clear();
    folded.set(w, (f = fold(w)));
  }
  return f;
}
/** Markers indexed by their first (folded) token: a text is scanned once, not once per marker. */
type Markers = Map<string, { marker: string; toks: string[]; rank: number }[]>;
function prepare(list: readonly string[]): Markers {
  const m: Markers = new Map();
  for (const [rank, marker] of list.entries()) {
    const toks = tokensOf(marker.toLowerCase()).map(fold);
    if (!toks.length) continue;
    const l = m.get(toks[0]);
    if (l) l.push({ marker, toks, rank });
    else m.set(toks[0], [{ marker, toks, rank }]);
  }
  return m;
}
interface Lexicon { insults: Set<string>; agree: Markers; disagree: Markers }
const cache = new Map<string, Lexicon>();
function lexicon(lang: string): Lexicon {
  const key = INSULTS[lang] ? lang : 'en';
  let l = cache.get(key);
  if (!l) {
    l = { insults: new Set(INSULTS[key]), agree: prepare(AGREEMENT[key]), disagree: prepare(DISAGREEMENT[key]) };
    cache.set(key, l);
  }
  return l;
}
function found(tokens: readonly string[], markers: Markers): string[] {
  const out: { marker: string; rank: number }[] = [];
  tokens.forEach((t, i) => {
    for (const m of markers.get(t) ?? []) if (m.toks.every((x, k) => tokens[i + k] === x) && !out.includes(m)) out.push(m);
  });
  // In the lexicon's order, as listed before.
  return out.sort((a, b) => a.rank - b.rank).map((m) => m.marker);
}

const uniq = (xs: string[]) => [...new Set(xs)];

export function toneOf(commentId: string, text: string, lang: string): ToneSignal {
  const ends = text.match(/[.!?…]+/g) ?? [];
  const bangs = ends.filter((e) => e.includes('!')).length;
  // Shouting needs runs of capitals: only then are words counted.
  const letterWords = /\p{Lu}{3}/u.test(text) ? (text.match(/\p{L}{3,}/gu) ?? []) : [];
  const caps = letterWords.filter((w) => w === w.toUpperCase() && w !== w.toLowerCase()).length;
  const tokens = tokensOf(text.toLowerCase()).map(foldWord);
  const lex = lexicon(lang);
  const insults = uniq(tokens.filter((w) => lex.insults.has(w)));
  return {
    commentId,
    exclamation: ends.length ? bangs / ends.length : 0,
    // One or two capitalised acronyms (UE, USA) are not shouting: needs at least three words.
    capitals: caps >= 3 ? caps / letterWords.length : 0,
    insults,
    agreement: found(tokens, lex.agree),
    disagreement: found(tokens, lex.disagree),
  };
}

export function bucketsOf(t: ToneSignal): ToneBucket[] {
  const b: ToneBucket[] = [];
  if (t.exclamation >= 0.5) b.push('exclamatory');
  if (t.capitals >= 0.3) b.push('shouting');
  if (t.insults.length) b.push('insulting');
  if (t.agreement.length) b.push('agreeing');
  if (t.disagreement.length) b.push('disagreeing');
  return b.length ? b : ['neutral'];
}

export function distribution(signals: readonly ToneSignal[]): Record<string, number> {
  const d: Record<string, number> = { neutral: 0, exclamatory: 0, shouting: 0, insulting: 0, agreeing: 0, disagreeing: 0 };
  for (const s of signals) for (const b of bucketsOf(s)) d[b]++;
  return d;
}
