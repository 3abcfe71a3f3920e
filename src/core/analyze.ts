import type { Analysis } from './analysis-types';
import type { CommentRecord, Extraction } from './types';
import { buildTree } from './tree';
import { computeStats } from './stats';
import { summarize } from './summary';

export const ANALYSIS_VERSION = 1;

export interface AnalyzeOptions {
  /** Skip the text analysis (key points...) when only counts and the tree are wanted. */
  summary?: boolean;
}

const web = (u: string | null | undefined): u is string => typeof u === 'string' && /^https?:\/\//i.test(u);

/** Page URLs are hostile (`javascript:`, `data:`): only http(s) ones go on, whatever the adapter read. */
const safeUrls = (c: CommentRecord): CommentRecord => ({
  ...c,
  authorUrl: web(c.authorUrl) ? c.authorUrl : null,
  permalink: web(c.permalink) ? c.permalink : null,
  links: (c.links ?? []).filter(web),
});

/** Extraction -> tree, stats and summary. Pure: runs in the service worker and in Node alike. */
export function analyze(input: Extraction, opts: AnalyzeOptions = {}): Analysis {
  const ex = { ...input, comments: input.comments.map(safeUrls) };
  const roots = buildTree(ex.comments);
  const stats = computeStats(ex.comments, roots, {
    announced: ex.announcedCount,
    closed: ex.closed,
    article: ex.article,
  });
  const summary =
    opts.summary === false || ex.comments.length === 0
      ? null
      : summarize({ comments: ex.comments, roots, article: ex.article, lang: ex.lang });
  return { ...ex, stats, summary, summaryPending: false, version: ANALYSIS_VERSION };
}

/**
 * The counts and the tree first, the text analysis after: the background answers the popup
 * with `analyze(ex, { summary: false })` marked pending, then completes it with this.
 */
export function withSummary(a: Analysis): Analysis {
  if (a.summary || a.comments.length === 0) return { ...a, summaryPending: false };
  const roots = buildTree(a.comments);
  const summary = summarize({ comments: a.comments, roots, article: a.article, lang: a.lang });
  return { ...a, summary, summaryPending: false };
}
