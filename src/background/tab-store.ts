import type { Analysis, Summary } from '../core/analysis-types';
import { withSummaryOf } from '../core/summary-merge';
import { packed, unpacked } from '../shared/wire';

/** The slice of `browser.storage.session` the background uses, so tests can pass a stub. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface TabEntry {
  url: string;
  analysis: Analysis;
  annotations: boolean;
}

const key = (tabId: number) => `tab:${tabId}`;
/** The reading's text analysis, kept apart: written alone when it comes (a few KB, not the reading's MB). */
const summaryKey = (tabId: number) => `summary:${tabId}`;
/** Whether the annotations are on in the tab, kept apart: read and flipped without the reading's MB. */
const annotationsKey = (tabId: number) => `annotations:${tabId}`;
/** A reading as stored under its own key: without its text analysis (the comments' languages stay). */
const base = (a: Analysis): Analysis => (a.summary ? { ...a, summary: null, summaryPending: true } : a);

/**
 * Per-tab results kept in session storage: the service worker may be stopped
 * at any time (Chrome stops idle workers after ~30 s), module state would not
 * survive, session storage does, and it is cleared when the browser closes.
 */
export function createTabStore(area: SessionArea) {
  // Results too big for the session quota (10 MB in Chrome) live here instead: they are lost
  // if the worker is stopped, and then the next popup opening simply reads the page again.
  const oversized = new Map<number, TabEntry>();
  // The latest entry of each tab while this worker lives: read back at once, while the copy in
  // session storage (several MB for a big thread) is still being written.
  const live = new Map<number, TabEntry>();
  return {
    async get(tabId: number): Promise<TabEntry | null> {
      const mine = live.get(tabId);
      if (mine) return mine;
      const [got, sum, ann] = await Promise.all([area.get(key(tabId)), area.get(summaryKey(tabId)), area.get(annotationsKey(tabId))]);
      const v = got[key(tabId)];
      if (v && typeof v === 'object') {
        const e = v as TabEntry;
        const summary = sum[summaryKey(tabId)] as Summary | null | undefined;
        const analysis = unpacked(e.analysis);
        return { ...e, analysis: summary ? withSummaryOf(analysis, summary) : analysis, annotations: ann[annotationsKey(tabId)] === true };
      }
      return oversized.get(tabId) ?? null;
    },
    /** Keeps the entry now (for this worker's reads) and resolves once session storage has it too. */
    async put(tabId: number, entry: TabEntry): Promise<boolean> {
      live.set(tabId, entry);
      try {
        // After the current task: the caller's answer to the popup goes out before this copy is made.
        await new Promise((r) => setTimeout(r, 0));
        if (live.get(tabId) !== entry) return true; // a newer entry is on its way
        // The reading and its analysis (or none: an earlier reading's must not stay) in one write;
        // the annotations' flag has its own key, written by setAnnotations only.
        await area.set({ [key(tabId)]: { url: entry.url, analysis: packed(base(entry.analysis)) }, [summaryKey(tabId)]: entry.analysis.summary });
        oversized.delete(tabId);
        return true;
      } catch {
        await area.remove(key(tabId)).catch(() => undefined);
        oversized.set(tabId, entry);
        return false;
      }
    },
    /**
     * Keeps `entry`, the tab's kept reading now with its text analysis: only the analysis is written
     * (the reading is in storage already, or in memory when too big for it).
     */
    async putSummary(tabId: number, entry: TabEntry): Promise<boolean> {
      live.set(tabId, entry);
      if (oversized.has(tabId)) {
        oversized.set(tabId, entry);
        return false;
      }
      // After the current task, as put().
      await new Promise((r) => setTimeout(r, 0));
      if (live.get(tabId) !== entry) return true;
      await area.set({ [summaryKey(tabId)]: entry.analysis.summary });
      return true;
    },
    /** Flips the annotations' flag alone: the kept reading is not written again. */
    async setAnnotations(tabId: number, on: boolean): Promise<void> {
      // In place: a write of this entry still on its way (put) stays the latest.
      for (const kept of [live.get(tabId), oversized.get(tabId)]) if (kept) kept.annotations = on;
      await area.set({ [annotationsKey(tabId)]: on });
    },
    async annotations(tabId: number): Promise<boolean> {
      const mine = live.get(tabId) ?? oversized.get(tabId);
      if (mine) return mine.annotations;
      const got = await area.get(annotationsKey(tabId));
      return got[annotationsKey(tabId)] === true;
    },
    async forget(tabId: number): Promise<void> {
      live.delete(tabId);
      oversized.delete(tabId);
      await area.remove([key(tabId), summaryKey(tabId), annotationsKey(tabId)]);
    },
  };
}

export type TabStore = ReturnType<typeof createTabStore>;
