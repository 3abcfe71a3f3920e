/**
 * Function words per language, from the maintained `stopword` package (named per-language
 * exports, so a bundler keeps only these seven lists), and stopwords-iso's broader lists (imported
 * by name from its JSON: the build keeps these seven too). Folded like every matching key.
 */
import { deu, eng, fra, ita, por, rus, spa } from 'stopword';
import { de, en, es, fr, it, pt, ru } from 'stopwords-iso/stopwords-iso.json';
import { fold } from './normalize';

const LISTS: Record<string, readonly string[]> = { en: eng, fr: fra, de: deu, es: spa, it: ita, pt: por, ru: rus };
export const SUPPORTED_LANGS = Object.keys(LISTS);

const cache = new Map<string, ReadonlySet<string>>();

/** Folded stopwords of a language (BCP 47 primary tag); English ones for an unknown language. */
export function stopwordsFor(lang: string): ReadonlySet<string> {
  const key = LISTS[lang] ? lang : 'en';
  let set = cache.get(key);
  if (!set) {
    set = new Set(LISTS[key].map(fold));
    cache.set(key, set);
  }
  return set;
}

/** True for a folded word that carries no topic: a stopword, an elided article (l’, qu’), a single letter. */
export function isStopword(folded: string, lang: string): boolean {
  return folded.length < 2 || folded.endsWith('’') || stopwordsFor(lang).has(folded);
}

const BROAD: Record<string, readonly string[]> = { en, fr, de, es, it, pt, ru };
const broadCache = new Map<string, ReadonlySet<string>>();

/**
 * Folded words of stopwords-iso's list for a language (English for an unknown one): besides the
 * function words above, the adverbs, contractions, numerals and vague words (so, just, encore, plus,
 * bien, it’s, thanks, things) that say nothing of a topic on their own. Too broad for the vectors
 * (it holds words that are arguments: research, free, work, état); the key phrases use it, and the
 * questions (with a word of it, "Does spicy count?" is a sentence; "Spoiler alert?" is not).
 */
export function broadStopwordsFor(lang: string): ReadonlySet<string> {
  const key = BROAD[lang] ? lang : 'en';
  let set = broadCache.get(key);
  if (!set) {
    set = new Set([...BROAD[key], ...LISTS[key]].map(fold));
    broadCache.set(key, set);
  }
  return set;
}
