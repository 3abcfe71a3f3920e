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

export function localAnalysis(doc: Document, url: string): Analysis {
  const ex = extractPage(doc, { url });
  const roots = buildTree(ex.comments);
  const stats = computeStats(ex.comments, roots, { announced: ex.announcedCount, closed: ex.closed, article: ex.article });
  return { ...ex, stats, summary: null, version: LOCAL_ANALYSIS_VERSION };
}
