/**
 * Turns comments into analysis documents: the comment's own words (quotes of the comment it
 * answers removed), its language, and its content terms as ids in a shared vocabulary.
 */
import type { CommentRecord } from '../types';
import { decideLanguages, fold, sentences, words } from '../text';
import { tokenize, type Vocab } from './terms';

export interface Doc {
  index: number;
  comment: CommentRecord;
  lang: string;
  /** The comment's own text: quoted lines and quoted passages of its parent removed. */
  body: string;
  /** Content term ids in reading order; -1 marks a phrase break (stopword, punctuation). */
  seq: Int32Array;
  /** Distinct content terms (greetings excluded). */
  contentTerms: number;
  /** May stand for a key point: not a greeting, a bare quote, a one-word reply or a short remark to a participant. */
  eligible: boolean;
  /** Replies that quote this passage: what others take up is a point of the discussion (0: none). */
  quoted: number;
  /** May hold a word of the tone lexicon (false: surely none, the tone reader can skip the words). */
  toneWords: boolean;
}

export type { Vocab } from './terms';

const MIN_CONTENT_TERMS = 4;
/** Below this many content terms, a passage naming a participant is a remark to a person, not an argument. */
const PERSONAL_REMARK_TERMS = 10;
/** Comments longer than this are split into passages of about a third of it. */
const UNIT_CHARS = 360;
/** A quoted passage: « French », “English”, "straight", „German“ (or „…”). */
const QUOTE_SPAN = /«[^»]{12,}»|“[^”]{12,}”|"[^"]{12,}"|„[^„“”]{12,}[“”]/gu;

/** A mention of a participant: "@name", or Reddit's "u/name" and "/u/name" (what follows is the name). */
export const MENTION = /(?:^|\s)(?:@\S+|\/?u\/[\w-]\S*)/;

const letters = (s: string) => fold(s).replace(/[^\p{L}\p{N}]+/gu, ' ');

/**
 * Removes lines starting with ">" or a quote mark that repeat the parent, and quoted passages of it.
 * The parent's words found quoted are added to `taken` (folded, letters and digits only).
 */
export function stripQuotes(text: string, parentText: string | null, taken?: string[]): string {
  if (!parentText || !/[«»"“„>]/.test(text)) return text;
  const parent = letters(parentText);
  const inParent = (s: string) => {
    const f = letters(s).trim().slice(0, 80);
    const hit = f.length >= 12 && parent.includes(f);
    if (hit) taken?.push(f);
    return hit;
  };
  const kept = text.split('\n').flatMap((line) => {
    if (/^\s*>/.test(line)) return inParent(line.replace(/^\s*>+/, '')) ? [] : [line];
    // A line opening on a quote mark: drop the quoted part when it repeats the parent, keep the answer.
    const m = /^\s*[«»"“„]([^«»"“”]{12,})[«»"“”]?/u.exec(line);
    if (m && inParent(m[1])) return [line.slice(m[0].length)];
    return [line];
  });
  return kept.join('\n').replace(QUOTE_SPAN, (q) => (inParent(q.slice(1, -1)) ? ' ' : q)).trim();
}

/** Long comments are read as passages of a few sentences: one comment can make several points. */
export function passages(body: string, lang: string): string[] {
  if (body.length <= UNIT_CHARS) return [body];
  const out: string[] = [];
  let cur = '';
  for (const sentence of sentences(body, lang)) {
    cur = cur ? `${cur} ${sentence}` : sentence;
    if (cur.length >= UNIT_CHARS / 3) {
      out.push(cur);
      cur = '';
    }
  }
  if (cur) {
    if (out.length && cur.length < UNIT_CHARS / 6) out[out.length - 1] += ` ${cur}`;
    else out.push(cur);
  }
  return out;
}

export interface Prepared {
  /** One per reader comment. */
  docs: Doc[];
  /** Passages: a short comment whole, a long one in parts (same `comment`, `body` = the passage). */
  units: Doc[];
  vocab: Vocab;
  lang: string;
}

export function prepareDocs(comments: readonly CommentRecord[], declaredLang: string | null): Prepared {
  const byId = new Map(comments.map((c) => [c.id, c]));
  const readers = comments.filter((c) => c.kind === 'comment');
  const taken: string[][] = readers.map(() => []);
  const bodies = readers.map((c, i) => stripQuotes(c.text, c.parentId ? (byId.get(c.parentId)?.text ?? null) : null, taken[i]));
  const langs = decideLanguages(bodies, declaredLang);
  const vocab: Vocab = { ids: new Map(), surface: [] };
  const docs: Doc[] = [];
  const units: Doc[] = [];
  // Words that name a participant: a short passage that names one is a remark to a person.
  const names = new Set(readers.flatMap((c) => c.author.split(/\s+/)).map(fold).filter((n) => n.length >= 3));
  // `capitals`: some word starts with a capital (only then can one be a name).
  const addresses = (text: string, capitals: boolean) =>
    MENTION.test(text) || (capitals && words(text).some((w) => /^\p{Lu}/u.test(w.text) && names.has(fold(w.text))));
  for (let index = 0; index < readers.length; index++) {
    const lang = langs.perComment.get(index) ?? langs.page;
    docs.push(readComment(index, readers[index], bodies[index], lang, vocab, units, addresses));
  }
  markQuoted(readers, units, taken);
  return { docs, units, vocab, lang: langs.page };
}

/**
 * One comment: its passages' terms (added to `units`) and its Doc. A function called per comment,
 * which the engine optimises early (a long loop in a function called once per page runs unoptimised).
 */
function readComment(index: number, comment: CommentRecord, body: string, lang: string, vocab: Vocab, units: Doc[],
  addresses: (text: string, capitals: boolean) => boolean): Doc {
  const parts: Int32Array[] = [];
  let content = 0;
  let toneWords = false;
  for (const passage of passages(body, lang)) {
    const { content: c, tone, capitals, seq } = tokenize(passage, lang, vocab);
    content += c;
    toneWords ||= tone;
    const eligible = c >= MIN_CONTENT_TERMS && !(c < PERSONAL_REMARK_TERMS && addresses(passage, capitals));
    parts.push(seq);
    units.push({ index, comment, lang, body: passage, seq, contentTerms: c, eligible, quoted: 0, toneWords: tone });
  }
  // One passage (most comments): the comment's terms are the passage's, shared.
  const seq = parts.length === 1 ? parts[0] : joined(parts);
  return { index, comment, lang, body, seq, contentTerms: content, eligible: content >= MIN_CONTENT_TERMS, quoted: 0, toneWords };
}

/** Passages' terms one after the other, a phrase break between two. */
function joined(parts: readonly Int32Array[]): Int32Array {
  const all: number[] = [];
  for (const seq of parts) {
    if (all.length) all.push(-1);
    for (const t of seq) all.push(t);
  }
  return Int32Array.from(all);
}

/** Counts, for each passage, the replies that quote it. */
function markQuoted(readers: readonly CommentRecord[], units: readonly Doc[], taken: readonly string[][]): void {
  if (!taken.some((t) => t.length)) return;
  const unitsOf = new Map<string, Doc[]>();
  for (const u of units) unitsOf.set(u.comment.id, [...(unitsOf.get(u.comment.id) ?? []), u]);
  readers.forEach((c, i) => {
    if (!taken[i].length || !c.parentId) return;
    for (const u of unitsOf.get(c.parentId) ?? []) {
      const text = letters(u.body);
      if (taken[i].some((f) => text.includes(f))) u.quoted++;
    }
  });
}
