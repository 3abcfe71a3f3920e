import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';

const code = readFileSync(new URL('../../public/early-ask.js', import.meta.url), 'utf8');

/** Runs public/early-ask.js as the popup would, with a stub of the browser's API; returns what it left. */
function run(opts: { search?: string; api?: 'browser' | 'chrome' | 'none'; answer?: (msg: { type: string }) => unknown }) {
  const sent: unknown[] = [];
  const queries: unknown[] = [];
  /** Messages and tab queries in the order they were made. */
  const order: string[] = [];
  const tabs = [
    { id: 3, url: 'https://a.example/post', active: false },
    { id: 5, url: 'https://b.example/post', active: true },
  ];
  const api = {
    tabs: {
      query: async (q: { active?: boolean }) => {
        queries.push(q);
        order.push('tabs.query');
        return q.active ? tabs.filter((t) => t.active) : tabs;
      },
    },
    runtime: {
      sendMessage: async (msg: { type: string }) => {
        sent.push(msg);
        order.push(msg.type);
        return opts.answer ? opts.answer(msg) : msg.type === 'get-annotations' ? { on: false } : { status: 'ok', analysis: { comments: [] }, preview: true };
      },
    },
  };
  const marks: string[] = [];
  const g: Record<string, unknown> = {
    location: { search: opts.search ?? '' },
    URLSearchParams,
    performance: { mark: (m: string) => marks.push(m) },
  };
  if (opts.api !== 'none') g[opts.api ?? 'chrome'] = api;
  g.globalThis = g;
  vm.runInNewContext(code, g);
  return { first: g.__commentLensFirst as Promise<{ id: number; first: unknown; ann: unknown } | null> | undefined, sent, queries, marks, order };
}

describe('the popup\'s early question (public/early-ask.js)', () => {
  it('wakes the worker, then asks for the active tab\'s first look and annotations at once', async () => {
    const r = run({});
    const got = await r.first;
    expect(r.queries).toEqual([{ active: true, currentWindow: true }]);
    expect(r.sent).toEqual([{ type: 'wake' }, { type: 'preview-tab', tabId: 5, refresh: false }, { type: 'get-annotations', tabId: 5 }]);
    // The worker starts while the tab is being found.
    expect(r.order).toEqual(['wake', 'tabs.query', 'preview-tab', 'get-annotations']);
    expect(got).toEqual({ id: 5, first: { status: 'ok', analysis: { comments: [] }, preview: true }, ann: { on: false } });
    expect(r.marks).toEqual(['cl:ask', 'cl:first-answer']);
  });

  it('reads the tab a ?target= names, through Firefox\'s browser namespace too', async () => {
    const r = run({ api: 'browser', search: `?target=${encodeURIComponent('https://a.example/post')}` });
    expect((await r.first)?.id).toBe(3);
    expect(r.sent).toContainEqual({ type: 'preview-tab', tabId: 3, refresh: false });
  });

  it('answers null without asking about any tab when the target is no open tab', async () => {
    const r = run({ search: '?target=https%3A%2F%2Fnone.example%2F' });
    expect(await r.first).toBeNull();
    expect(r.sent).toEqual([{ type: 'wake' }]);
  });

  it('turns the polyfill\'s reported failure into a rejection', async () => {
    const r = run({ answer: (m) => (m.type === 'preview-tab' ? { __mozWebExtensionPolyfillReject__: true, message: 'boom' } : { on: false }) });
    await expect(r.first).rejects.toThrow('boom');
  });

  it('leaves nothing where there is no extension API', () => {
    expect(run({ api: 'none' }).first).toBeUndefined();
  });
});
