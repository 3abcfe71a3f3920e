import type { Analysis, Summary } from './analysis-types';
import type { CommentRecord, Extraction } from './types';
import { MIN_COMMENT_CHARS } from './text/lang';
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
  return { ...a, comments: withLanguages(a.comments, summary), summary, summaryPending: false };
}

/**
 * Each comment long enough to tell gets a language (unless its markup gave one): its own where it was found to differ
 * from the discussion's, else the discussion's (a short "+1" or "Merci !" gets none).
 */
function withLanguages(comments: CommentRecord[], summary: Summary): CommentRecord[] {
  const own = summary.commentLangs ?? {};
  return comments.map((c) => {
    if (c.lang) return c; // the page's markup said so
    const lang = own[c.id] ?? (summary.lang !== 'und' && c.text.length >= MIN_COMMENT_CHARS ? summary.lang : undefined);
    return lang ? { ...c, lang } : c;
  });
}
