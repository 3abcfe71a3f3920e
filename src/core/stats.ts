import type { ArticleRecord, CommentRecord, Stats, ThreadNode } from './types';
import { eachNode } from './tree';
import { isNamed } from './authors';

/**
 * How the page's own count reads beside the comments shown: 'of' ("16 shown of 20 announced"); or,
 * when it is below them, 'threads' (it equals the number of threads: replies left out, as SPIP's forum
 * loop counts) or 'lower' (out of date, or it leaves some out); null when the page announces none.
 */
export function announcedAs(s: Pick<Stats, 'announced' | 'shown' | 'threads'>): 'of' | 'threads' | 'lower' | null {
  if (s.announced === null) return null;
  if (s.announced >= s.shown) return 'of';
  return s.announced === s.threads ? 'threads' : 'lower';
}

export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

const sameName = (a: string, b: string) =>
  a.trim().localeCompare(b.trim(), undefined, { sensitivity: 'base' }) === 0;

// Per-comment steps as functions of their own: called for every comment, the engine optimises them
// early, where one long loop in a function called once per page would run unoptimised.
/** Counts the comment under its author; false when the name names no one (authors.ts). */
function countAuthor(c: CommentRecord, byAuthor: Map<string, { author: string; count: number }>): boolean {
  if (!isNamed(c.author)) return false;
  const name = c.author.trim();
  const key = name.toLocaleLowerCase();
  const cur = byAuthor.get(key);
  if (cur) cur.count++;
  else byAuthor.set(key, { author: name, count: 1 });
  return true;
}

function countLinks(c: CommentRecord, domains: Map<string, number>): number {
  for (const l of c.links) {
    const h = hostOf(l);
    if (h) domains.set(h, (domains.get(h) ?? 0) + 1);
  }
  return c.links.length;
}

export function computeStats(
  comments: readonly CommentRecord[],
  roots: readonly ThreadNode[],
  opts: { announced: number | null; closed: boolean; article: ArticleRecord },
): Stats {
  const readers = comments.filter((c) => c.kind === 'comment');
  // One participant per name, whatever its case ("Lagaffe" and "lagaffe"); the first spelling wins.
  const byAuthor = new Map<string, { author: string; count: number }>();
  // Comments without a name, or under a placeholder ("[deleted]", "Anonymous"): many people, no participant.
  let unnamed = 0;
  for (let i = 0; i < readers.length; i++) if (!countAuthor(readers[i], byAuthor)) unnamed++;
  const byline = opts.article.byline;
  const participants = [...byAuthor.values()]
    .map(({ author, count }) => ({ author, count, isArticleAuthor: !!byline && sameName(byline, author) }))
    .sort((a, b) => b.count - a.count || a.author.localeCompare(b.author));

  let maxDepth = 0;
  const repliesPerComment: Record<string, number> = {};
  eachNode(roots, (node, depth) => {
    maxDepth = Math.max(maxDepth, depth + 1);
    repliesPerComment[node.comment.id] = node.children.length;
  });
  const mostReplied = comments
    .filter((c) => (repliesPerComment[c.id] ?? 0) > 0)
    .map((c) => ({ id: c.id, author: c.author, replies: repliesPerComment[c.id] }))
    .sort((a, b) => b.replies - a.replies)
    .slice(0, 5);

  // The earliest and latest readable times, in one pass (on a tie, the first and the last in page order).
  let first: { t: string; ms: number } | null = null;
  let last: { t: string; ms: number } | null = null;
  for (const c of comments) {
    const ms = c.time ? Date.parse(c.time) : Number.NaN;
    if (Number.isNaN(ms)) continue;
    if (!first || ms < first.ms) first = { t: c.time as string, ms };
    if (!last || ms >= last.ms) last = { t: c.time as string, ms };
  }

  const domains = new Map<string, number>();
  let total = 0;
  for (let i = 0; i < comments.length; i++) total += countLinks(comments[i], domains);

  return {
    shown: readers.length,
    announced: opts.announced,
    closed: opts.closed,
    threads: roots.length,
    maxDepth: comments.length ? maxDepth : 0,
    participants,
    unnamed,
    repliesPerComment,
    mostReplied,
    firstTime: first?.t ?? null,
    lastTime: last?.t ?? null,
    links: {
      total,
      domains: [...domains.entries()]
        .map(([domain, count]) => ({ domain, count }))
        .sort((a, b) => b.count - a.count || a.domain.localeCompare(b.domain)),
    },
    pingbacks: comments.length - readers.length,
  };
}
