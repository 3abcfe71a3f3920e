import type { Analysis } from './analysis-types';
import { buildTree, walk } from './tree';
import { announcedAs } from './stats';

/** The JSON contract shared by the command line, the popup's export and the scorer. */
export function toJson(a: Analysis): string {
  return JSON.stringify(a, null, 2);
}

/**
 * Page text as Markdown text: what strangers wrote must not become HTML, links or emphasis in a
 * Markdown viewer (`<img onerror>`, `[x](javascript:...)`). CommonMark backslash escapes. A "!"
 * stays as written: it opens an image only before "[", which is always escaped (and comments,
 * French ones above all, are full of them: "\\!" on every line is hard to read).
 */
const md = (s: string) => s.replace(/[\\`*_[\]<>#|~&]/g, '\\$&');

/** "1 reply", "2 replies". */
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A list marker or a thematic break at the start of a list item's text would nest a list or draw a rule ("- - x", "- 1. x", "- ---"). */
const LINE_START = /^(?:[-+]|\d{1,9}[.)])(?=\s|-|$)/;

/** Page text on one line, escaped; it may start a list item's text (key points, threads, questions). */
const oneLine = (s: string, max = 280) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return md(t.length > max ? t.slice(0, max - 1) + '…' : t).replace(LINE_START, (m) => `${m.slice(0, -1)}\\${m.slice(-1)}`);
};

/** Thread lines, questions, exchanges and tone: what the popup shows beside the key points. */
function signals(a: Analysis): string[] {
  const sm = a.summary;
  if (!sm) return [];
  const out: string[] = [];
  if (sm.threads.length) {
    out.push('## Threads', '');
    for (const t of sm.threads) {
      out.push(`- ${oneLine(t.text, 200)} — ${count(t.replies, 'reply', 'replies')}, ${count(t.participants.length, 'participant', 'participants')} (${md(t.rootId)})`);
    }
    out.push('');
  }
  if (sm.questions.length) {
    out.push('## Questions', '');
    for (const q of sm.questions.slice(0, 20)) out.push(`- ${oneLine(q.text, 200)} — ${q.answered ? 'answered' : 'no reply'} (${md(q.commentId)})`);
    out.push('');
  }
  if (sm.exchanges.length) {
    out.push('## Who answers whom', '');
    out.push(sm.exchanges.slice(0, 10).map((e) => `${oneLine(e.a, 80)} ↔ ${oneLine(e.b, 80)} (${e.count})`).join(', '), '');
  }
  const tone = Object.entries(sm.tone.distribution).filter(([, n]) => n > 0);
  if (tone.length) out.push('## Tone', '', tone.map(([k, n]) => `${md(k)}: ${n}`).join(', '), '');
  return out;
}

/** Markdown for a person: header, counts, key points, then the reply tree. */
export function toMarkdown(a: Analysis): string {
  const s = a.stats;
  const out: string[] = [];
  out.push(`# ${oneLine(a.article.title || a.title || a.url, 500)}`, '');
  // A page's count below the comments shown is its number of threads, or lower: said as such.
  const as = announcedAs(s);
  const shown =
    as === null ? `${s.shown} comments`
    : as === 'of' ? `${s.shown} comments shown of ${s.announced} announced`
    : `${s.shown} comments shown (the page's own count, ${s.announced}, ${as === 'threads' ? 'is its number of threads' : 'is lower'})`;
  out.push(`${shown}${s.closed ? ' · comments closed' : ''} · ${s.threads} threads · depth ${s.maxDepth} · platform ${a.platform}`, '');
  if (a.notes.length) out.push(...a.notes.map((n) => `> ${oneLine(n, 500)}`), '');
  if (s.participants.length) {
    out.push('## Participants', '');
    out.push(s.participants.slice(0, 20).map((p) => `${oneLine(p.author, 80)} (${p.count})`).join(', '), '');
  }
  if (s.unnamed > 0) out.push(`${count(s.unnamed, 'comment', 'comments')} without an author's name (deleted accounts or anonymous)`, '');
  if (a.summary?.keyPoints.length) {
    out.push('## Key points', '');
    for (const k of a.summary.keyPoints) {
      out.push(`- ${oneLine(k.text)} — ${Math.round(k.share * 100)}% (${md(k.commentIds.join(', '))})`);
    }
    out.push('');
  }
  if (a.summary?.keywords.length) {
    out.push('## Keywords', '', a.summary.keywords.map((k) => oneLine(k.phrase, 80)).join(', '), '');
  }
  out.push(...signals(a));
  if (a.comments.length) {
    out.push('## Comments', '');
    for (const [node, depth] of walk(buildTree(a.comments))) {
      const c = node.comment;
      const when = c.time ? ` · ${c.time}` : '';
      out.push(`${'  '.repeat(depth)}- **${oneLine(c.author, 80) || '—'}**${when}: ${oneLine(c.text)}`);
    }
    out.push('');
  } else {
    out.push('No comment section found on this page.', '');
  }
  return out.join('\n');
}
