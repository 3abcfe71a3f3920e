// Stored settings and seen comments survive an update: whatever an older (or damaged, or newer)
// version left in storage reads as complete, valid data of the current schema, and keeps what it can.
import { describe, expect, it } from 'vitest';
import { normalizeIds, normalizeIndex, pageKey } from '../../src/core/seen';
import { createSeenStore, SEEN_INDEX_KEY, seenPageKey } from '../../src/content/seen-store';
import { DEFAULT_SETTINGS, SETTINGS_KEY, SETTINGS_VERSION, memoryStorage, readSettings, writeSettings } from '../../src/shared/settings';

function seenArea(initial: Record<string, unknown> = {}) {
  const m = memoryStorage(initial);
  return { ...m, remove: async (keys: string | string[]) => void [keys].flat().forEach((k) => m.data.delete(k)) };
}

describe('settings across versions', () => {
  it.each([
    ['nothing stored (first install)', undefined, DEFAULT_SETTINGS],
    ['a record without version (before versions existed)', { defaultSort: 'replies', annotations: { signals: false } }, { ...DEFAULT_SETTINGS, defaultSort: 'replies', annotations: { ...DEFAULT_SETTINGS.annotations, signals: false } }],
    ['a newer version with fields we do not know', { version: 99, defaultSort: 'newest', futureThing: { x: 1 }, summaryLength: 'short' }, { ...DEFAULT_SETTINGS, defaultSort: 'newest', summaryLength: 'short' }],
    ['damage: wrong types everywhere', { version: 'x', annotations: 'all', defaultSort: 3, summaryLength: null, alwaysAnnotate: 'example.com' }, DEFAULT_SETTINGS],
    ['hostile: prototype keys and javascript: sites', JSON.parse('{"__proto__":{"defaultSort":"replies"},"alwaysAnnotate":["javascript:alert(1)","https://ok.example/x","data:text/html,x"]}'), { ...DEFAULT_SETTINGS, alwaysAnnotate: ['https://ok.example'] }],
  ])('%s', async (_name, stored, expected) => {
    const area = memoryStorage(stored === undefined ? {} : { [SETTINGS_KEY]: stored });
    const s = await readSettings(area);
    expect(s).toEqual({ ...expected, version: SETTINGS_VERSION });
    expect(({} as Record<string, unknown>).defaultSort).toBeUndefined();
    // Writing a change after the update keeps what the old record said.
    const next = await writeSettings(area, { summaryLength: 'long' });
    expect(next.defaultSort).toBe(s.defaultSort);
    expect((area.data.get(SETTINGS_KEY) as { version: number }).version).toBe(SETTINGS_VERSION);
  });
});

describe('seen comments across versions', () => {
  const url = 'https://blog.example/post?utm_source=x#comment-3';
  it('an index and ids written by the earlier layout are read back after an update', async () => {
    const page = pageKey(url) as string;
    const area = seenArea({ [SEEN_INDEX_KEY]: { version: 1, pages: [[page, 1000]] }, [seenPageKey(page)]: ['1', '2'] });
    const store = createSeenStore(area, { now: () => 2000 });
    expect(await store.load(url)).toEqual(new Set(['1', '2']));
    await store.record(url, ['3']);
    expect(await store.load(url)).toEqual(new Set(['1', '2', '3']));
  });
  it.each([
    ['no index at all', undefined],
    ['an index without version', { pages: [['https://blog.example/post', 5]] }],
    ['damage', { version: 1, pages: [[1, 2], 'x', null, ['https://a.example/', 'NaN']] }],
    ['a future version', { version: 2, pages: [['https://blog.example/post', 5]], extra: true }],
  ])('the index from %s reads as a valid index', (_name, raw) => {
    const idx = normalizeIndex(raw);
    expect(idx.version).toBe(1);
    for (const [k, t] of idx.pages) {
      expect(typeof k).toBe('string');
      expect(Number.isFinite(t)).toBe(true);
    }
  });
  it('stored ids keep only strings', () => {
    expect(normalizeIds(['a', 1, null, { x: 1 }, 'b'])).toEqual(['a', 'b']);
    expect(normalizeIds('a')).toEqual([]);
  });
});
