import { describe, expect, it, vi } from 'vitest';
import * as analyzeModule from '../core/analyze';
import type { Extraction } from '../core/types';
import type { ContentRequests, Msg } from '../shared/protocol';
import { FIRST_LOOK_COMMENTS } from '../core/first-look';
import { handlers, PREVIEW_BUDGET_MS, type BackgroundDeps } from './handlers';
import { createTabStore } from './tab-store';
import { memoryArea } from './memory-area';

// Sees the text analyses made (each one is several hundred ms on a big thread).
vi.mock('../core/analyze', async (original) => {
  const mod = await original<typeof import('../core/analyze')>();
  return { ...mod, withSummary: vi.fn(mod.withSummary) };
});
const summaries = () => vi.mocked(analyzeModule.withSummary).mock.calls.map(([a]) => a.comments.length);

const extraction = (url: string): Extraction => ({
  url, title: 'Syrie/Daesh', lang: 'fr', platform: 'wordpress', confidence: 0.9,
  article: { title: 'Syrie/Daesh', byline: null, published: null, lang: 'fr', text: '', site: null },
  announcedCount: 20, closed: true,
  comments: [{ id: '1', parentId: null, author: 'Juju', authorUrl: null, time: null, text: 'Pas un échec de Poutine.',
    paragraphs: ['Pas un échec de Poutine.'], links: [], permalink: null, depth: 0, kind: 'comment', anchor: '#comment-1' }],
  pagination: { paginated: false, loadMore: false, framed: null }, notes: [],
});

/** `n` comments: replies in threads of five, as pages print them (a reply after its parent). */
const many = (url: string, n: number, outOfTime = false): Extraction => {
  const base = extraction(url);
  const c0 = base.comments[0];
  const comments = Array.from({ length: n }, (_, i) => ({
    ...c0, id: String(i + 1), parentId: i % 5 === 0 ? null : String(i - (i % 5) + 1), depth: i % 5 === 0 ? 0 : 1, anchor: `#comment-${i + 1}`,
  }));
  return { ...base, comments, ...(outOfTime ? { outOfTime } : {}) };
};

function setup(url: string | undefined, opts: { injectFails?: boolean; read?: (budgetMs?: number) => Extraction } = {}) {
  const { area, data } = memoryArea();
  const sent: Msg<ContentRequests, keyof ContentRequests>[] = [];
  let injected = 0;
  const gone: (boolean | undefined)[] = [];
  const deps: BackgroundDeps = {
    store: createTabStore(area),
    tabUrl: async () => url,
    ensureContent: async (_tab, isGone) => {
      if (opts.injectFails) throw new Error('Cannot access contents of the page');
      injected++;
      gone.push(isGone);
    },
    sendToTab: (async (_tab: number, msg: Msg<ContentRequests, keyof ContentRequests>) => {
      sent.push(msg);
      if (msg.type === 'extract') return opts.read ? opts.read((msg as Msg<ContentRequests, 'extract'>).budgetMs) : extraction(url ?? '');
      return { ok: true };
    }) as BackgroundDeps['sendToTab'],
  };
  return { deps, sent, area, data, injections: () => injected, gone };
}

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

describe('a page reloaded or left since its reading', () => {
  it('is read again, and its annotations are off (the new document has none)', async () => {
    const url = 'https://example.org/post';
    const { deps, sent } = setup(url);
    let alive = true;
    deps.readingAlive = async () => alive;
    await handlers['analyze-tab']({ type: 'analyze-tab', tabId: 8, refresh: false }, deps);
    await handlers['set-annotations']({ type: 'set-annotations', tabId: 8, on: true }, deps);
    expect((await handlers['get-annotations']({ type: 'get-annotations', tabId: 8 }, deps)).on).toBe(true);
    await handlers['preview-tab']({ type: 'preview-tab', tabId: 8, refresh: false }, deps);
    expect(sent.filter((m) => m.type === 'extract')).toHaveLength(1);
    alive = false; // reloaded: the injected script is gone with the old document
    expect((await handlers['get-annotations']({ type: 'get-annotations', tabId: 8 }, deps)).on).toBe(false);
    alive = true; // the next reading injects it again
    const again = await handlers['preview-tab']({ type: 'preview-tab', tabId: 8, refresh: false }, deps);
    expect(again.status).toBe('ok');
    expect(sent.filter((m) => m.type === 'extract')).toHaveLength(2);
  });

  it("a worker started afresh after the reload does not read the gone document's kept reading", async () => {
    const url = 'https://example.org/post';
    const { deps, area, data } = setup(url, { read: () => many(url, 300) });
    let alive = true;
    deps.readingAlive = async () => alive;
    await handlers['analyze-tab']({ type: 'analyze-tab', tabId: 9, refresh: false }, deps);
    await handlers['set-annotations']({ type: 'set-annotations', tabId: 9, on: true }, deps);
    await new Promise((r) => setTimeout(r, 0)); // session storage has its copy
    expect(data.has('tab:9')).toBe(true);
    alive = false; // reloaded, and the worker stopped meanwhile
    // The keys read that still held something.
    const read: string[] = [];
    const counted = async (k: string) => {
      const got = await area.get(k);
      if (k in got) read.push(k);
      return got;
    };
    const restarted = { ...deps, store: createTabStore({ ...area, get: counted }) };
    const first = await handlers['preview-tab']({ type: 'preview-tab', tabId: 9, refresh: false }, restarted);
    expect(first.status).toBe('ok');
    expect(read).not.toContain('tab:9');
    expect((await handlers['get-annotations']({ type: 'get-annotations', tabId: 9 }, restarted)).on).toBe(false);
  });

  it('injects without pinging again when the ping found no reading script, and forgets the gone reading', async () => {
    const url = 'https://example.org/post';
    const { deps, data, gone } = setup(url);
    let alive = true;
    deps.readingAlive = async () => alive;
    await handlers['analyze-tab']({ type: 'analyze-tab', tabId: 4, refresh: false }, deps);
    await handlers['set-annotations']({ type: 'set-annotations', tabId: 4, on: true }, deps);
    await new Promise((r) => setTimeout(r, 0)); // session storage has its copy
    expect(data.get('annotations:4')).toBe(true);
    gone.length = 0;
    alive = false; // reloaded
    const again = await handlers['preview-tab']({ type: 'preview-tab', tabId: 4, refresh: false }, deps);
    expect(again.status).toBe('ok');
    expect(gone).toEqual([true]);
    await new Promise((r) => setTimeout(r, 0)); // the removal it did not wait for
    expect(data.has('annotations:4')).toBe(false);
    alive = true;
    expect((await handlers['get-annotations']({ type: 'get-annotations', tabId: 4 }, deps)).on).toBe(false);
    // While the page is alive, a reading asks before injecting.
    gone.length = 0;
    await handlers['preview-tab']({ type: 'preview-tab', tabId: 4, refresh: true }, deps);
    expect(gone).toEqual([false]);
  });
});
