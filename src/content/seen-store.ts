import { SEEN_LIMITS, mergeSeen, normalizeIds, normalizeIndex, pageKey, touch } from '../core/seen';

/**
 * Seen comment ids per page, in `storage.local` (injected: a Map-backed stub in
 * tests). Layout: `seen:index` holds the pages by last visit; `seen:p:<page>`
 * holds one page's ids. Past the page limit the least recently visited pages
 * are removed first. "Forget stored data" clears the whole area, these included.
 */

/** The part of `browser.storage.StorageArea` used here. */
export interface SeenArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface SeenStore {
  /** Ids seen on earlier visits of this page, or null when the page was never visited (or cannot be stored). */
  load(url: string): Promise<Set<string> | null>;
  /** Adds the ids shown now to the page's record and marks the page as just visited. */
  record(url: string, ids: readonly string[]): Promise<void>;
}

export interface SeenStoreOptions {
  maxPages?: number;
  maxIds?: number;
  now?: () => number;
}

export const SEEN_INDEX_KEY = 'seen:index';
export const seenPageKey = (page: string) => `seen:p:${page}`;

export function createSeenStore(area: SeenArea, opts: SeenStoreOptions = {}): SeenStore {
  const maxPages = opts.maxPages ?? SEEN_LIMITS.maxPages;
  const maxIds = opts.maxIds ?? SEEN_LIMITS.maxIds;
  const now = opts.now ?? (() => Date.now());
  // Writes from one document run one after the other, so a record never reads a half-written index.
  let queue: Promise<unknown> = Promise.resolve();

  return {
    async load(url) {
      const page = pageKey(url);
      if (!page) return null;
      await queue.catch(() => undefined);
      const got = await area.get([SEEN_INDEX_KEY, seenPageKey(page)]);
      const known = normalizeIndex(got[SEEN_INDEX_KEY]).pages.some(([k]) => k === page);
      return known ? new Set(normalizeIds(got[seenPageKey(page)])) : null;
    },
    record(url, ids) {
      const page = pageKey(url);
      if (!page) return Promise.resolve();
      const run = async () => {
        const got = await area.get([SEEN_INDEX_KEY, seenPageKey(page)]);
        const { index, evicted } = touch(normalizeIndex(got[SEEN_INDEX_KEY]), page, now(), maxPages);
        const merged = mergeSeen(normalizeIds(got[seenPageKey(page)]), ids, maxIds);
        await area.set({ [SEEN_INDEX_KEY]: index, [seenPageKey(page)]: merged });
        if (evicted.length) await area.remove(evicted.map(seenPageKey));
      };
      const p = queue.then(run, run);
      queue = p.catch(() => undefined);
      return p;
    },
  };
}
