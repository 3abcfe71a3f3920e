import type { Analysis } from './analysis-types';
import type { Extraction } from './types';
import { withSummaryOf } from './summary-merge';
import { analyzeBasic } from './analyze-basic';
import { buildTree } from './tree';
import { summarize } from './summary';

export { ANALYSIS_VERSION } from './analyze-basic';

export interface AnalyzeOptions {
  /** Skip the text analysis (key points...) when only counts and the tree are wanted. */
  summary?: boolean;
}

/** Extraction -> tree, stats and summary. Pure: runs in the service worker and in Node alike. */
export function analyze(input: Extraction, opts: AnalyzeOptions = {}): Analysis {
  const basic = analyzeBasic(input);
  return opts.summary === false ? basic : withSummary(basic);
}

/**
 * The counts and the tree first, the text analysis after: the background answers the popup
 * with `analyze(ex, { summary: false })` marked pending, then completes it with this.
 */
export function withSummary(a: Analysis): Analysis {
  if (a.summary || a.comments.length === 0) return { ...a, summaryPending: false };
  const roots = buildTree(a.comments);
  const summary = summarize({ comments: a.comments, roots, article: a.article, lang: a.lang });
  return withSummaryOf(a, summary);
}
