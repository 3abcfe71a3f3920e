import { describe, expect, it } from 'vitest';
import type { Analysis } from '../core/analysis-types';
import type { Pagination } from '../core/types';
import { askFrameAccess, frameAccessFor, frameAskedKey, type FrameAccessApi } from './frame-access';
import { emptyAnalysis } from './test-data';

/** A stub browser: granted origins, the stored record, and the order of the calls made. */
function stubApi(opts: { granted?: string[]; answer?: boolean; stored?: Record<string, unknown> } = {}) {
  const granted = new Set(opts.granted ?? []);
  const data = new Map<string, unknown>(Object.entries(opts.stored ?? {}));
  const log: string[] = [];
  const api: FrameAccessApi = {
    async contains(origins) {
      return origins.every((o) => granted.has(o));
    },
    request(origins) {
      log.push(`request ${origins.join(' ')}`);
      if (opts.answer) origins.forEach((o) => granted.add(o));
      return Promise.resolve(opts.answer === true);
    },
    storage: {
      async get(k) {
        log.push(`get ${k}`);
        return data.has(k) ? { [k]: data.get(k) } : {};
      },
      async set(items) {
        log.push(`set ${Object.keys(items).join()}`);
        for (const [k, v] of Object.entries(items)) data.set(k, v);
      },
    },
  };
  return { api, log, data };
}

const framed = (pagination: Partial<Pagination>): Analysis => {
  const a = emptyAnalysis();
  return { ...a, pagination: { ...a.pagination, ...pagination } };
};
const disqusPage = framed({ framed: 'disqus', frameOrigin: 'https://disqus.com' });

describe('whether the popup offers to read a comment frame', () => {
  it('offers the Disqus frame when disqus.com is not granted', async () => {
    expect(await frameAccessFor(disqusPage, stubApi().api)).toEqual({
      service: 'disqus', name: 'Disqus', host: 'disqus.com', origins: ['https://disqus.com/*'], refused: false,
    });
  });

  it('offers nothing once granted, or when there is no known frame', async () => {
    expect(await frameAccessFor(disqusPage, stubApi({ granted: ['https://disqus.com/*'] }).api)).toBeUndefined();
    expect(await frameAccessFor(emptyAnalysis(), stubApi().api)).toBeUndefined();
    expect(await frameAccessFor(framed({ framed: 'coral' }), stubApi().api)).toBeUndefined();
  });

  it.each([
    ['asked before for Disqus', { 'frameAsked:disqus': true }, true],
    ['asked before for another service only', { 'frameAsked:facebook': true }, false],
    ['a damaged record', { 'frameAsked:disqus': 'yes' }, false],
    ['a record of another shape', { 'frameAsked:disqus': { disqus: true } }, false],
  ])('counts as refused: %s', async (_n, stored, refused) => {
    expect((await frameAccessFor(disqusPage, stubApi({ stored }).api))?.refused).toBe(refused);
  });
});

describe('asking for a comment frame', () => {
  it('asks the browser and writes down that it asked, both before awaiting anything (inside the click)', async () => {
    const { api, log, data } = stubApi({ answer: false, stored: { 'frameAsked:facebook': true } });
    const frame = (await frameAccessFor(disqusPage, api))!;
    log.length = 0;
    const pending = askFrameAccess(frame, api);
    expect(log).toEqual(['request https://disqus.com/*', `set ${frameAskedKey('disqus')}`]);
    expect(await pending).toBe(false);
    expect(Object.fromEntries(data)).toEqual({ 'frameAsked:facebook': true, 'frameAsked:disqus': true });
    // Next opening: the quiet line, not the full notice.
    expect((await frameAccessFor(disqusPage, api))?.refused).toBe(true);
  });

  it('answers true when granted, and the frame is no longer offered', async () => {
    const { api } = stubApi({ answer: true });
    const frame = (await frameAccessFor(disqusPage, api))!;
    expect(await askFrameAccess(frame, api)).toBe(true);
    expect(await frameAccessFor(disqusPage, api)).toBeUndefined();
  });
});
