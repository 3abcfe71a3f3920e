/**
 * A reading and its text analysis put together. Small on purpose (no analysis code): the popup
 * receives the summary alone for the reading it already holds, and joins them itself.
 */
import type { Analysis, Summary } from './analysis-types';
import type { CommentRecord } from './types';
import { MIN_COMMENT_CHARS } from './text/bounds';

/** `a` completed with `summary`, its text analysis (null: nothing to analyse). */
export function withSummaryOf(a: Analysis, summary: Summary | null): Analysis {
  if (!summary) return { ...a, summaryPending: false };
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
