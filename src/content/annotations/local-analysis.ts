import type { Analysis } from '../../core/analysis-types';
import { analyzeBasic } from '../../core/analyze-basic';
import { extractPage } from '../../extract';

/**
 * The page read again inside the tab, without the text analysis: used when
 * comments load later, after a single-page navigation, and when annotations
 * are turned on (keyboard shortcut) before the popup ever analysed the tab.
 * Through core/analyze-basic, which leaves the summariser out of the content script.
 */
export function localAnalysis(doc: Document, url: string): Analysis {
  return analyzeBasic(extractPage(doc, { url }));
}
