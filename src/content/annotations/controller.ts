import type { Analysis } from '../../core/analysis-types';
import { pageKey } from '../../core/seen';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { mountBar } from './bars';
import type { AnnotationDeps, Bar, Feature, PersistentState, RenderCtx } from './context';
import { authorChip } from './features/author-chip';
import { followChanges } from './features/follow-changes';
import { initKeyboardNav } from './features/keyboard-nav';
import { newSince } from './features/new-since';
import { replyCounts } from './features/reply-counts';
import { replyTo } from './features/reply-to';
import { signals } from './features/signals';
import { threadCollapse } from './features/thread-collapse';
import { findComment } from '../find-comment';
import { createHider } from './hider';
import { buildViews } from './model';
import { stringsFor } from './strings';

/** Per-comment features, drawn on every render. */
export const FEATURES: readonly Feature[] = [authorChip, replyTo, replyCounts, newSince, signals, threadCollapse];

export interface Controller {
  /** Draws (again) for this analysis. */
  update(analysis: Analysis): void;
  /** Removes everything: the page is as it was. */
  stop(): void;
  /** The current render, for tests. */
  current(): RenderCtx | null;
}


function docOrder(a: Element, b: Element): number {
  const pos = a.compareDocumentPosition(b);
  return pos & 4 ? -1 : pos & 2 ? 1 : 0;
}

export function createController(doc: Document, deps: AnnotationDeps, state: PersistentState, onError: (e: unknown) => void): Controller {
  const outer = new AbortController();
  let renderAc: AbortController | null = null;
  let ctx: RenderCtx | null = null;
  let analysis: Analysis | null = null;
  const kinds = { ...DEFAULT_SETTINGS.annotations, ...(deps.kinds ?? {}) };
  const t = stringsFor(deps.lang ?? doc.defaultView?.navigator?.language);
  const href = () => doc.location?.href ?? analysis?.url ?? '';

  function render(a: Analysis, url: string): void {
    renderAc?.abort();
    renderAc = new AbortController();
    const signal = renderAc.signal;
    const views = buildViews(a);
    const elements = new Map<string, Element>();
    const claimed = new Set<Element>();
    for (const v of views.values()) {
      const el = findComment(doc, v.id, v.anchor);
      if (!el || claimed.has(el)) continue;
      claimed.add(el);
      elements.set(v.id, el);
    }
    const order = [...elements.keys()].sort((x, y) => docOrder(elements.get(x) as Element, elements.get(y) as Element));
    const hider = createHider(signal);
    const bars = new Map<string, Bar>();
    ctx = { doc, url, analysis: a, views, elements, order: [], bars, hider, kinds, t, deps, state };
    for (const id of order) {
      const bar = mountBar(doc, elements.get(id) as Element, t.label, signal);
      if (bar) bars.set(id, bar);
    }
    ctx.order = order.filter((id) => bars.has(id));
    signal.addEventListener('abort', () => bars.forEach((b) => b.host.remove()), { once: true });
    for (const f of FEATURES) {
      if (f.kind && !kinds[f.kind]) continue;
      try {
        f.init(ctx, signal);
      } catch (e) {
        onError(e);
      }
    }
    if (state.current) ctx.bars.get(state.current)?.setCurrent(true);
  }

  /** The page changed: read it again, redraw only when its comments did. */
  function refresh(): void {
    const reanalyze = deps.reanalyze;
    if (!reanalyze || outer.signal.aborted || !analysis || !ctx) return;
    const url = href();
    const navigated = pageKey(url) !== pageKey(ctx.url);
    let fresh: Analysis | null;
    try {
      fresh = reanalyze(doc, url);
    } catch (e) {
      onError(e);
      return;
    }
    if (!fresh) return;
    const cur = ctx;
    const same =
      !navigated &&
      fresh.comments.length === analysis.comments.length &&
      fresh.comments.every((c, i) => c.id === analysis?.comments[i]?.id) &&
      cur.order.every((id) => cur.bars.get(id)?.host.isConnected && cur.elements.get(id)?.isConnected);
    if (same) return;
    if (navigated) state.collapsed.clear();
    analysis = navigated ? fresh : { ...fresh, summary: fresh.summary ?? analysis.summary };
    render(analysis, url);
  }

  initKeyboardNav(doc, () => ctx, outer.signal);
  if (deps.reanalyze) followChanges(doc, { debounceMs: deps.debounceMs ?? 600, onChange: refresh }, outer.signal);

  return {
    update(a) {
      if (outer.signal.aborted) return;
      analysis = a;
      render(a, href());
    },
    stop() {
      renderAc?.abort();
      outer.abort();
      ctx = null;
      state.collapsed.clear();
      state.current = null;
    },
    current: () => ctx,
  };
}
