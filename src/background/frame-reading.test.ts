import { describe, expect, it } from 'vitest';
import { commentRecord } from '../core/test-records';
import type { Extraction } from '../core/types';
import type { ContentRequests, Msg } from '../shared/protocol';
import { withFrameComments, type FrameDeps } from './frame-reading';
import { handlers, type BackgroundDeps } from './handlers';
import { createTabStore } from './tab-store';
import { memoryArea } from './memory-area';

const PAGE = 'https://www.japantimes.co.jp/news/2020/02/18/national/crime-legal/6000-surgical-masks-stolen/';
const DISQUS = 'https://disqus.com/embed/comments/?base=default&f=japantimes&t_u=https%3A%2F%2Fwww.japantimes.co.jp%2Fnews%2F';

function reading(fields: Partial<Extraction>): Extraction {
  return {
    url: PAGE, title: 'Losing face: 6,000 surgical masks stolen from Kobe hospital', lang: 'en', platform: 'none', confidence: 0,
    article: { title: 'Losing face', byline: 'Kyodo', published: null, lang: 'en', text: 'Some 6,000 surgical masks have been stolen.', site: 'The Japan Times' },
    announcedCount: 3, closed: false, comments: [],
    pagination: { paginated: false, loadMore: false, framed: 'disqus', frameOrigin: 'https://disqus.com' }, notes: [],
    ...fields,
  };
}
const frameReading = reading({
  url: DISQUS, title: 'Disqus Comments', platform: 'generic', confidence: 0.6, announcedCount: null,
  comments: [
    commentRecord({ id: 'post-1', text: 'Who steals masks from a hospital in the middle of an outbreak?', author: 'kobe_resident' }),
    commentRecord({ id: 'post-2', parentId: 'post-1', depth: 1, text: 'Someone who plans to resell them online.', author: 'JT reader' }),
  ],
  pagination: { paginated: false, loadMore: false, framed: null },
});

/** Stub browser: the frames the tab has, which origins are granted, and what each frame reads. */
function frameDeps(opts: { granted: string[]; frames: { frameId: number; url: string }[]; fails?: number[] }) {
  const asked: string[][] = [];
  const extracted: number[] = [];
  const deps: FrameDeps = {
    async hasOrigins(origins) {
      asked.push(origins);
      return origins.every((o) => opts.granted.includes(o));
    },
    frameUrls: async () => opts.frames,
    async extractFrame(_tab, frameId) {
      extracted.push(frameId);
      if (opts.fails?.includes(frameId)) throw new Error('Could not establish connection. Receiving end does not exist.');
      return frameReading;
    },
  };
  return { deps, asked, extracted };
}

const TAB_FRAMES = [
  { frameId: 0, url: PAGE },
  { frameId: 3, url: 'https://tempest.services.disqus.com/ads-iframe/bottom/' },
  { frameId: 5, url: DISQUS },
  { frameId: 8, url: 'https://www.youtube.com/embed/dQw4w9WgXcQ' },
];

describe('reading the comment frame of a page', () => {
  it('reads only the comment frame once the reader allowed its origin, and merges it', async () => {
    const { deps, asked, extracted } = frameDeps({ granted: ['https://disqus.com/*'], frames: TAB_FRAMES });
    const m = await withFrameComments(1, reading({}), deps);
    expect(asked).toEqual([['https://disqus.com/*']]);
    expect(extracted).toEqual([5]);
    expect(m.comments.map((c) => c.author)).toEqual(['kobe_resident', 'JT reader']);
    expect(m.article.site).toBe('The Japan Times');
    expect(m.pagination.fromFrame).toBe('disqus');
    expect(m.pagination.framed).toBeNull();
    expect(m.notes.at(-1)).toBe('2 comments read from the Disqus frame (disqus.com).');
  });

  it('touches no frame without the permission', async () => {
    const { deps, extracted } = frameDeps({ granted: [], frames: TAB_FRAMES });
    const top = reading({});
    expect(await withFrameComments(1, top, deps)).toBe(top);
    expect(extracted).toEqual([]);
  });

  it('asks nothing of a page without a comment frame', async () => {
    const { deps, asked } = frameDeps({ granted: ['https://disqus.com/*'], frames: TAB_FRAMES });
    const top = reading({ pagination: { paginated: false, loadMore: false, framed: null } });
    expect(await withFrameComments(1, top, deps)).toBe(top);
    expect(asked).toEqual([]);
  });

  it.each([
    ['the frame is not loaded yet', [TAB_FRAMES[0], TAB_FRAMES[1]], [], 'The Disqus frame is not on the page yet: scroll down to the comments, then read the page again.'],
    ['the frame cannot be read', TAB_FRAMES, [5], 'Could not read the Disqus frame.'],
  ])('keeps the page reading with a note when %s', async (_n, frames, fails, note) => {
    const { deps } = frameDeps({ granted: ['https://disqus.com/*'], frames, fails });
    const m = await withFrameComments(1, reading({}), deps);
    expect(m.comments).toEqual([]);
    expect(m.pagination.framed).toBe('disqus');
    expect(m.notes).toEqual([note]);
  });
});

describe('analyze-tab with a comment frame', () => {
  function setup(granted: string[]) {
    const { area } = memoryArea();
    const frames = frameDeps({ granted, frames: TAB_FRAMES });
    let topReads = 0;
    const deps: BackgroundDeps = {
      store: createTabStore(area),
      tabUrl: async () => PAGE,
      ensureContent: async () => undefined,
      sendToTab: (async (_tab: number, msg: Msg<ContentRequests, keyof ContentRequests>) => {
        if (msg.type !== 'extract') return { ok: true };
        topReads++;
        return reading({});
      }) as BackgroundDeps['sendToTab'],
      frames: frames.deps,
    };
    return { deps, frames, granted, topReads: () => topReads };
  }
  const analyzeTab = (deps: BackgroundDeps) => handlers['analyze-tab']({ type: 'analyze-tab', tabId: 4, refresh: false }, deps);

  it("answers with the frame's comments counted against the page's announced count", async () => {
    const { deps } = setup(['https://disqus.com/*']);
    const r = await analyzeTab(deps);
    if (r.status !== 'ok') return expect.unreachable(r.status);
    expect(r.analysis.stats.shown).toBe(2);
    expect(r.analysis.stats.announced).toBe(3);
    expect(r.analysis.platform).toBe('generic');
  });

  it('reads the page again once the reader has granted the frame, not before', async () => {
    const s = setup([]);
    const first = await analyzeTab(s.deps);
    if (first.status !== 'ok') return expect.unreachable(first.status);
    expect(first.analysis.comments).toHaveLength(0);
    await analyzeTab(s.deps);
    expect(s.topReads()).toBe(1);
    s.granted.push('https://disqus.com/*');
    const after = await analyzeTab(s.deps);
    if (after.status !== 'ok') return expect.unreachable(after.status);
    expect(s.topReads()).toBe(2);
    expect(after.analysis.comments).toHaveLength(2);
    // Read: the cached reading (framed no more) is served from now on.
    await analyzeTab(s.deps);
    expect(s.topReads()).toBe(2);
  });
});
