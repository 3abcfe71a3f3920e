/** Questions asked (and whether anyone replied) and who answers whom. */
import type { Exchange, Question } from '../analysis-types';
import type { CommentRecord, ThreadNode } from '../types';
import { eachNode } from '../tree';
import { isNamed } from '../authors';
import { broadStopwordsFor, fold, sentences, wordsAmong } from '../text';

const MAX_QUESTIONS = 100;

/** Text between two quotation marks: words quoted from someone else. */
const QUOTED = /[«»“”„"][^«»“”„"]*[«»“”„"]/g;

/** Words that make a sentence: two or more, one of them on the language's broad stopword list. */
function asks(s: string, lang: string): boolean {
  const [words, found] = wordsAmong(s, lang, broadStopwordsFor(lang));
  return words >= 2 && found;
}

/** A "?" in brackets after other words, "der Eindruck (bewusst?)": a doubt in passing, where the segmenter may end a sentence. */
function aside(s: string): boolean {
  const end = /\?[^\p{L}\p{N})\]]*[)\]][^\p{L}\p{N}]*$/u.exec(s);
  if (!end) return false;
  const open = Math.max(s.lastIndexOf('(', end.index), s.lastIndexOf('[', end.index));
  return open > 0 && s.slice(0, open).trim() !== '';
}

/** Folded, without quotation marks, spaces collapsed: a question compared with another, its "?" and words kept. */
const plain = (s: string) => fold(s).replace(/[«»“”„"‘’']/g, '').replace(/\s+/g, ' ').trim();
/** A question shorter than this ("Why?") may well be asked again in a reply: only a longer one is taken for a quote of the parent. */
const QUOTE_MIN = 12;

/** A sentence ended by the segmenter inside brackets, "the Organization (perhaps SPECTRE?)", and its continuation ("which was…"), joined. */
function joinAsides(all: string[]): string[] {
  const out: string[] = [];
  for (const s of all) {
    const last = out.length - 1;
    if (last >= 0 && /[?!][^\p{L}\p{N}]*[)\]]\s*$/u.test(out[last]) && /^\s*\p{Ll}/u.test(s)) out[last] = `${out[last]} ${s.trim()}`;
    else out.push(s);
  }
  return out;
}

/**
 * Questions in page order: the first question of each comment that asks one. A question is a sentence
 * ending in "?" whose own words (quoted ones aside) make a sentence ("What do you mean?", "Does yummy
 * count?", "Ai-je dit le contraire ?"), or the whole comment ("Source?"). An interjection ("MDR ?",
 * "Vraiment ???", "Really?") or a quote followed by "!?" asks nobody anything; nor does a reply that
 * repeats the question it answers, its parent's words, to answer it below, a line quoted after ">", or a
 * "?" in brackets after other words. A question listed already, or a comment posted twice, is not listed again.
 */
export function questions(roots: readonly ThreadNode[], langOf: (c: CommentRecord) => string): Question[] {
  const out: Question[] = [];
  const listed = new Set<string>();
  const posted = new Set<string>();
  // The comment each reply answers, for the replies of comments that ask something.
  const parentOf = new Map<ThreadNode, CommentRecord>();
  eachNode(roots, (node) => {
    const c = node.comment;
    if (c.kind !== 'comment' || !c.text.includes('?')) return false;
    for (const child of node.children) parentOf.set(child, c);
    // The same comment posted again (by the same hand or another) asks nothing new.
    if (posted.has(c.text)) return false;
    posted.add(c.text);
    const lang = langOf(c);
    // A line opening on ">" quotes someone (the article, a comment): its questions are theirs.
    const text = /(?:^|\n)\s*>/.test(c.text) ? c.text.split('\n').filter((line) => !/^\s*>/.test(line)).join('\n') : c.text;
    const all = joinAsides(sentences(text, lang));
    const parent = parentOf.get(node);
    // The parent's text as questions are compared, made when a question of this reply is compared with it.
    let answered: string | undefined;
    const quotes = (key: string) => {
      if (!parent || key.length < QUOTE_MIN) return false;
      answered ??= plain(parent.text);
      return answered.includes(key);
    };
    let key = '';
    const q = all.find((s) => {
      if (!/\?[^\p{L}\p{N}]*$/u.test(s) || !/\p{L}{2}/u.test(s) || aside(s)) return false;
      const own = s.replace(QUOTED, ' ');
      if (!(asks(own, lang) || (all.length === 1 && /\p{L}{2}/u.test(own)))) return false;
      key = plain(s);
      return !listed.has(key) && !quotes(key);
    });
    if (!q) return false;
    listed.add(key);
    out.push({ commentId: c.id, text: q.length > 240 ? `${q.slice(0, 239)}…` : q, answered: node.children.length > 0 });
    return out.length >= MAX_QUESTIONS;
  });
  return out;
}

/** One reply's pair (a function called per comment: optimised early, unlike a long loop run once per page). */
function countPair(c: CommentRecord, byId: ReadonlyMap<string, CommentRecord>, pairs: Map<string, Exchange>): void {
  const p = c.parentId ? byId.get(c.parentId) : undefined;
  const a = c.author.trim();
  const b = p?.author.trim();
  if (!p || b === undefined || !isNamed(a) || !isNamed(b) || a.toLowerCase() === b.toLowerCase()) return;
  const [x, y] = a < b ? [a, b] : [b, a];
  const key = `${x}\u0000${y}`;
  const e = pairs.get(key) ?? { a: x, b: y, count: 0 };
  e.count++;
  pairs.set(key, e);
}

/** The pairs of participants who answer each other most (either direction), most replies first. */
export function exchanges(comments: readonly CommentRecord[], max = 10): Exchange[] {
  const byId = new Map(comments.map((c) => [c.id, c]));
  const pairs = new Map<string, Exchange>();
  for (let i = 0; i < comments.length; i++) countPair(comments[i], byId, pairs);
  let kept = [...pairs.values()].filter((e) => e.count >= 2);
  // Only pairs that can be among the first `max` are sorted (names compared only there).
  if (kept.length > max) {
    const least = kept.map((e) => e.count).sort((x, y) => y - x)[max - 1];
    kept = kept.filter((e) => e.count >= least);
  }
  return kept.sort((p, q) => q.count - p.count || p.a.localeCompare(q.a)).slice(0, max);
}
