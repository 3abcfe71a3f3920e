import { analyze, withSummary } from '../core/analyze';
import { unreadableReason } from '../core/page-kind';
import type { BackgroundRequests, ContentRequests, Msg, Res, TabResult } from '../shared/protocol';
import type { TabStore } from './tab-store';
import { frameNowReadable, withFrameComments, type FrameDeps } from './frame-reading';
import { packed, unpacked } from '../shared/wire';

/** What the handlers need from the browser, injected so tests can run them against stubs. */
export interface BackgroundDeps {
  store: TabStore;
  tabUrl(tabId: number): Promise<string | undefined>;
  /** Makes sure our content script runs in the tab (injects it on demand). */
  ensureContent(tabId: number): Promise<void>;
  sendToTab<K extends keyof ContentRequests>(tabId: number, msg: Msg<ContentRequests, K>): Promise<Res<ContentRequests, K>>;
  /** Reading comment-service frames (Disqus...) the reader let us read; without it, the top frame only. */
  frames?: FrameDeps;
}

type Handlers = {
  [K in keyof BackgroundRequests]: (msg: Msg<BackgroundRequests, K>, deps: BackgroundDeps) => Promise<Res<BackgroundRequests, K>>;
};

const describeError = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ''}` : String(e));

export const handlers: Handlers = {
  async 'analyze-tab'({ tabId, refresh }, deps): Promise<TabResult> {
    const url = await deps.tabUrl(tabId).catch(() => undefined);
    const reason = unreadableReason(url);
    if (reason) return { status: 'unreadable', reason };
    if (!refresh) {
      const cached = await deps.store.get(tabId);
      // A comment frame the reader has just let us read is a reason to read again.
      const frameNew = cached && deps.frames ? await frameNowReadable(cached.analysis, deps.frames) : false;
      if (cached && cached.url === url && !frameNew) return { status: 'ok', analysis: packed(cached.analysis) };
    }
    const t0 = performance.now();
    try {
      await deps.ensureContent(tabId);
    } catch {
      // No permission for this tab (popup opened without a click, or a restricted page).
      return { status: 'unreadable', reason: 'no-access' };
    }
    try {
      const t1 = performance.now();
      const own = unpacked(await deps.sendToTab(tabId, { type: 'extract' }));
      const extraction = deps.frames ? await withFrameComments(tabId, own, deps.frames) : own;
      const t2 = performance.now();
      // Counts and tree now; the popup asks for the text analysis next ('summarize-tab').
      const analysis = { ...analyze(extraction, { summary: false }), summaryPending: extraction.comments.length > 0 };
      const t3 = performance.now();
      const annotations = await deps.store.annotations(tabId);
      // The popup gets its answer while session storage is still taking the copy (the store
      // answers this worker's reads from memory meanwhile).
      const stored = deps.store.put(tabId, { url: url as string, analysis, annotations });
      void stored.catch(() => undefined);
      const t4 = performance.now();
      if (annotations) await deps.sendToTab(tabId, { type: 'annotate', on: true, analysis: packed(analysis) }).catch(() => undefined);
      const r = (n: number) => Math.round(n);
      return { status: 'ok', analysis: packed(analysis), timings: { inject: r(t1 - t0), extract: r(t2 - t1), analyze: r(t3 - t2), store: r(t4 - t3) } };
    } catch (e) {
      return { status: 'error', message: 'analysis-failed', details: describeError(e) };
    }
  },

  async 'summarize-tab'({ tabId }, deps): Promise<TabResult> {
    const cached = await deps.store.get(tabId);
    if (!cached) return { status: 'error', message: 'no-analysis', details: 'Nothing analysed in this tab yet.' };
    if (!cached.analysis.summaryPending) return { status: 'ok', analysis: packed(cached.analysis) };
    try {
      const analysis = withSummary(cached.analysis);
      await deps.store.put(tabId, { ...cached, analysis });
      if (cached.annotations) await deps.sendToTab(tabId, { type: 'annotate', on: true, analysis: packed(analysis) }).catch(() => undefined);
      return { status: 'ok', analysis: packed(analysis) };
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

  async 'get-annotations'({ tabId }, deps) {
    return { on: await deps.store.annotations(tabId) };
  },
};
