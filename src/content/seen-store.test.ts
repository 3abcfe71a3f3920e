import { describe, expect, it } from 'vitest';
import { SEEN_INDEX_KEY, createSeenStore, seenPageKey, type SeenArea } from './seen-store';

function mapArea(): SeenArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v));
  const list = (k: string | string[]) => (Array.isArray(k) ? k : [k]);
  return {
    data,
    async get(keys) {
      return Object.fromEntries(list(keys).filter((k) => data.has(k)).map((k) => [k, copy(data.get(k))]));
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) data.set(k, copy(v));
    },
    async remove(keys) {
      for (const k of list(keys)) data.delete(k);
    },
  };
}

const url = (n: number) => `https://blog.example.org/2012/07/article-${n}/#comments`;

describe('createSeenStore', () => {
  it('knows nothing about a page before its first visit, then the ids shown', async () => {
    const store = createSeenStore(mapArea());
    expect(await store.load(url(1))).toBeNull();
    await store.record(url(1), ['131204', '131208']);
    expect(await store.load(url(1).replace('#comments', '#comment-131208'))).toEqual(new Set(['131204', '131208']));
    await store.record(url(1), ['131250']);
    expect(await store.load(url(1))).toEqual(new Set(['131250', '131204', '131208']));
  });

  it('evicts the least recently visited pages past the limit, with their ids', async () => {
    const area = mapArea();
    let t = 0;
    const store = createSeenStore(area, { maxPages: 2, now: () => ++t });
    await store.record(url(1), ['a']);
    await store.record(url(2), ['b']);
    await store.record(url(1), ['c']);
    await store.record(url(3), ['d']);
    expect(await store.load(url(2))).toBeNull();
    expect(await store.load(url(1))).toEqual(new Set(['c', 'a']));
    expect([...area.data.keys()].filter((k) => k.startsWith('seen:p:')).length).toBe(2);
    expect(area.data.has(seenPageKey('https://blog.example.org/2012/07/article-2/'))).toBe(false);
  });

  it('bounds the ids kept per page', async () => {
    const store = createSeenStore(mapArea(), { maxIds: 3 });
    await store.record(url(1), ['1', '2', '3', '4', '5']);
    expect((await store.load(url(1)))?.size).toBe(3);
  });

  it('survives damaged storage and ignores pages it cannot key', async () => {
    const area = mapArea();
    await area.set({ [SEEN_INDEX_KEY]: 'garbage', [seenPageKey('https://ex.org/p')]: [1, 'x'] });
    const store = createSeenStore(area);
    expect(await store.load('https://ex.org/p')).toBeNull();
    await store.record('https://ex.org/p', ['y']);
    expect(await store.load('https://ex.org/p')).toEqual(new Set(['y', 'x']));
    await store.record('about:blank', ['z']);
    expect(await store.load('about:blank')).toBeNull();
  });

  it('serialises concurrent records so none is lost', async () => {
    const store = createSeenStore(mapArea(), { maxPages: 10 });
    await Promise.all([1, 2, 3, 4].map((n) => store.record(url(n), [`id${n}`])));
    for (const n of [1, 2, 3, 4]) expect(await store.load(url(n))).toEqual(new Set([`id${n}`]));
  });
});
