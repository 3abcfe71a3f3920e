import type { Analysis, Summary } from './analysis-types';

/** How many comments a first look carries: a few screens of threads, a small message. */
export const FIRST_LOOK_COMMENTS = 200;

/**
 * The first `n` comments of an analysis, for the popup's first paint: the figures (stats)
 * and the summary, when there is one, stay those of the whole reading; the comments are its
 * first ones in page order. A reply
 * comes after the comment it answers, so the first `n` hold their own parents; a parent
 * that is not among them all the same (a page out of order) makes its reply a top-level one
 * here rather than a dangling one.
 */
export function firstLook(a: Analysis, n = FIRST_LOOK_COMMENTS): Analysis {
  if (a.comments.length <= n) return a;
  const kept = a.comments.slice(0, n);
  const ids = new Set(kept.map((c) => c.id));
  return {
    ...a,
    comments: kept.map((c) => (c.parentId !== null && !ids.has(c.parentId) ? { ...c, parentId: null, depth: 0 } : c)),
    summary: a.summary && firstSummary(a.summary, ids),
  };
}

/** The summary's whole-discussion parts as they are; its per-comment and per-thread lists for the kept comments only. */
function firstSummary(s: Summary, ids: ReadonlySet<string>): Summary {
  const langs = s.commentLangs && Object.fromEntries(Object.entries(s.commentLangs).filter(([id]) => ids.has(id)));
  return {
    ...s,
    ...(langs ? { commentLangs: langs } : {}),
    threads: s.threads.filter((t) => ids.has(t.rootId)),
    questions: s.questions.filter((q) => ids.has(q.commentId)),
    tone: { ...s.tone, perComment: s.tone.perComment.filter((t) => ids.has(t.commentId)) },
  };
}
