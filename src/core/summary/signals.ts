/** Questions asked (and whether anyone replied) and who answers whom. */
import type { Exchange, Question } from '../analysis-types';
import type { CommentRecord, ThreadNode } from '../types';
import { eachNode } from '../tree';
import { isNamed } from '../authors';
import { broadStopwordsFor, fold, scanWords, sentences } from '../text';

const MAX_QUESTIONS = 100;

/** Text between two quotation marks: words quoted from someone else. */
const QUOTED = /[«»“”„"][^«»“”„"]*[«»“”„"]/g;

/** Words that make a sentence: two or more, one of them on the language's broad stopword list. */
function asks(s: string, lang: string): boolean {
  const fn = broadStopwordsFor(lang);
  let words = 0;
  let found = false;
  scanWords(s, lang, (w, kind) => {
    if (kind !== 'word') return;
    words++;
    found ||= fn.has(fold(w));
  });
  return words >= 2 && found;
}

/**
 * Questions in page order: the first question of each comment that asks one. A question is a sentence
 * ending in "?" whose own words (quoted ones aside) make a sentence ("What do you mean?", "Does yummy
 * count?", "Ai-je dit le contraire ?"), or the whole comment ("Source?"). An interjection ("MDR ?",
 * "Vraiment ???", "Really?") or a quote followed by "!?" asks nobody anything.
 */
export function questions(roots: readonly ThreadNode[], langOf: (c: CommentRecord) => string): Question[] {
  const out: Question[] = [];
  eachNode(roots, (node) => {
    const c = node.comment;
    if (c.kind !== 'comment' || !c.text.includes('?')) return false;
    const lang = langOf(c);
    const all = sentences(c.text, lang);
    const q = all.find((s) => {
      if (!/\?[^\p{L}\p{N}]*$/u.test(s) || !/\p{L}{2}/u.test(s)) return false;
      const own = s.replace(QUOTED, ' ');
      return asks(own, lang) || (all.length === 1 && /\p{L}{2}/u.test(own));
    });
    if (!q) return false;
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
