/**
 * Tone signals per comment: exclamation and capitals share, insults and name-calling, agreement and
 * disagreement markers, each with the words that triggered it. Counted as distributions over
 * comments and threads; never a verdict about a person.
 */
import type { ToneSignal } from '../analysis-types';
import { fold } from '../text';
import { AGREEMENT, DISAGREEMENT, INSULTS } from './lexicons';

export type ToneBucket = 'exclamatory' | 'shouting' | 'insulting' | 'agreeing' | 'disagreeing' | 'neutral';

const phraseRe = (list: readonly string[]) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
const cache = new Map<string, { insults: Set<string>; agree: RegExp; disagree: RegExp }>();
function lexicon(lang: string) {
  const key = INSULTS[lang] ? lang : 'en';
  let l = cache.get(key);
  if (!l) {
    l = { insults: new Set(INSULTS[key]), agree: phraseRe(AGREEMENT[key]), disagree: phraseRe(DISAGREEMENT[key]) };
    cache.set(key, l);
  }
  return l;
}

const uniq = (xs: string[]) => [...new Set(xs)];

export function toneOf(commentId: string, text: string, lang: string): ToneSignal {
  const ends = text.match(/[.!?…]+/g) ?? [];
  const bangs = ends.filter((e) => e.includes('!')).length;
  const letterWords = text.match(/\p{L}{3,}/gu) ?? [];
  const caps = letterWords.filter((w) => w === w.toUpperCase() && w !== w.toLowerCase()).length;
  const folded = fold(text);
  const lex = lexicon(lang);
  const insults = uniq((folded.match(/[\p{L}’-]+/gu) ?? []).flatMap((w) => w.split('-')).filter((w) => lex.insults.has(w)));
  return {
    commentId,
    exclamation: ends.length ? bangs / ends.length : 0,
    // One or two capitalised acronyms (UE, USA) are not shouting: needs at least three words.
    capitals: caps >= 3 ? caps / letterWords.length : 0,
    insults,
    agreement: uniq(folded.match(lex.agree) ?? []),
    disagreement: uniq(folded.match(lex.disagree) ?? []),
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
