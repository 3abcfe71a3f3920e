import { describe, expect, it } from 'vitest';
import { handlers } from './handlers';
import { createTabStore } from './tab-store';
import { many, setup } from './handlers-fixture';

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
