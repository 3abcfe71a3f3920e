import { describe, expect, it, vi } from 'vitest';
import { memoryStorage, readSettings, writeSettings } from '../shared/settings';
import type { Extraction } from '../core/types';
import type { ContentRequests, Msg } from '../shared/protocol';
import { alwaysAnnotateListener, annotateTab, askAlwaysAnnotate, shouldAlwaysAnnotate, stopAlwaysAnnotate } from './always-annotate';
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

describe('alwaysAnnotateListener', () => {
  it('turns annotations on when a listed, granted page finishes loading, and only then', async () => {
    const turnOn = vi.fn(async () => undefined);
    const listener = alwaysAnnotateListener({
      settings: await settingsWith(['https://www.lemonde.fr']),
      permissions: permissions(['https://www.lemonde.fr/*']),
      turnOn,
    });
    const url = 'https://www.lemonde.fr/a.html';
    await listener(7, { status: 'loading' }, { url });
    await listener(7, {}, { url });
    expect(turnOn).not.toHaveBeenCalled();
    await listener(7, { status: 'complete' }, { url });
    await listener(8, { status: 'complete' }, { url: 'https://www.lefigaro.fr/a.html' });
    expect(turnOn).toHaveBeenCalledTimes(1);
    expect(turnOn).toHaveBeenCalledWith(7);
  });

  it('stops once the permission is revoked, and survives a failing tab', async () => {
    const perms = permissions(['https://www.lemonde.fr/*']);
    const turnOn = vi.fn(async () => {
      throw new Error('No tab with id: 7');
    });
    const listener = alwaysAnnotateListener({ settings: await settingsWith(['https://www.lemonde.fr']), permissions: perms, turnOn });
    await expect(listener(7, { status: 'complete' }, { url: 'https://www.lemonde.fr/' })).resolves.toBeUndefined();
    perms.set.clear();
    await listener(7, { status: 'complete' }, { url: 'https://www.lemonde.fr/' });
    expect(turnOn).toHaveBeenCalledTimes(1);
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
