import { describe, expect, it, vi } from 'vitest';
import { memoryStorage, readSettings, writeSettings } from '../shared/settings';
import type { Extraction } from '../core/types';
import type { ContentRequests, Msg } from '../shared/protocol';
import { annotateTab, askAlwaysAnnotate, listedScriptSync, LISTED_SCRIPT_ID, onListedPage, shouldAlwaysAnnotate, stopAlwaysAnnotate } from './always-annotate';
import type { BackgroundDeps } from './handlers';
import { createTabStore } from './tab-store';
import { memoryArea } from './memory-area';

function permissions(granted: string[] = [], answer = true) {
  const set = new Set(granted);
  return {
    set,
    request: vi.fn(async (p: { origins: string[] }) => {
      if (answer) p.origins.forEach((o) => set.add(o));
      return answer;
    }),
    contains: vi.fn(async (p: { origins: string[] }) => p.origins.every((o) => set.has(o))),
    remove: vi.fn(async (p: { origins: string[] }) => p.origins.every((o) => set.delete(o))),
  };
}

async function settingsWith(sites: string[]) {
  const area = memoryStorage();
  await writeSettings(area, { alwaysAnnotate: sites });
  return area;
}

describe('shouldAlwaysAnnotate', () => {
  it.each([
    ['https://www.lemonde.fr/international/article/2012/07/24/a.html', true],
    ['https://www.lemonde.fr/', true],
    ['http://www.lemonde.fr/a.html', false], // another origin
    ['https://lemonde.fr/a.html', false],
    ['https://blog.example.org/2012/07/post/', false], // listed, permission not granted
    ['https://news.ycombinator.com/item?id=1', false], // not listed
    ['chrome://extensions', false],
    [undefined, false],
  ])('%s -> %s', async (url, expected) => {
    const settings = await settingsWith(['https://www.lemonde.fr', 'https://blog.example.org']);
    const perms = permissions(['https://www.lemonde.fr/*', 'https://news.ycombinator.com/*']);
    expect(await shouldAlwaysAnnotate(url, { settings, permissions: perms })).toBe(expected);
  });
});

describe('onListedPage', () => {
  const hello = { type: 'listed-page-loaded' };
  const from = (tabId: number, url: string, frameId = 0) => ({ id: 'ext', url, frameId, tab: { id: tabId, url } });

  it("turns annotations on when a listed, granted page's script says it loaded, and only then", async () => {
    const turnOn = vi.fn(async () => undefined);
    const deps = { settings: await settingsWith(['https://www.lemonde.fr']), permissions: permissions(['https://www.lemonde.fr/*']), turnOn };
    const url = 'https://www.lemonde.fr/a.html';
    expect(await onListedPage({ type: 'extract' }, from(7, url), deps)).toBe(false);
    expect(await onListedPage(null, from(7, url), deps)).toBe(false);
    expect(await onListedPage(hello, from(7, url, 3), deps)).toBe(false); // a frame of the page
    expect(await onListedPage(hello, { id: 'ext', url, frameId: 0 }, deps)).toBe(false); // no tab
    expect(await onListedPage(hello, from(8, 'https://www.lefigaro.fr/a.html'), deps)).toBe(false); // not listed
    expect(turnOn).not.toHaveBeenCalled();
    expect(await onListedPage(hello, from(7, url), deps)).toBe(true);
    expect(turnOn).toHaveBeenCalledTimes(1);
    expect(turnOn).toHaveBeenCalledWith(7);
  });

  it('stops once the permission is revoked, and survives a failing tab', async () => {
    const perms = permissions(['https://www.lemonde.fr/*']);
    const turnOn = vi.fn(async () => {
      throw new Error('No tab with id: 7');
    });
    const deps = { settings: await settingsWith(['https://www.lemonde.fr']), permissions: perms, turnOn };
    await expect(onListedPage(hello, from(7, 'https://www.lemonde.fr/'), deps)).resolves.toBe(false);
    perms.set.clear();
    await onListedPage(hello, from(7, 'https://www.lemonde.fr/'), deps);
    expect(turnOn).toHaveBeenCalledTimes(1);
  });
});

describe('listedScriptSync', () => {
  /** A stand-in for browser.scripting's registered scripts, failing as it does on a duplicate id. */
  function scripting() {
    const registered = new Map<string, { id: string; matches: string[]; js: string[] }>();
    const calls: string[] = [];
    return {
      registered,
      calls,
      getRegisteredContentScripts: async ({ ids }: { ids: string[] }) => ids.flatMap((id) => (registered.has(id) ? [structuredClone(registered.get(id)!)] : [])),
      registerContentScripts: async (s: { id: string; matches: string[]; js: string[] }[]) => {
        calls.push('register');
        await new Promise((r) => setTimeout(r, 1));
        for (const x of s) {
          if (registered.has(x.id)) throw new Error(`Duplicate script ID '${x.id}'`);
          registered.set(x.id, structuredClone(x));
        }
      },
      updateContentScripts: async (s: { id: string; matches: string[]; js: string[] }[]) => {
        calls.push('update');
        for (const x of s) registered.set(x.id, structuredClone(x));
      },
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
        calls.push('unregister');
        ids.forEach((id) => registered.delete(id));
      },
    };
  }

  it('registers the script on exactly the listed and granted sites, follows changes, and unregisters it when none is left', async () => {
    const settings = await settingsWith(['https://www.lemonde.fr', 'https://blog.example.org']);
    const perms = permissions(['https://www.lemonde.fr/*']);
    const s = scripting();
    const sync = listedScriptSync({ settings, permissions: perms, scripting: s, file: 'assets/listed-page.js' });
    expect(await sync()).toEqual(['https://www.lemonde.fr/*']);
    expect(s.registered.get(LISTED_SCRIPT_ID)).toMatchObject({ matches: ['https://www.lemonde.fr/*'], js: ['assets/listed-page.js'], allFrames: false });
    expect(await sync()).toEqual(['https://www.lemonde.fr/*']);
    expect(s.calls).toEqual(['register']); // nothing to change
    perms.set.add('https://blog.example.org/*');
    await sync();
    expect(s.registered.get(LISTED_SCRIPT_ID)?.matches).toEqual(['https://blog.example.org/*', 'https://www.lemonde.fr/*']);
    await writeSettings(settings, { alwaysAnnotate: [] });
    expect(await sync()).toEqual([]);
    expect(s.registered.size).toBe(0);
    expect(s.calls).toEqual(['register', 'update', 'unregister']);
  });

  it('runs changes that come together one after another (no duplicate registration)', async () => {
    const s = scripting();
    const sync = listedScriptSync({ settings: await settingsWith(['https://www.lemonde.fr']), permissions: permissions(['https://www.lemonde.fr/*']), scripting: s, file: 'x.js' });
    const all = await Promise.all([sync(), sync(), sync()]);
    expect(all).toEqual([['https://www.lemonde.fr/*'], ['https://www.lemonde.fr/*'], ['https://www.lemonde.fr/*']]);
    expect(s.calls).toEqual(['register']);
  });
});

describe('askAlwaysAnnotate / stopAlwaysAnnotate', () => {
  it('asks for that one site inside the click (before any await), then remembers it', async () => {
    const settings = memoryStorage();
    const perms = permissions();
    const pending = askAlwaysAnnotate('https://www.lemonde.fr/international/article.html#comments', { permissions: perms, settings });
    expect(perms.request).toHaveBeenCalledWith({ origins: ['https://www.lemonde.fr/*'] });
    expect(await pending).toBe('granted');
    expect((await readSettings(settings)).alwaysAnnotate).toEqual(['https://www.lemonde.fr']);
    await askAlwaysAnnotate('https://www.lemonde.fr/other.html', { permissions: perms, settings });
    expect((await readSettings(settings)).alwaysAnnotate).toEqual(['https://www.lemonde.fr']);
  });

  it('remembers nothing when refused, and asks nothing for pages that are not web sites', async () => {
    const settings = memoryStorage();
    const perms = permissions([], false);
    expect(await askAlwaysAnnotate('https://www.lemonde.fr/a.html', { permissions: perms, settings })).toBe('refused');
    expect(await askAlwaysAnnotate('chrome://extensions/', { permissions: perms, settings })).toBe('invalid');
    expect(perms.request).toHaveBeenCalledTimes(1);
    expect((await readSettings(settings)).alwaysAnnotate).toEqual([]);
  });

  it('forgets the site and gives the permission back', async () => {
    const settings = await settingsWith(['https://www.lemonde.fr', 'https://blog.example.org']);
    const perms = permissions(['https://www.lemonde.fr/*']);
    await stopAlwaysAnnotate('https://www.lemonde.fr/a.html', { permissions: perms, settings });
    expect((await readSettings(settings)).alwaysAnnotate).toEqual(['https://blog.example.org']);
    expect(perms.set.has('https://www.lemonde.fr/*')).toBe(false);
  });
});

describe('annotateTab', () => {
  it('turns annotations on for the tab and sends them with a fresh analysis', async () => {
    const { area } = memoryArea();
    const url = 'https://www.opex360.com/2015/12/21/syrie/';
    const ex: Extraction = {
      url, title: 'Syrie/Daesh', lang: 'fr', platform: 'wordpress', confidence: 0.9,
      article: { title: 'Syrie/Daesh', byline: null, published: null, lang: 'fr', text: '', site: null },
      announcedCount: null, closed: false,
      comments: [{ id: '1', parentId: null, author: 'Juju', authorUrl: null, time: null, text: 'Pas un échec de Poutine.',
        paragraphs: ['Pas un échec de Poutine.'], links: [], permalink: null, depth: 0, kind: 'comment', anchor: '#comment-1' }],
      pagination: { paginated: false, loadMore: false, framed: null }, notes: [],
    };
    const sent: Msg<ContentRequests, keyof ContentRequests>[] = [];
    const deps: BackgroundDeps = {
      store: createTabStore(area),
      tabUrl: async () => url,
      ensureContent: async () => undefined,
      sendToTab: (async (_t: number, msg: Msg<ContentRequests, keyof ContentRequests>) => {
        sent.push(msg);
        return msg.type === 'extract' ? ex : { ok: true };
      }) as BackgroundDeps['sendToTab'],
    };
    await annotateTab(3, deps);
    expect(await deps.store.annotations(3)).toBe(true);
    const annotate = sent.find((m) => m.type === 'annotate') as Msg<ContentRequests, 'annotate'> | undefined;
    expect(annotate?.on).toBe(true);
    expect(annotate?.analysis?.comments[0].author).toBe('Juju');
  });
});
