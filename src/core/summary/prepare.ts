/**
 * Turns comments into analysis documents: the comment's own words (quotes of the comment it
 * answers removed), its language, and its content terms as ids in a shared vocabulary.
 */
import type { CommentRecord } from '../types';
import { decideLanguages, fold, isStopword, termKey, words } from '../text';
import { GREETINGS } from './lexicons';

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
  /** May stand for a key point: not a greeting, a bare quote or a one-word reply. */
  eligible: boolean;
}

export interface Vocab {
  ids: Map<string, number>;
  /** Surface form (lower case) first seen for each id, for display. */
  surface: string[];
}

const MIN_CONTENT_TERMS = 3;
const QUOTE_SPAN = /«[^»]{12,}»|“[^”]{12,}”|"[^"]{12,}"/gu;

/** Removes lines starting with ">" or a quote mark that repeat the parent, and quoted passages of it. */
export function stripQuotes(text: string, parentText: string | null): string {
  if (!parentText) return text;
  const parent = fold(parentText).replace(/[^\p{L}\p{N}]+/gu, ' ');
  const inParent = (s: string) => {
    const f = fold(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    return f.length >= 12 && parent.includes(f.slice(0, Math.min(f.length, 80)));
  };
  const lines = text.split('\n').filter((l) => !(/^\s*(?:>|»|«|")/.test(l) && inParent(l.replace(/^\s*[>»«"]+/, ''))));
  return lines.join('\n').replace(QUOTE_SPAN, (q) => (inParent(q.slice(1, -1)) ? ' ' : q)).trim();
}

export function prepareDocs(
  comments: readonly CommentRecord[],
  declaredLang: string | null,
): { docs: Doc[]; vocab: Vocab; lang: string } {
  const byId = new Map(comments.map((c) => [c.id, c]));
  const readers = comments.filter((c) => c.kind === 'comment');
  const bodies = readers.map((c) => stripQuotes(c.text, c.parentId ? (byId.get(c.parentId)?.text ?? null) : null));
  const langs = decideLanguages(bodies, declaredLang);
  const vocab: Vocab = { ids: new Map(), surface: [] };
  const docs: Doc[] = [];
  const buf: number[] = [];
  readers.forEach((comment, i) => {
    const lang = langs.perComment.get(i) ?? langs.page;
    buf.length = 0;
    let content = 0;
    const seen = new Set<number>();
    const greet = GREETINGS[lang] ?? GREETINGS.en;
    for (const tok of words(bodies[i], lang)) {
      const f = fold(tok.text);
      if (tok.kind !== 'word' || isStopword(f, lang)) {
        if (buf.length && buf[buf.length - 1] !== -1) buf.push(-1);
        continue;
      }
      const key = termKey(tok.text, lang);
      let id = vocab.ids.get(key);
      if (id === undefined) {
        id = vocab.surface.length;
        vocab.ids.set(key, id);
        vocab.surface.push(tok.text.toLowerCase());
      }
      buf.push(id);
      if (!seen.has(id) && !greet.has(f)) content++;
      seen.add(id);
    }
    docs.push({
      index: i,
      comment,
      lang,
      body: bodies[i],
      seq: Int32Array.from(buf),
      contentTerms: content,
      eligible: content >= MIN_CONTENT_TERMS,
    });
  });
  return { docs, vocab, lang: langs.page };
}
