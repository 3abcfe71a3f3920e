/** Test support for the handlers' tests: readings of a page, and the handlers' deps over stubs. */
import type { Extraction } from '../core/types';
import type { ContentRequests, Msg } from '../shared/protocol';
import type { BackgroundDeps } from './handlers';
import { createTabStore } from './tab-store';
import { memoryArea } from './memory-area';

export const extraction = (url: string): Extraction => ({
  url, title: 'Syrie/Daesh', lang: 'fr', platform: 'wordpress', confidence: 0.9,
  article: { title: 'Syrie/Daesh', byline: null, published: null, lang: 'fr', text: '', site: null },
  announcedCount: 20, closed: true,
  comments: [{ id: '1', parentId: null, author: 'Juju', authorUrl: null, time: null, text: 'Pas un échec de Poutine.',
    paragraphs: ['Pas un échec de Poutine.'], links: [], permalink: null, depth: 0, kind: 'comment', anchor: '#comment-1' }],
  pagination: { paginated: false, loadMore: false, framed: null }, notes: [],
});

/** `n` comments: replies in threads of five, as pages print them (a reply after its parent). */
export const many = (url: string, n: number, outOfTime = false): Extraction => {
  const base = extraction(url);
  const c0 = base.comments[0];
  const comments = Array.from({ length: n }, (_, i) => ({
    ...c0, id: String(i + 1), parentId: i % 5 === 0 ? null : String(i - (i % 5) + 1), depth: i % 5 === 0 ? 0 : 1, anchor: `#comment-${i + 1}`,
  }));
  return { ...base, comments, ...(outOfTime ? { outOfTime } : {}) };
};

export function setup(url: string | undefined, opts: { injectFails?: boolean; read?: (budgetMs?: number) => Extraction } = {}) {
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
