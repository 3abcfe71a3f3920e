import type { CommentRecord } from './types';

/**
 * Reply parents for flattened threads, read from the text's own addressing:
 * `@name`, "Reply to name", "En réponse à name", "À name :", "name," at the
 * start, or a quote of an earlier comment (« ... » or a `>` line). The parent
 * is the most recent earlier comment by that author (or that holds the quote).
 * A parent the markup states is never overridden. Pure: no DOM.
 */

const LEAD =
  /^(?:@|(?:in\s+)?reply(?:ing)?\s+to\s+@?|in\s+response\s+to\s+@?|en\s+r[ée]ponse\s+[àa]\s+@?|r[ée]ponse\s+[àa]\s+@?|antwort\s+an\s+@?|als\s+antwort\s+auf\s+@?|respuesta\s+a\s+@?|risposta\s+a\s+@?|ответ\s+@?|(?:à|a|an|to|para|per|для)\s+(?=\p{Lu}))/iu;

const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/^@+/, '').replace(/\s+/g, ' ').trim();

/** The earlier author the text opens by addressing, or null. */
export function addressedAuthor(text: string, earlierAuthors: readonly string[]): string | null {
  const head = text.trimStart().slice(0, 160);
  const names = [...new Set(earlierAuthors.map(norm).filter((a) => a.length >= 2))].sort((a, b) => b.length - a.length);
  if (!names.length) return null;
  const lead = LEAD.exec(head);
  const rest = norm(lead ? head.slice(lead[0].length) : head);
  for (const name of names) {
    if (!rest.startsWith(name)) continue;
    const after = rest.slice(name.length, name.length + 2);
    // "name," "name:" "name -" at the very start, or any word boundary after an explicit lead.
    if (lead ? /^($|[^\p{L}\p{N}])/u.test(after) : /^\s?[,:;–—-]/u.test(after) || /^[,:]/u.test(after)) return name;
  }
  // `@name` anywhere in the first line.
  const at = /(?:^|\s)@([\p{L}\p{N}_.-]{2,40})/u.exec(head.split('\n')[0]);
  if (at) {
    const tag = norm(at[1]).replace(/[.:,-]+$/, '');
    const hit = names.find((n) => n === tag || n.replace(/\s+/g, '') === tag || n.split(' ')[0] === tag);
    if (hit) return hit;
  }
  return null;
}

/** Text quoted at the start of a comment: « ... », “...”, or `>` lines. */
export function quotedText(text: string): string | null {
  const q = /^\s*[«“"]\s*([^»”"]{20,400})\s*[»”"]/u.exec(text);
  if (q) return q[1].trim();
  const lines = text.split('\n').filter((l) => /^\s*>/.test(l));
  if (lines.length) {
    const t = lines.map((l) => l.replace(/^\s*>+\s?/, '')).join(' ').trim();
    if (t.length >= 20) return t;
  }
  return null;
}

const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Returns a copy of the comments with inferred parents where the text addresses an earlier one. */
export function inferParents(comments: readonly CommentRecord[]): CommentRecord[] {
  const out: CommentRecord[] = [];
  for (let i = 0; i < comments.length; i++) {
    const c = comments[i];
    if (c.parentId !== null) {
      out.push(c);
      continue;
    }
    const earlier = out.slice(0, i);
    let parent: CommentRecord | undefined;
    const quote = quotedText(c.text);
    if (quote) {
      const q = squash(quote).slice(0, 120);
      for (let j = earlier.length - 1; j >= 0 && !parent; j--) if (q && squash(earlier[j].text).includes(q)) parent = earlier[j];
    }
    if (!parent) {
      const own = norm(c.author);
      const name = addressedAuthor(c.text, earlier.map((e) => e.author).filter((a) => norm(a) !== own));
      if (name) for (let j = earlier.length - 1; j >= 0 && !parent; j--) if (norm(earlier[j].author) === name) parent = earlier[j];
    }
    out.push(parent ? { ...c, parentId: parent.id, parentInferred: true } : c);
  }
  return out;
}
