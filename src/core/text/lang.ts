/**
 * Language detection with tinyld (light model, 69 KB; chosen by bench/lang-detect.ts: nearly the
 * accuracy of a 950 KB model on short comments). The page is decided first from many comments
 * together; a single comment gets its own tag only when it is long enough to tell, and is not read by
 * the model when its function words are plainly the page's.
 */
import { detect } from 'tinyld/light';
import { fold } from './normalize';
import { stopwordsFor } from './stopwords';
import { MIN_COMMENT_CHARS } from './bounds';

/** Languages the analysis has word lists for; detection is restricted to them when it can be. */
export const ANALYSIS_LANGS = ['fr', 'en', 'de', 'es', 'it', 'pt', 'ru'];
export { MIN_COMMENT_CHARS };
const PAGE_SAMPLE_CHARS = 2500;
const PAGE_VOTERS = 16;
/** Detection cost grows with length; this much text is plenty to tell. */
const DETECT_CHARS = 200;
const MAX_COMMENT_DETECTIONS = 30;
/** When this many long comments all agree with the page, the page is taken as one-language. */
const PROBE = 12;

export function primaryTag(tag: string | null | undefined): string | null {
  const m = /^([a-z]{2,3})\b/i.exec(tag ?? '');
  return m ? m[1].toLowerCase() : null;
}

/** Language of one text, or 'und' when too short or unclear. */
export function detectLang(text: string, minChars = 20): string {
  if (text.replace(/[^\p{L}]/gu, '').length < minChars) return 'und';
  return detect(text.slice(0, DETECT_CHARS), { only: ANALYSIS_LANGS }) || 'und';
}

export interface LangDecision {
  page: string;
  /** Comment index -> language, only for long comments whose language differs from the page's. */
  perComment: Map<number, string>;
}

/**
 * Decides the page language by a vote of up to 16 comments spread over the page (short ones are
 * pooled and read together), falling back to the page's declared `lang`; then tags long comments
 * that are in another language. Bounded work whatever the number of comments.
 */
export function decideLanguages(texts: readonly string[], declared: string | null): LangDecision {
  // Each comment is read at most once (a voter may also be probed below).
  const known = new Map<number, string>();
  const detectAt = (i: number, minChars: number) => {
    if (texts[i].replace(/[^\p{L}]/gu, '').length < minChars) return 'und';
    let l = known.get(i);
    // A comment plainly in one language's function words is not read by the model, which short
    // texts with a name or link in them can mislead ("xkcd" made two English comments German).
    if (l === undefined) known.set(i, (l = clearLanguage(texts[i]) ?? detectLang(texts[i], 0)));
    return l;
  };
  // One vote per sampled comment, so one long comment in another language cannot outvote many.
  const votes = new Map<string, number>();
  const step = Math.max(1, Math.floor(texts.length / PAGE_VOTERS));
  const short: string[] = [];
  for (let i = 0; i < texts.length; i += step) {
    const l = detectAt(i, 30);
    if (l !== 'und') votes.set(l, (votes.get(l) ?? 0) + 1);
    else if (short.join(' ').length < PAGE_SAMPLE_CHARS) short.push(texts[i]);
    // Stop once the voters left cannot change the outcome.
    const [first = 0, second = 0] = [...votes.values()].sort((a, b) => b - a);
    if (first > second + Math.ceil((texts.length - i - 1) / step)) break;
  }
  let detected = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'und';
  if (detected === 'und') detected = detectLang(short.join('\n'), 40);
  const page = detected !== 'und' ? detected : (primaryTag(declared) ?? 'und');
  const perComment = new Map<number, string>();
  let done = 0;
  for (let i = 0; i < texts.length && done < MAX_COMMENT_DETECTIONS; i++) {
    if (done >= PROBE && perComment.size === 0) break;
    if (texts[i].length < MIN_COMMENT_CHARS) continue;
    done++;
    if (known.has(i) || !clearlyIn(texts[i], page)) {
      const l = detectAt(i, MIN_COMMENT_CHARS / 2);
      if (l !== 'und' && l !== page) perComment.set(i, l);
    }
  }
  return { page, perComment };
}

/**
 * True when a text's function words are plainly those of `lang`: at least a quarter of its first
 * words are `lang`'s stopwords, and twice as many as any other language's. Such a comment needs no
 * detection (the model's reading costs far more); any doubt goes to the model.
 */
export function clearlyIn(text: string, lang: string): boolean {
  if (!ANALYSIS_LANGS.includes(lang)) return false;
  return clearLanguage(text, lang) === lang;
}

/**
 * The language whose function words a text plainly uses (clearlyIn's test), or null. `first`, the
 * language expected (a comment in the page's), is tried alone first: most texts fail on it at once.
 */
export function clearLanguage(text: string, first?: string): string | null {
  const words = (text.slice(0, DETECT_CHARS).toLowerCase().match(/[\p{L}’']+/gu) ?? []).map(fold);
  const hits = (l: string) => {
    const set = stopwordsFor(l);
    let n = 0;
    for (const w of words) if (set.has(w)) n++;
    return n;
  };
  const enough = (n: number) => n >= 4 && n >= words.length / 4;
  if (first !== undefined && !enough(hits(first))) return null;
  const counts = ANALYSIS_LANGS.map(hits);
  const own = Math.max(...counts);
  const best = ANALYSIS_LANGS[counts.indexOf(own)];
  return enough(own) && counts.every((n, i) => ANALYSIS_LANGS[i] === best || n * 2 <= own) ? best : null;
}
