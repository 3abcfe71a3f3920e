import { analyze, withSummary } from '../core/analyze';
import { unreadableReason } from '../core/page-kind';
import type { BackgroundRequests, ContentRequests, Msg, Res, SummaryResult, TabResult } from '../shared/protocol';
import type { TabEntry, TabStore } from './tab-store';
import { frameNowReadable, withFrameComments, type FrameDeps } from './frame-reading';
import { packed, unpacked } from '../shared/wire';
import { firstLook } from '../core/first-look';
import type { Analysis } from '../core/analysis-types';
import type { Extraction } from '../core/types';

/** What the handlers need from the browser, injected so tests can run them against stubs. */
export interface BackgroundDeps {
  store: TabStore;
  tabUrl(tabId: number): Promise<string | undefined>;
  /** Makes sure our content script runs in the tab (injects it on demand); `gone`: a ping has just found
   * none there, so it is injected without asking again. */
  ensureContent(tabId: number, gone?: boolean): Promise<void>;
  /** Whether the reading script injected for the kept reading still runs in the tab: not after the
   * page was reloaded or left, whose kept reading and annotations are then gone. Absent: assumed. */
  readingAlive?(tabId: number): Promise<boolean>;
  sendToTab<K extends keyof ContentRequests>(tabId: number, msg: Msg<ContentRequests, K>): Promise<Res<ContentRequests, K>>;
  /** Reading comment-service frames (Disqus...) the reader let us read; without it, the top frame only. */
  frames?: FrameDeps;
}

type Handlers = {
  [K in keyof BackgroundRequests]: (msg: Msg<BackgroundRequests, K>, deps: BackgroundDeps) => Promise<Res<BackgroundRequests, K>>;
};

const describeError = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ''}` : String(e));

/** How long a first look may read the page before the popup paints (see 'preview-tab'). */
export const PREVIEW_BUDGET_MS = 40;

type Entry = 'ok' | TabResult;

/** The tab's URL when the tab can be read at all, else why not. */
async function readableUrl(tabId: number, deps: BackgroundDeps): Promise<{ url: string } | TabResult> {
  const url = await deps.tabUrl(tabId).catch(() => undefined);
  const reason = unreadableReason(url);
  return reason ? { status: 'unreadable', reason } : { url: url as string };
}

/**
 * What is kept for the tab, forgotten first when the document it was read from is gone (reloaded, left):
 * then `scriptGone`, the reading script being gone with it.
 */
async function current(tabId: number, deps: BackgroundDeps): Promise<{ entry: TabEntry | null; scriptGone: boolean }> {
  // Asked first: a worker started afresh would otherwise read a gone document's kept reading (MB of
  // session storage) only to drop it.
  if (deps.readingAlive && !(await deps.readingAlive(tabId))) {
    // The copy in memory goes at once; session storage's removal is not waited for (1-28 ms of a cold
    // opening, measured): it is issued before any later read or write of the tab's keys, so they follow it.
    void deps.store.forget(tabId).catch(() => undefined);
    return { entry: null, scriptGone: true };
  }
  return { entry: await deps.store.get(tabId), scriptGone: false };
}

/** The kept reading of the tab, when it is still the page's (same document, no newly readable frame). */
async function kept(tabId: number, url: string, deps: BackgroundDeps): Promise<{ analysis: Analysis | null; scriptGone: boolean }> {
  const { entry: cached, scriptGone } = await current(tabId, deps);
  // A comment frame the reader has just let us read is a reason to read again.
  const frameNew = cached && deps.frames ? await frameNowReadable(cached.analysis, deps.frames) : false;
  return { analysis: cached && cached.url === url && !frameNew ? cached.analysis : null, scriptGone };
}

/** Injects the reading script; false when the tab cannot be reached. */
async function inject(tabId: number, deps: BackgroundDeps, gone: boolean): Promise<Entry> {
  try {
    await deps.ensureContent(tabId, gone);
    return 'ok';
  } catch {
    // No permission for this tab (popup opened without a click, or a restricted page).
    return { status: 'unreadable', reason: 'no-access' };
  }
}

/** A whole reading of the page: its comment frames merged, counts and tree, kept for the tab. */
async function finish(tabId: number, url: string, own: Extraction, deps: BackgroundDeps, t0: number, t1: number): Promise<TabResult> {
  const extraction = deps.frames ? await withFrameComments(tabId, own, deps.frames) : own;
  const t2 = performance.now();
  // Counts and tree now; the popup asks for the text analysis next ('summarize-tab').
  const analysis = { ...analyze(extraction, { summary: false }), summaryPending: extraction.comments.length > 0 };
  const t3 = performance.now();
  const annotations = await deps.store.annotations(tabId);
  // The popup gets its answer while session storage is still taking the copy (the store
  // answers this worker's reads from memory meanwhile).
  const stored = deps.store.put(tabId, { url, analysis, annotations });
  void stored.catch(() => undefined);
  const t4 = performance.now();
  if (annotations) await deps.sendToTab(tabId, { type: 'annotate', on: true, analysis: packed(analysis) }).catch(() => undefined);
  const r = (n: number) => Math.round(n);
  return { status: 'ok', analysis: packed(analysis), timings: { inject: r(t1 - t0), extract: r(t2 - t1), analyze: r(t3 - t2), store: r(t4 - t3) } };
}

/**
 * The text analysis run once on a first look's comments (a few hundred of the page's own), its result
 * dropped, while the page is read whole: the worker waits there anyway. A worker's first analysis pays
 * for compiling its code and for its word lists, segmenters and tables (a first call on 5,000 synthetic
 * comments in Node: 411-420 ms, 294-342 ms after one on 200); paid here, the key points come that much
 * sooner after the whole reading.
 */
function warmUp(look: Analysis | undefined): void {
  if (!look) return;
  try {
    withSummary(look);
  } catch {
    // Only a warm-up: the real analysis reports its own failure.
  }
}

/**
 * A reading of the tab: the kept one unless `refresh`, else the page read again and kept. A first
 * look (`preview`) is what the popup paints first: a big kept reading travels whole only after (a
 * message of several MB takes longer than the popup's first paint may), so its first comments
 * come now; a fresh reading gets PREVIEW_BUDGET_MS, and a page read in that time is simply read
 * (kept, no preview flag); a bigger one shows what was read while 'analyze-tab' reads it all.
 */
async function reading(tabId: number, refresh: boolean, preview: boolean, deps: BackgroundDeps): Promise<TabResult> {
  const where = await readableUrl(tabId, deps);
  if (!('url' in where)) return where;
  const { url } = where;
  let scriptGone = false;
  if (!refresh) {
    const { analysis, scriptGone: gone } = await kept(tabId, url, deps);
    scriptGone = gone;
    if (analysis) {
      const first = preview ? firstLook(analysis) : analysis;
      return first === analysis ? { status: 'ok', analysis: packed(analysis) } : { status: 'ok', analysis: packed(first), preview: true };
    }
  }
  const t0 = performance.now();
  const injected = await inject(tabId, deps, scriptGone);
  if (injected !== 'ok') return injected;
  try {
    const t1 = performance.now();
    const asked = deps.sendToTab(tabId, preview ? { type: 'extract', budgetMs: PREVIEW_BUDGET_MS } : { type: 'extract' });
    const look = deps.store.takeFirstLook(tabId);
    // While the page reads itself whole (the message has gone): see warmUp.
    if (!preview) warmUp(look);
    const own = unpacked(await asked);
    if (!preview || !own.outOfTime) return await finish(tabId, url, own, deps, t0, t1);
    const t2 = performance.now();
    const analysis = { ...analyze(own, { summary: false }), summaryPending: own.comments.length > 0 };
    deps.store.keepFirstLook(tabId, analysis);
    const r = (n: number) => Math.round(n);
    const timings = { inject: r(t1 - t0), extract: r(t2 - t1), analyze: r(performance.now() - t2), store: 0 };
    return { status: 'ok', analysis: packed(firstLook(analysis)), preview: true, timings };
  } catch (e) {
    return { status: 'error', message: 'analysis-failed', details: describeError(e) };
  }
}

export const handlers: Handlers = {
  'analyze-tab': ({ tabId, refresh }, deps) => reading(tabId, refresh, false, deps),
  'preview-tab': ({ tabId, refresh }, deps) => reading(tabId, refresh, true, deps),

  async 'summarize-tab'({ tabId }, deps): Promise<SummaryResult> {
    const cached = await deps.store.get(tabId);
    if (!cached) return { status: 'error', message: 'no-analysis', details: 'Nothing analysed in this tab yet.' };
    const reply = (a: Analysis): SummaryResult => ({ status: 'ok', summary: a.summary, comments: a.comments.length });
    if (!cached.analysis.summaryPending) return reply(cached.analysis);
    try {
      const analysis = withSummary(cached.analysis);
      // The popup gets its answer while session storage is still taking the copy (as in finish).
      // Only the analysis is written (the reading is kept already): a small write, done before the
      // worker's next message.
      const stored = deps.store.putSummary(tabId, { ...cached, analysis });
      void stored.catch(() => undefined);
      if (cached.annotations) await deps.sendToTab(tabId, { type: 'annotate', on: true, analysis: packed(analysis) }).catch(() => undefined);
      return reply(analysis);
    } catch (e) {
      return { status: 'error', message: 'analysis-failed', details: describeError(e) };
    }
  },

  async 'jump-to'({ tabId, commentId }, deps) {
    const cached = await deps.store.get(tabId);
    const anchor = cached?.analysis.comments.find((c) => c.id === commentId)?.anchor ?? null;
    await deps.ensureContent(tabId);
    return deps.sendToTab(tabId, { type: 'jump-to', commentId, anchor });
  },

  async 'set-annotations'({ tabId, on }, deps) {
    await deps.ensureContent(tabId);
    const cached = await deps.store.get(tabId);
    await deps.store.setAnnotations(tabId, on);
    const res = await deps.sendToTab(tabId, { type: 'annotate', on, analysis: cached?.analysis ? packed(cached.analysis) : null });
    return { ok: res.ok, on };
  },

  // The worker's start is the point (see the request); nothing to do once started.
  wake: async () => ({ ok: true }),

  async 'get-annotations'({ tabId }, deps) {
    // A page reloaded since the annotations went on has none: the kept state goes with it.
    if (deps.readingAlive && !(await deps.readingAlive(tabId))) await deps.store.forget(tabId);
    return { on: await deps.store.annotations(tabId) };
  },
};
