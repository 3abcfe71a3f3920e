import { describe, expect, it } from 'vitest';
import { analyze, withSummary } from '../core/analyze';
import type { Extraction } from '../core/types';
import { createTabStore } from './tab-store';
import { memoryArea } from './memory-area';

const comment = (id: string, parentId: string | null, text: string) => ({
  id, parentId, author: `A${id}`, authorUrl: null, time: null, text, paragraphs: [text], links: [], permalink: null, depth: parentId ? 1 : 0, kind: 'comment' as const, anchor: null,
});
const reading = (texts: string[]): Extraction => ({
  url: 'https://example.org/post', title: 'Sanctions', lang: 'fr', platform: 'wordpress', confidence: 0.9,
  article: { title: 'Sanctions', byline: null, published: null, lang: 'fr', text: '', site: null },
  announcedCount: null, closed: false,
  comments: texts.map((t, i) => comment(String(i + 1), i ? '1' : null, t)),
  pagination: { paginated: false, loadMore: false, framed: null }, notes: [],
});
const long = (s: string) => `${s} `.repeat(10).trim();

describe('tab store', () => {
  it('writes a reading once, then its key points alone; a restarted worker reads both as one', async () => {
    const { area, writes } = memoryArea();
    const store = createTabStore(area);
    // As the background keeps a reading before its text analysis.
    const pending = { ...analyze(reading([long('Les sanctions européennes ne changent rien.'), long('The sanctions hurt European farmers more than Moscow.')]), { summary: false }), summaryPending: true };
    await store.put(4, { url: 'https://example.org/post', analysis: pending, annotations: false });
    const whole = withSummary(pending);
    await store.putSummary(4, { url: 'https://example.org/post', analysis: whole, annotations: false });
    expect(writes).toEqual([['tab:4', 'summary:4'], ['summary:4']]);
    expect((await store.get(4))?.analysis).toBe(whole);
    const restarted = await createTabStore(area).get(4);
    expect(restarted?.analysis).toEqual(whole);
    expect(restarted?.analysis.comments.map((c) => c.lang)).toEqual(['fr', 'en']);
  });

  it('with a delay, writes the reading and the key points made meanwhile once; nothing for a tab forgotten meanwhile', async () => {
    const { area, writes, data } = memoryArea();
    const store = createTabStore(area, { writeDelayMs: 30 });
    const pending = { ...analyze(reading([long('Les sanctions européennes ne changent rien.'), long('The sanctions hurt European farmers more than Moscow.')]), { summary: false }), summaryPending: true };
    const stored = store.put(4, { url: 'https://example.org/post', analysis: pending, annotations: false });
    await new Promise((r) => setTimeout(r, 0));
    // Not yet: the key points asked for at once are made before the reading is serialised.
    expect(writes).toEqual([]);
    expect((await store.get(4))?.analysis).toBe(pending);
    const whole = withSummary(pending);
    const summed = store.putSummary(4, { url: 'https://example.org/post', analysis: whole, annotations: false });
    expect(await stored).toBe(true);
    expect(await summed).toBe(true);
    expect(writes).toEqual([['tab:4', 'summary:4']]);
    expect((await createTabStore(area).get(4))?.analysis).toEqual(whole);
    expect(data.get('summary:4')).toEqual(whole.summary);

    // The tab closed before its reading was written: nothing is left of it.
    const gone = store.put(8, { url: 'https://example.org/post', analysis: pending, annotations: false });
    await store.forget(8);
    await gone;
    expect(writes.flat().filter((k) => k.endsWith(':8'))).toEqual([]);
    expect(await createTabStore(area).get(8)).toBeNull();
  });

  it("drops an earlier reading's key points with it", async () => {
    const { area } = memoryArea();
    const store = createTabStore(area);
    const first = withSummary(analyze(reading([long('Premier avis sur les sanctions.')]), { summary: false }));
    await store.put(5, { url: 'https://example.org/post', analysis: first, annotations: false });
    expect((await createTabStore(area).get(5))?.analysis.summary).not.toBeNull();
    const next = { ...analyze(reading([long('Un autre avis, sur les visas.'), long('Et une réponse.')]), { summary: false }), summaryPending: true };
    await store.put(5, { url: 'https://example.org/post', analysis: next, annotations: false });
    const restarted = await createTabStore(area).get(5);
    expect(restarted?.analysis.summary).toBeNull();
    expect(restarted?.analysis.summaryPending).toBe(true);
    expect(restarted?.analysis.comments).toHaveLength(2);
  });

  it('flips the annotations without writing the reading again; a restarted worker reads the switch', async () => {
    const { area, writes } = memoryArea();
    const store = createTabStore(area);
    const kept = { ...analyze(reading([long('Les sanctions européennes ne changent rien.')]), { summary: false }), summaryPending: true };
    await store.put(6, { url: 'https://example.org/post', analysis: kept, annotations: false });
    await store.setAnnotations(6, true);
    expect(writes).toEqual([['tab:6', 'summary:6'], ['annotations:6']]);
    expect(await store.annotations(6)).toBe(true);
    expect((await store.get(6))?.annotations).toBe(true);
    expect(await createTabStore(area).annotations(6)).toBe(true);
    expect((await createTabStore(area).get(6))?.annotations).toBe(true);
    await store.setAnnotations(6, false);
    expect((await createTabStore(area).get(6))?.annotations).toBe(false);
    await store.forget(6);
    expect(await createTabStore(area).get(6)).toBeNull();
    expect(await createTabStore(area).annotations(6)).toBe(false);
  });

  it('removes what it keeps for the tabs closed since, at its next write (no listener to tabs closing)', async () => {
    const { area, data } = memoryArea();
    let open = [1, 2];
    const store = createTabStore(area, { openTabs: async () => open });
    const a = { ...analyze(reading([long('Les sanctions européennes ne changent rien.')]), { summary: false }), summaryPending: true };
    await store.put(1, { url: 'https://example.org/post', analysis: a, annotations: false });
    await store.put(2, { url: 'https://example.org/post', analysis: a, annotations: false });
    await store.setAnnotations(2, true);
    expect([...data.keys()].sort()).toEqual(['annotations:2', 'summary:1', 'summary:2', 'tab:1', 'tab:2', 'tabs']);
    open = [1, 3]; // tab 2 closed, tab 3 opened
    await store.put(3, { url: 'https://example.org/post', analysis: a, annotations: false });
    expect([...data.keys()].sort()).toEqual(['summary:1', 'summary:3', 'tab:1', 'tab:3', 'tabs']);
    expect(data.get('tabs')).toEqual([1, 3]);
    // A worker started afresh still reads what is kept for an open tab.
    expect((await createTabStore(area, { openTabs: async () => open }).get(1))?.url).toBe('https://example.org/post');
  });
});
