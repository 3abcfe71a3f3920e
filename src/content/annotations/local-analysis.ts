import type { Analysis } from '../../core/analysis-types';
import { ANALYSIS_VERSION } from '../../core/analyze';
import { computeStats } from '../../core/stats';
import { buildTree } from '../../core/tree';
import { extractPage } from '../../extract';

/**
 * The page read again inside the tab, without the text analysis: used when
 * comments load later, after a single-page navigation, and when annotations
 * are turned on (keyboard shortcut) before the popup ever analysed the tab.
 */
export function localAnalysis(doc: Document, url: string): Analysis {
  const ex = extractPage(doc, { url });
  const roots = buildTree(ex.comments);
  const stats = computeStats(ex.comments, roots, { announced: ex.announcedCount, closed: ex.closed, article: ex.article });
  return { ...ex, stats, summary: null, version: ANALYSIS_VERSION };
}
