import type { Analysis } from '../../core/analysis-types';
import { analyzeBasic } from '../../core/analyze-basic';
import { extractPage } from '../../extract';

/**
 * The page read again inside the tab, without the text analysis: used when
 * comments load later, after a single-page navigation, and when annotations
 * are turned on (keyboard shortcut) before the popup ever analysed the tab.
 * In the extension the two scripts make it together (bridge.ts): the reading script lends its
 * extraction, the annotations script analyses it through core/analyze-basic (no summariser).
 * This is that same composition in one call, for the tests.
 */
export function localAnalysis(doc: Document, url: string): Analysis {
  return analyzeBasic(extractPage(doc, { url }));
}
