import type { Analysis } from '../core/analysis-types';

/** The slice of `browser.storage.session` the background uses, so tests can pass a stub. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface TabEntry {
  url: string;
  analysis: Analysis;
  annotations: boolean;
}

const key = (tabId: number) => `tab:${tabId}`;

/**
 * Per-tab results kept in session storage: the service worker may be stopped
 * at any time (Chrome stops idle workers after ~30 s), module state would not
 * survive, session storage does, and it is cleared when the browser closes.
 */
export function createTabStore(area: SessionArea) {
  // Results too big for the session quota (10 MB in Chrome) live here instead: they are lost
  // if the worker is stopped, and then the next popup opening simply reads the page again.
  const oversized = new Map<number, TabEntry>();
  return {
    async get(tabId: number): Promise<TabEntry | null> {
      const got = await area.get(key(tabId));
      const v = got[key(tabId)];
      return v && typeof v === 'object' ? (v as TabEntry) : (oversized.get(tabId) ?? null);
    },
    async put(tabId: number, entry: TabEntry): Promise<boolean> {
      try {
        await area.set({ [key(tabId)]: entry });
        oversized.delete(tabId);
        return true;
      } catch {
        await area.remove(key(tabId)).catch(() => undefined);
        oversized.set(tabId, entry);
        return false;
      }
    },
    async setAnnotations(tabId: number, on: boolean): Promise<void> {
      const cur = await this.get(tabId);
      if (cur) await this.put(tabId, { ...cur, annotations: on });
      else await area.set({ [`annotations:${tabId}`]: on });
    },
    async annotations(tabId: number): Promise<boolean> {
      const cur = await this.get(tabId);
      if (cur) return cur.annotations;
      const got = await area.get(`annotations:${tabId}`);
      return got[`annotations:${tabId}`] === true;
    },
    async forget(tabId: number): Promise<void> {
      oversized.delete(tabId);
      await area.remove(key(tabId));
      await area.remove(`annotations:${tabId}`);
    },
  };
}

export type TabStore = ReturnType<typeof createTabStore>;
