/**
 * Reader settings, kept in `storage.local` under one key with a schema version.
 * Every read goes through `normalizeSettings`, so a missing, old or damaged record
 * still yields complete settings: nobody has to visit the options page first.
 * The storage area is injected (webextension `storage.local`, or a Map in tests).
 */

export const SETTINGS_VERSION = 1;
export const SETTINGS_KEY = 'settings';

export type SortOrder = 'page' | 'replies' | 'newest';
export type SummaryLength = 'short' | 'medium' | 'long';

/** Which inline annotations the content script draws on each comment. */
export interface AnnotationKinds {
  replyCounts: boolean;
  authorChips: boolean;
  replyTo: boolean;
  newSinceLastVisit: boolean;
  signals: boolean;
  threadCollapse: boolean;
}

export interface Settings {
  version: number;
  annotations: AnnotationKinds;
  defaultSort: SortOrder;
  summaryLength: SummaryLength;
  /** Origins (`https://example.com`) where annotations are turned on by themselves. */
  alwaysAnnotate: string[];
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  annotations: Object.freeze({
    replyCounts: true,
    authorChips: true,
    replyTo: true,
    newSinceLastVisit: true,
    signals: true,
    threadCollapse: true,
  }),
  defaultSort: 'page',
  summaryLength: 'medium',
  alwaysAnnotate: Object.freeze([]) as unknown as string[],
}) as Settings;

/** The part of `browser.storage.StorageArea` used here. */
export interface StorageLike {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  clear(): Promise<void>;
}

export const SORT_ORDERS: readonly SortOrder[] = ['page', 'replies', 'newest'];
export const SUMMARY_LENGTHS: readonly SummaryLength[] = ['short', 'medium', 'long'];
export const ANNOTATION_KINDS = Object.keys(DEFAULT_SETTINGS.annotations) as (keyof AnnotationKinds)[];

/** Characters of a thread's one-line summary, per summary length. */
export const SUMMARY_CHARS: Record<SummaryLength, number> = { short: 90, medium: 160, long: 280 };
/** Key points listed, per summary length. */
export const KEY_POINT_COUNT: Record<SummaryLength, number> = { short: 3, medium: 5, long: 10 };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const oneOf = <T extends string>(v: unknown, allowed: readonly T[], dflt: T): T =>
  typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : dflt;

/** `example.com`, `https://example.com/a/b` -> `https://example.com`; anything else -> null. */
export function toOrigin(site: string): string | null {
  const s = site.trim();
  if (!s) return null;
  try {
    const u = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(s) ? s : `https://${s}`);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    if (!u.hostname.includes('.') && u.hostname !== 'localhost') return null;
    return u.origin;
  } catch {
    return null;
  }
}

/**
 * Match pattern for a site's optional host permission: `https://example.com/*`. It names no port:
 * Firefox's patterns take none (a pattern with one is never granted), and Chrome's without one match
 * every port of the host; the site's own origin, port included, is what the settings list.
 */
export const originPattern = (origin: string) => {
  const u = new URL(origin);
  return `${u.protocol}//${u.hostname}/*`;
};

/** Any stored value (or none) -> complete, valid settings of the current version. */
export function normalizeSettings(raw: unknown): Settings {
  const r = isObj(raw) ? raw : {};
  const ann = isObj(r.annotations) ? r.annotations : {};
  const annotations = { ...DEFAULT_SETTINGS.annotations };
  for (const k of ANNOTATION_KINDS) if (typeof ann[k] === 'boolean') annotations[k] = ann[k] as boolean;
  const sites = Array.isArray(r.alwaysAnnotate) ? r.alwaysAnnotate : [];
  const alwaysAnnotate = [
    ...new Set(sites.flatMap((s) => (typeof s === 'string' ? [toOrigin(s)] : [])).filter((s): s is string => !!s)),
  ];
  return {
    version: SETTINGS_VERSION,
    annotations,
    defaultSort: oneOf(r.defaultSort, SORT_ORDERS, DEFAULT_SETTINGS.defaultSort),
    summaryLength: oneOf(r.summaryLength, SUMMARY_LENGTHS, DEFAULT_SETTINGS.summaryLength),
    alwaysAnnotate,
  };
}

export async function readSettings(area: StorageLike): Promise<Settings> {
  const got = await area.get(SETTINGS_KEY);
  return normalizeSettings(got[SETTINGS_KEY]);
}

/** Merges a change into the stored settings and returns what was stored. */
/** A change to the settings: any fields, and any annotation kinds (the others are kept). */
export type SettingsPatch = Partial<Omit<Settings, 'version' | 'annotations'>> & { annotations?: Partial<AnnotationKinds> };

export async function writeSettings(area: StorageLike, patch: SettingsPatch): Promise<Settings> {
  const current = await readSettings(area);
  const next = normalizeSettings({
    ...current,
    ...patch,
    annotations: { ...current.annotations, ...(patch.annotations ?? {}) },
  });
  await area.set({ [SETTINGS_KEY]: next });
  return next;
}

/** "Forget stored data": settings, seen comments, cached analyses, in every area given. */
export async function forgetStoredData(areas: readonly StorageLike[]): Promise<void> {
  await Promise.all(areas.map((a) => a.clear()));
}

/** An in-memory storage area (tests, the screenshot harness). Values are copied like the real API does. */
export function memoryStorage(initial: Record<string, unknown> = {}): StorageLike & { data: Map<string, unknown> } {
  const copy = <T>(v: T): T => (v === undefined ? v : JSON.parse(JSON.stringify(v)));
  const data = new Map<string, unknown>(Object.entries(copy(initial)));
  return {
    data,
    async get(keys) {
      const list = keys === null ? [...data.keys()] : Array.isArray(keys) ? keys : [keys];
      const out: Record<string, unknown> = {};
      for (const k of list) if (data.has(k)) out[k] = copy(data.get(k));
      return out;
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) data.set(k, copy(v));
    },
    async clear() {
      data.clear();
    },
  };
}
