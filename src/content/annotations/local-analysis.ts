import type { Analysis } from '../../core/analysis-types';
import { computeStats } from '../../core/stats';
import { buildTree } from '../../core/tree';
import { extractPage } from '../../extract';

/**
 * The page read again inside the tab, without the text analysis: used when
 * comments load later, after a single-page navigation, and when annotations
 * are turned on (keyboard shortcut) before the popup ever analysed the tab.
 *
 * Not through core/analyze: that would bundle the whole text analysis
 * (lexicons, language detection) into the content script for a version number.
 */
export const LOCAL_ANALYSIS_VERSION = 1;

const web = (u: string | null | undefined): u is string => typeof u === 'string' && /^https?:\/\//i.test(u);

export function localAnalysis(doc: Document, url: string): Analysis {
  const raw = extractPage(doc, { url });
  // As core/analyze does: only http(s) URLs go on.
  const ex = {
    ...raw,
    comments: raw.comments.map((c) => ({ ...c, authorUrl: web(c.authorUrl) ? c.authorUrl : null, permalink: web(c.permalink) ? c.permalink : null, links: (c.links ?? []).filter(web) })),
  };
  const roots = buildTree(ex.comments);
  const stats = computeStats(ex.comments, roots, { announced: ex.announcedCount, closed: ex.closed, article: ex.article });
  return { ...ex, stats, summary: null, version: LOCAL_ANALYSIS_VERSION };
}
