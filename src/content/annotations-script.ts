import browser from 'webextension-polyfill';
import { setAnnotations } from './annotations';
import { analyzeBasic } from '../core/analyze-basic';
import { annotationDeps } from './annotations/browser-deps';
import { ANNOTATIONS_BRIDGE, bridgeSlot } from './bridge';

/**
 * Injected by the background only when annotations are turned on (see bridge.ts): registers
 * the annotations with the reading script. A copy left by an earlier version of the extension
 * (reloaded or updated) is cut off from it, and this one takes over.
 */
const alive = () => {
  try {
    return typeof browser.runtime?.id === 'string';
  } catch {
    return false;
  }
};

if (!bridgeSlot[ANNOTATIONS_BRIDGE]?.alive()) {
  bridgeSlot[ANNOTATIONS_BRIDGE] = {
    alive,
    async set(doc, on, analysis, reread) {
      const reanalyze = (d: Document, url: string) => analyzeBasic(reread(d, url));
      return setAnnotations(doc, on, analysis, on ? { ...(await annotationDeps()), reanalyze } : {});
    },
  };
}
