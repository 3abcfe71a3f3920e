/**
 * "New since your last visit": which comment ids the reader has already seen on
 * each page. Pure, bounded bookkeeping; the storage glue lives in
 * src/content/seen-store.ts.
 *
 * - A page is keyed by its URL without the fragment and without tracking
 *   parameters (utm_*, fbclid...), so `#comment-12` links and campaign links
 *   land on the same record.
 * - The index lists pages by last visit; past `maxPages` the oldest pages are
 *   evicted first (least recently visited).
 * - A page keeps at most `maxIds` ids; the ids shown on the latest visit are
 *   kept first, older ones fill what is left.
 */

export interface SeenIndex {
  version: 1;
  /** [pageKey, last visit in ms since the epoch], most recent last. */
  pages: [string, number][];
}

export const SEEN_LIMITS = { maxPages: 500, maxIds: 3000 } as const;

const TRACKING = /^(utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|_ga|ref_src)$/i;

/** Page URL -> storage key, or null for anything that is not http(s). */
export function pageKey(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = '';
  for (const k of [...u.searchParams.keys()]) if (TRACKING.test(k)) u.searchParams.delete(k);
  u.searchParams.sort();
  return u.href.replace(/\?$/, '');
}

export const emptyIndex = (): SeenIndex => ({ version: 1, pages: [] });

/** Whatever was stored (or nothing, or damage) -> a valid index, oldest first, one entry per page. */
export function normalizeIndex(raw: unknown): SeenIndex {
  if (typeof raw !== 'object' || raw === null || !Array.isArray((raw as SeenIndex).pages)) return emptyIndex();
  const latest = new Map<string, number>();
  for (const e of (raw as SeenIndex).pages) {
    if (!Array.isArray(e) || typeof e[0] !== 'string' || !Number.isFinite(e[1])) continue;
    latest.set(e[0], Math.max(e[1], latest.get(e[0]) ?? -Infinity));
  }
  return { version: 1, pages: [...latest.entries()].sort((a, b) => a[1] - b[1]) };
}

/**
 * Records a visit to `key` at `now`: the page moves to the most recent end.
 * Returns the new index and the keys evicted to stay within `maxPages`.
 */
export function touch(
  index: SeenIndex,
  key: string,
  now: number,
  maxPages: number = SEEN_LIMITS.maxPages,
): { index: SeenIndex; evicted: string[] } {
  const rest = index.pages.filter(([k]) => k !== key);
  const last = rest.length ? rest[rest.length - 1][1] : -Infinity;
  const pages: [string, number][] = [...rest, [key, Math.max(now, last)]];
  const over = Math.max(0, pages.length - Math.max(1, maxPages));
  return { index: { version: 1, pages: pages.slice(over) }, evicted: pages.slice(0, over).map(([k]) => k) };
}

/** The ids to store after a visit: the ones on the page now first, then earlier ones, bounded. */
export function mergeSeen(previous: readonly string[], current: readonly string[], maxIds: number = SEEN_LIMITS.maxIds): string[] {
  const out = new Set<string>();
  for (const id of current) if (out.size < maxIds) out.add(id);
  for (const id of previous) if (out.size < maxIds) out.add(id);
  return [...out];
}

/** Ids the reader has not seen. Without an earlier visit there is nothing to compare: none is new. */
export function newIds(seen: ReadonlySet<string> | null, ids: readonly string[]): string[] {
  if (!seen) return [];
  return ids.filter((id) => !seen.has(id));
}

/** Stored ids -> a clean list of strings (storage may hold anything). */
export function normalizeIds(raw: unknown): string[] {
  return Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string') : [];
}
