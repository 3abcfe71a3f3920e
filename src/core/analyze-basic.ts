import type { Analysis } from './analysis-types';
import type { CommentRecord, Extraction } from './types';
import { buildTree } from './tree';
import { computeStats } from './stats';

export const ANALYSIS_VERSION = 1;

const web = (u: string | null | undefined): u is string => typeof u === 'string' && /^https?:\/\//i.test(u);

/** Page URLs are hostile (`javascript:`, `data:`): only http(s) ones go on, whatever the adapter read. */
const safeUrls = (c: CommentRecord): CommentRecord => ({
  ...c,
  authorUrl: web(c.authorUrl) ? c.authorUrl : null,
  permalink: web(c.permalink) ? c.permalink : null,
  links: (c.links ?? []).filter(web),
});

/**
 * Extraction -> tree and stats, without the text analysis. Kept apart from analyze.ts so
 * the content script can use it without bundling the summariser.
 */
export function analyzeBasic(input: Extraction): Analysis {
  const ex = { ...input, comments: input.comments.map(safeUrls) };
  const roots = buildTree(ex.comments);
  const stats = computeStats(ex.comments, roots, { announced: ex.announcedCount, closed: ex.closed, article: ex.article });
  return { ...ex, stats, summary: null, summaryPending: false, version: ANALYSIS_VERSION };
}
