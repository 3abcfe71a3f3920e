import { describe, expect, it, vi } from 'vitest';
import * as analyzeModule from '../core/analyze';
import type { ContentRequests, Msg } from '../shared/protocol';
import { FIRST_LOOK_COMMENTS } from '../core/first-look';
import { handlers, PREVIEW_BUDGET_MS } from './handlers';
import { createTabStore } from './tab-store';

// Sees the text analyses made (each one is several hundred ms on a big thread).
vi.mock('../core/analyze', async (original) => {
  const mod = await original<typeof import('../core/analyze')>();
  return { ...mod, withSummary: vi.fn(mod.withSummary) };
});
const summaries = () => vi.mocked(analyzeModule.withSummary).mock.calls.map(([a]) => a.comments.length);

import { many, setup } from './handlers-fixture';

describe('analyze-tab', () => {
  it('analyses a page once, then answers from session storage (a restarted worker loses nothing)', async () => {
    const { deps, sent, area } = setup('https://www.opex360.com/2015/12/21/syrie/');
    const first = await handlers['analyze-tab']({ type: 'analyze-tab', tabId: 7, refresh: false }, deps);
    if (first.status !== 'ok') return expect.unreachable(first.status);
    expect(first.analysis.stats.announced).toBe(20);
    expect(Object.keys(first.timings ?? {})).toEqual(['inject', 'extract', 'analyze', 'store']);
    const again = await handlers['analyze-tab']({ type: 'analyze-tab', tabId: 7, refresh: false }, deps);
    expect(again).toEqual({ status: 'ok', analysis: first.analysis });
    // A restarted worker (a new store over the same session storage) reads the same result.
    await new Promise((r) => setTimeout(r, 0));
    const restarted = { ...deps, store: createTabStore(area) };
    expect(await handlers['analyze-tab']({ type: 'analyze-tab', tabId: 7, refresh: false }, restarted)).toEqual({ status: 'ok', analysis: first.analysis });
    expect(sent.filter((m) => m.type === 'extract')).toHaveLength(1);
    await handlers['analyze-tab']({ type: 'analyze-tab', tabId: 7, refresh: true }, deps);
    expect(sent.filter((m) => m.type === 'extract')).toHaveLength(2);
  });

  it.each([
    ['chrome://settings/', 'browser-page'],
    ['https://addons.mozilla.org/fr/firefox/', 'store-page'],
    [undefined, 'no-tab'],
  ])('says %s cannot be read (%s) without injecting anything', async (url, reason) => {
    const { deps, injections } = setup(url);
    expect(await handlers['analyze-tab']({ type: 'analyze-tab', tabId: 1, refresh: false }, deps)).toEqual({ status: 'unreadable', reason });
    expect(injections()).toBe(0);
  });

  it('reports no access when the browser refuses the injection', async () => {
    const { deps } = setup('https://example.org/', { injectFails: true });
    expect(await handlers['analyze-tab']({ type: 'analyze-tab', tabId: 1, refresh: false }, deps)).toEqual({ status: 'unreadable', reason: 'no-access' });
  });
});

describe('annotations and jumps', () => {
  it('remembers the switch per tab and sends the analysis along', async () => {
    const { deps, sent } = setup('https://example.org/post');
    await handlers['analyze-tab']({ type: 'analyze-tab', tabId: 3, refresh: false }, deps);
    expect(await handlers['set-annotations']({ type: 'set-annotations', tabId: 3, on: true }, deps)).toEqual({ ok: true, on: true });
    expect((await handlers['get-annotations']({ type: 'get-annotations', tabId: 3 }, deps)).on).toBe(true);
    const ann = sent.find((m) => m.type === 'annotate') as Msg<ContentRequests, 'annotate'>;
    expect(ann.analysis?.comments).toHaveLength(1);
  });

  it('jumps with the anchor the extraction recorded', async () => {
    const { deps, sent } = setup('https://example.org/post');
    await handlers['analyze-tab']({ type: 'analyze-tab', tabId: 3, refresh: false }, deps);
    await handlers['jump-to']({ type: 'jump-to', tabId: 3, commentId: '1' }, deps);
    expect(sent.at(-1)).toEqual({ type: 'jump-to', commentId: '1', anchor: '#comment-1' });
  });
});

describe('two phases: the tree at once, the key points after', () => {
  it('answers without the text analysis, then completes it on summarize-tab', async () => {
    const { deps } = setup('https://example.org/post');
    const first = await handlers['analyze-tab']({ type: 'analyze-tab', tabId: 5, refresh: false }, deps);
    expect(first.status === 'ok' && first.analysis.summary === null && first.analysis.summaryPending).toBe(true);
    const full = await handlers['summarize-tab']({ type: 'summarize-tab', tabId: 5 }, deps);
    // The summary alone, with the size of the reading it is of (the popup holds the reading).
    expect(full).toMatchObject({ status: 'ok', comments: 1 });
    expect(full.status === 'ok' && full.summary?.threads.map((t) => t.rootId)).toEqual(['1']);
    expect('analysis' in full).toBe(false);
    expect(await handlers['summarize-tab']({ type: 'summarize-tab', tabId: 5 }, deps)).toEqual(full);
    // stored: a restarted worker answers with the summary at once
    const again = await handlers['analyze-tab']({ type: 'analyze-tab', tabId: 5, refresh: false }, deps);
    expect(again.status === 'ok' && again.analysis.summary !== null).toBe(true);
  });

  it('keeps a result too big for session storage in memory', async () => {
    const { deps, area } = setup('https://example.org/post');
    area.set = async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    };
    await handlers['analyze-tab']({ type: 'analyze-tab', tabId: 6, refresh: false }, deps);
    const full = await handlers['summarize-tab']({ type: 'summarize-tab', tabId: 6 }, deps);
    expect(full.status).toBe('ok');
  });
});

describe('preview-tab: something to paint at once', () => {
  const url = 'https://example.org/long-thread';

  it('reads a small page whole within the first look, keeps it, and flags no preview', async () => {
    const { deps, sent } = setup(url);
    const first = await handlers['preview-tab']({ type: 'preview-tab', tabId: 2, refresh: false }, deps);
    if (first.status !== 'ok') return expect.unreachable(first.status);
    expect(first.preview).toBeUndefined();
    expect(sent[0]).toEqual({ type: 'extract', budgetMs: PREVIEW_BUDGET_MS });
    // kept: the whole reading that follows is the same, without reading the page again
    expect(await handlers['analyze-tab']({ type: 'analyze-tab', tabId: 2, refresh: false }, deps)).toEqual({ status: 'ok', analysis: first.analysis });
    expect(sent.filter((m) => m.type === 'extract')).toHaveLength(1);
  });

  it('shows the first comments of a reading stopped by its budget, keeps nothing, then reads it all', async () => {
    const { deps, sent } = setup(url, { read: (budgetMs) => (budgetMs ? many(url, 700, true) : many(url, 5000)) });
    const first = await handlers['preview-tab']({ type: 'preview-tab', tabId: 2, refresh: false }, deps);
    if (first.status !== 'ok') return expect.unreachable(first.status);
    expect(first.preview).toBe(true);
    expect(first.analysis.comments).toHaveLength(FIRST_LOOK_COMMENTS);
    expect(first.analysis.stats.shown).toBe(700);
    expect(await deps.store.get(2)).toBeNull();
    const whole = await handlers['analyze-tab']({ type: 'analyze-tab', tabId: 2, refresh: false }, deps);
    expect(whole.status === 'ok' && whole.analysis.comments.length).toBe(5000);
    expect(sent.filter((m) => m.type === 'extract').map((m) => (m as { budgetMs?: number }).budgetMs)).toEqual([PREVIEW_BUDGET_MS, undefined]);
  });

  it("warms the text analysis up on the first look's comments while the page is read whole, once", async () => {
    let atWholeRead: number[] = [];
    const { deps } = setup(url, {
      read: (budgetMs) => {
        if (budgetMs) return many(url, FIRST_LOOK_COMMENTS, true);
        atWholeRead = summaries();
        return many(url, 3000);
      },
    });
    const before = summaries();
    await handlers['preview-tab']({ type: 'preview-tab', tabId: 3, refresh: false }, deps);
    expect(summaries()).toEqual(before);
    await handlers['analyze-tab']({ type: 'analyze-tab', tabId: 3, refresh: false }, deps);
    // After the page was asked for its whole reading, on the first look's comments; the result dropped.
    expect(atWholeRead).toEqual(before);
    expect(summaries()).toEqual([...before, FIRST_LOOK_COMMENTS]);
    expect((await deps.store.get(3))?.analysis.summaryPending).toBe(true);
    // Read again: no first look to warm up on.
    await handlers['analyze-tab']({ type: 'analyze-tab', tabId: 3, refresh: true }, deps);
    expect(summaries()).toEqual([...before, FIRST_LOOK_COMMENTS]);
  });

  it('sends the first comments of a big kept reading, with the figures of the whole', async () => {
    const { deps, sent } = setup(url, { read: () => many(url, 5000) });
    await handlers['analyze-tab']({ type: 'analyze-tab', tabId: 4, refresh: false }, deps);
    const first = await handlers['preview-tab']({ type: 'preview-tab', tabId: 4, refresh: false }, deps);
    if (first.status !== 'ok') return expect.unreachable(first.status);
    expect(first.preview).toBe(true);
    expect(first.analysis.comments.map((c) => c.id)).toEqual(Array.from({ length: FIRST_LOOK_COMMENTS }, (_, i) => String(i + 1)));
    expect(first.analysis.stats.shown).toBe(5000);
    expect(sent.filter((m) => m.type === 'extract')).toHaveLength(1);
  });

  it('says what cannot be read, as analyze-tab does', async () => {
    expect(await handlers['preview-tab']({ type: 'preview-tab', tabId: 1, refresh: false }, setup('chrome://newtab/').deps)).toEqual({ status: 'unreadable', reason: 'browser-page' });
    const refused = setup(url, { injectFails: true }).deps;
    expect(await handlers['preview-tab']({ type: 'preview-tab', tabId: 1, refresh: true }, refused)).toEqual({ status: 'unreadable', reason: 'no-access' });
  });
});
