import { describe, expect, it } from 'vitest';
import type { Extraction } from '../core/types';
import type { ContentRequests, Msg } from '../shared/protocol';
import { handlers, type BackgroundDeps } from './handlers';
import { createTabStore } from './tab-store';

function memoryArea() {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (k: string) => (data.has(k) ? { [k]: structuredClone(data.get(k)) } : {}),
    set: async (items: Record<string, unknown>) => {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    remove: async (k: string) => void data.delete(k),
  };
}

const extraction = (url: string): Extraction => ({
  url, title: 'Syrie/Daesh', lang: 'fr', platform: 'wordpress', confidence: 0.9,
  article: { title: 'Syrie/Daesh', byline: null, published: null, lang: 'fr', text: '', site: null },
  announcedCount: 20, closed: true,
  comments: [{ id: '1', parentId: null, author: 'Juju', authorUrl: null, time: null, text: 'Pas un échec de Poutine.',
    paragraphs: ['Pas un échec de Poutine.'], links: [], permalink: null, depth: 0, kind: 'comment', anchor: '#comment-1' }],
  pagination: { paginated: false, loadMore: false, framed: null }, notes: [],
});

function setup(url: string | undefined, opts: { injectFails?: boolean } = {}) {
  const area = memoryArea();
  const sent: Msg<ContentRequests, keyof ContentRequests>[] = [];
  let injected = 0;
  const deps: BackgroundDeps = {
    store: createTabStore(area),
    tabUrl: async () => url,
    ensureContent: async () => {
      if (opts.injectFails) throw new Error('Cannot access contents of the page');
      injected++;
    },
    sendToTab: (async (_tab: number, msg: Msg<ContentRequests, keyof ContentRequests>) => {
      sent.push(msg);
      if (msg.type === 'extract') return extraction(url ?? '');
      return { ok: true };
    }) as BackgroundDeps['sendToTab'],
  };
  return { deps, sent, area, injections: () => injected };
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
    expect(full.status === 'ok' && full.analysis.summary !== null && !full.analysis.summaryPending).toBe(true);
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
