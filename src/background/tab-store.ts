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
/** The tabs whose keys may be in session storage: a later write removes those of the tabs closed since. */
const INDEX_KEY = 'tabs';
/** A reading as stored under its own key: without its text analysis (the comments' languages stay). */
const base = (a: Analysis): Analysis => (a.summary ? { ...a, summary: null, summaryPending: true } : a);

export interface TabStoreOptions {
  /**
   * How long a reading waits before it is copied to session storage, in ms (0: after the current
   * task). The popup asks for the key points as soon as the reading reaches it, and the worker
   * serialising the reading first (several MB for a big thread) kept that question waiting: 100-150
   * ms at 5,000 comments. After a wait the key points usually come first, and the reading and its key
   * points go in one write. A worker stopped meanwhile (Chrome waits ~30 s) loses only that copy: the
   * next opening reads the page again.
   */
  writeDelayMs?: number;
  /**
   * The ids of the tabs open now. Given, each write first removes what is stored for the tabs closed
   * since (the store keeps an index of the tabs it wrote for), rather than the worker listening to
   * every tab's closing, which would start it each time.
   */
  openTabs?: () => Promise<number[]>;
}

/** A write to come for a tab: the reading itself too, or its key points only. */
interface Due {
  reading: boolean;
  done: Promise<boolean>;
}

/**
 * Per-tab results kept in session storage: the service worker may be stopped
 * at any time (Chrome stops idle workers after ~30 s), module state would not
 * survive, session storage does, and it is cleared when the browser closes.
 */
export function createTabStore(area: SessionArea, opts: TabStoreOptions = {}) {
  // Results too big for the session quota (10 MB in Chrome) live here instead: they are lost
  // if the worker is stopped, and then the next popup opening simply reads the page again.
  const oversized = new Map<number, TabEntry>();
  // The latest entry of each tab while this worker lives: read back at once, while the copy in
  // session storage (several MB for a big thread) is still to be written.
  const live = new Map<number, TabEntry>();
  const due = new Map<number, Due>();
  // The first look of each tab not yet read whole (memory only): see handlers.ts's warmUp.
  const firstLooks = new Map<number, Analysis>();

  let indexing: Promise<void> = Promise.resolve();
  /** Puts the tab in the index, and removes the keys of the indexed tabs no longer open (one at a time). */
  function track(tabId: number): Promise<void> {
    const openTabs = opts.openTabs;
    if (!openTabs) return Promise.resolve();
    const run = async () => {
      const got = await area.get(INDEX_KEY);
      const raw = got[INDEX_KEY];
      const listed = Array.isArray(raw) ? raw.filter((x): x is number => Number.isInteger(x)) : [];
      const open = new Set(await openTabs());
      const closed = listed.filter((id) => id !== tabId && !open.has(id));
      if (closed.length) await area.remove(closed.flatMap((id) => [key(id), summaryKey(id), annotationsKey(id)]));
      const next = listed.filter((id) => !closed.includes(id));
      if (!next.includes(tabId)) next.push(tabId);
      if (next.length !== listed.length || closed.length) await area.set({ [INDEX_KEY]: next });
    };
    indexing = indexing.then(run, run).catch(() => undefined);
    return indexing;
  }

  /** Writes the tab's latest entry (its reading and key points, or the key points alone); false when it stays in memory only. */
  async function write(tabId: number, reading: boolean): Promise<boolean> {
    const entry = live.get(tabId);
    if (!entry) return true;
    if (reading) await track(tabId);
    if (!reading && oversized.has(tabId)) {
      oversized.set(tabId, entry);
      return false;
    }
    try {
      // The reading and its analysis (or none: an earlier reading's must not stay) in one write;
      // the annotations' flag has its own key, written by setAnnotations only.
      await area.set(reading
        ? { [key(tabId)]: { url: entry.url, analysis: packed(base(entry.analysis)) }, [summaryKey(tabId)]: entry.analysis.summary }
        : { [summaryKey(tabId)]: entry.analysis.summary });
      if (reading) oversized.delete(tabId);
      return true;
    } catch {
      if (!reading) return false;
      await area.remove(key(tabId)).catch(() => undefined);
      oversized.set(tabId, live.get(tabId) ?? entry);
      return false;
    }
  }

  /** A write of the tab's latest entry after the delay, joined with one already due. */
  function schedule(tabId: number, reading: boolean): Promise<boolean> {
    const pending = due.get(tabId);
    if (pending) {
      pending.reading ||= reading;
      return pending.done;
    }
    const d: Due = {
      reading,
      // After the current task at least: the caller's answer to the popup goes out before this copy is made.
      done: new Promise((r) => setTimeout(r, opts.writeDelayMs ?? 0)).then(() => {
        // Forgotten meanwhile (the tab closed, its page left): nothing to write.
        if (due.get(tabId) !== d) return true;
        due.delete(tabId);
        return write(tabId, d.reading);
      }),
    };
    due.set(tabId, d);
    return d.done;
  }

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
    /** Keeps the entry now (for this worker's reads) and resolves once session storage has it too (false: kept in memory only). */
    put(tabId: number, entry: TabEntry): Promise<boolean> {
      live.set(tabId, entry);
      return schedule(tabId, true);
    },
    /**
     * Keeps `entry`, the tab's kept reading now with its text analysis: only the analysis is written
     * (the reading is in storage already, or in memory when too big for it), unless the reading's own
     * write is still to come: then both go together.
     */
    putSummary(tabId: number, entry: TabEntry): Promise<boolean> {
      live.set(tabId, entry);
      return schedule(tabId, false);
    },
    /** Keeps a first look's analysis of the tab until its whole reading (this worker only). */
    keepFirstLook(tabId: number, analysis: Analysis): void {
      firstLooks.set(tabId, analysis);
    },
    /** The tab's first look kept since its last reading, taken (a reading takes it whether it uses it or not). */
    takeFirstLook(tabId: number): Analysis | undefined {
      const look = firstLooks.get(tabId);
      firstLooks.delete(tabId);
      return look;
    },
    /** Flips the annotations' flag alone: the kept reading is not written again. */
    async setAnnotations(tabId: number, on: boolean): Promise<void> {
      // In place: a write of this entry still on its way (put) stays the latest.
      for (const kept of [live.get(tabId), oversized.get(tabId)]) if (kept) kept.annotations = on;
      void track(tabId);
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
      due.delete(tabId);
      firstLooks.delete(tabId);
      await area.remove([key(tabId), summaryKey(tabId), annotationsKey(tabId)]);
    },
  };
}

export type TabStore = ReturnType<typeof createTabStore>;
