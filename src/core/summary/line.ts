/**
 * The text of a summary line (a key point's or a thread's): one passage of a comment, cut to a
 * sentence when long, without the remarks that open or close it.
 */
import { eachSentence, endMarks, fold, isStopword, lastRunStart, scanWords, wordsAmong } from '../text';
import { CONTINUATIONS, GREETINGS } from './lexicons';
import { MENTION, type Doc } from './prepare';

const MAX_TEXT = 280;
const LINKS_AND_MENTIONS = new RegExp(`(?:https?:\\/\\/|www\\.)\\S+|${MENTION.source}`, 'g');

/** Before a passage's first letter or digit: what a line of the summary does not open on. */
const LEAD = /^[^\p{L}\p{N}«"“(]+/u;

/**
 * The passage itself when short, else its first full sentence under the display limit; either way
 * without the remarks around the point that open or close it ("MDR ? Vraiment ???", "Thanks!").
 */
export function representativeSentence(d: Doc): string {
  // Links and mentions (@name, Reddit's u/name) say nothing to a reader of the summary.
  const plain = /https?:\/\/|www\.|@|u\//.test(d.body) ? d.body.replace(LINKS_AND_MENTIONS, ' ').replace(/[\s,;:]+$/, '') : d.body;
  const whole = (/\s\s|[^\S ]/.test(plain) ? plain.replace(/\s+/g, ' ') : plain).replace(LEAD, '').trim();
  // A longer passage gives its first full sentence below, which no short remark is: it is not segmented whole.
  const body = whole.length <= 2 * MAX_TEXT ? withoutRemarks(whole, d.lang) : whole;
  if (body.length <= MAX_TEXT) return body;
  // The first full sentence usually states the point (read no further); else the longest that fits and
  // says something (not "Liebe Grüße," after sentences too long to show: then the passage's start, cut).
  let longest: string | undefined;
  for (const s of eachSentence(body, d.lang)) {
    if (s.length > MAX_TEXT) continue;
    if (s.split(/\s+/).length >= 8) return s;
    if ((!longest || s.length > longest.length) && contentWords(s, d.lang) > OPENING_REMARK) longest = s;
  }
  return longest ?? `${body.slice(0, MAX_TEXT - 1)}…`;
}

/** Characters read of a passage's first and last sentences before it is segmented. */
const WINDOW = 60;
/**
 * An opening sentence of at most this many content words says no point of its own ("Nous en
 * reparlerons..!", "MDR ?"); a closing one, of none ("Merci.", "Cheers!"): one word can close a point
 * ("It should never be abolished.").
 */
const OPENING_REMARK = 1;
const CLOSING_REMARK = 0;
/** A closing of at most this many words, a greeting among them, signs off: "Liebe Grüße Marie", "Kind regards", "Gruß MK". */
const SIGN_OFF_WORDS = 3;

/**
 * The passage without the remarks that open or close it (a stopword or a greeting of the passage's
 * language is no content word): an interjection, a thanks or a name called out frames the point but
 * is not it. Sentences between two that say something are kept, and so is the last one left.
 */
export function withoutRemarks(body: string, lang: string): string {
  // A sentence ends at a mark where the segmenter may end one, or later (an abbreviation's dot ends
  // none): when the words up to the first such mark and those after the last one before the passage's
  // closing marks both say enough, so do the first and last sentences, and the passage is not
  // segmented (most thread lines). No mark before the closing ones: one sentence.
  const stop = lastRunStart(body);
  const marks = endMarks(body, stop);
  if (!marks) return body;
  const [first, last] = marks;
  // Read at most WINDOW characters of each: content words there are in the sentence.
  if (contentWords(body.slice(0, Math.min(first, WINDOW)), lang) > OPENING_REMARK
    && closes(body.slice(Math.max(last + 1, stop - WINDOW), stop), lang)) return body;
  const all = [...eachSentence(body, lang)];
  let from = 0;
  let to = all.length;
  // No remark is cut off a sentence that continues it: one that opens on a small letter (the segmenter
  // ends one after a mark in quotes or brackets: « (end?) result ») or on a conjunction ("And so…").
  while (to - from > 1 && !continues(all[from + 1], lang) && contentWords(all[from], lang) <= OPENING_REMARK) from++;
  while (to - from > 1 && !continues(all[to - 1], lang) && !closes(all[to - 1], lang)) to--;
  return from === 0 && to === all.length ? body : all.slice(from, to).join(' ').replace(LEAD, '');
}

/** A closing sentence that says something: content words, and not a short sign-off. */
function closes(s: string, lang: string): boolean {
  if (contentWords(s, lang) <= CLOSING_REMARK) return false;
  const [words, greeting] = wordsAmong(s, lang, GREETINGS[lang] ?? GREETINGS.en);
  return !greeting || words > SIGN_OFF_WORDS;
}

function continues(sentence: string, lang: string): boolean {
  const first = /^[\p{L}\p{N}]+/u.exec(sentence.replace(LEAD, ''))?.[0] ?? '';
  return /^\p{Ll}/u.test(first) || (CONTINUATIONS[lang] ?? CONTINUATIONS.en).has(fold(first));
}

/** Distinct words and numbers of `s`, stopwords and greetings of `lang` aside, counted up to two. */
function contentWords(s: string, lang: string): number {
  const greetings = GREETINGS[lang] ?? GREETINGS.en;
  const seen: string[] = [];
  scanWords(s, lang, (word, kind) => {
    // A number says something ("200M in 19.32?"); a link, a mention or an emoji does not.
    if ((kind !== 'word' && kind !== 'number') || seen.length > OPENING_REMARK) return;
    const f = fold(word);
    if (!seen.includes(f) && !isStopword(f, lang) && !greetings.has(f)) seen.push(f);
  });
  return seen.length;
}
