import type { RenderCtx } from '../context';
import { listen } from '../listen';
import { setCollapsed } from './thread-collapse';

/**
 * Keyboard navigation, only while annotations are on and never while the
 * reader types in a field (input, textarea, select, contenteditable) or holds
 * Ctrl/Alt/Meta:
 *   j / k        next / previous comment
 *   n / p        next / previous thread (also Shift+J / Shift+K)
 *   u            go to the parent comment
 *   x            collapse / expand the current comment's replies
 * Comments hidden by a collapsed thread are skipped. The current comment is
 * marked inside its own annotation (shadow root) and flashed with a Web
 * Animation: nothing is written into the page.
 */
export type Move = 'next' | 'prev' | 'next-thread' | 'prev-thread' | 'parent' | 'collapse';

export const KEYS: Record<string, Move> = {
  j: 'next',
  k: 'prev',
  n: 'next-thread',
  p: 'prev-thread',
  J: 'next-thread',
  K: 'prev-thread',
  u: 'parent',
  x: 'collapse',
};

function typing(e: KeyboardEvent): boolean {
  const path = typeof e.composedPath === 'function' ? e.composedPath() : [];
  for (const t of [...path, e.target]) {
    const el = t as Partial<HTMLElement> | null;
    if (!el || typeof el.localName !== 'string') continue;
    if (/^(input|textarea|select)$/.test(el.localName)) return true;
    if (el.isContentEditable) return true;
    const ce = typeof el.getAttribute === 'function' ? el.getAttribute('contenteditable') : null;
    if (ce !== null && ce !== 'false') return true;
  }
  return false;
}

const visible = (ctx: RenderCtx, id: string) => {
  const el = ctx.elements.get(id);
  return !!el && !ctx.hider.isHidden(el);
};

/** The comment a move lands on, or null when there is none. Pure over the render context. */
export function target(ctx: RenderCtx, from: string | null, move: Move, firstInView: () => string | null): string | null {
  const ids = ctx.order.filter((id) => visible(ctx, id));
  if (!ids.length) return null;
  const roots = ids.filter((id) => ctx.views.get(id)?.depth === 0);
  const at = from !== null ? ids.indexOf(from) : -1;
  const start = at >= 0 ? at : Math.max(0, ids.indexOf(firstInView() ?? ids[0]));
  const here = at >= 0;
  switch (move) {
    case 'next':
      return here ? (ids[at + 1] ?? null) : ids[start];
    case 'prev':
      return here ? (ids[at - 1] ?? null) : (ids[start - 1] ?? ids[0]);
    case 'next-thread':
      return roots.find((r) => (here ? ids.indexOf(r) > at : ids.indexOf(r) >= start)) ?? null;
    case 'prev-thread': {
      const root = here ? ids.indexOf(ctx.views.get(ids[at])?.threadRootId ?? '') : -1;
      const limit = here ? (root >= 0 ? root : at) : start;
      const before = roots.filter((r) => ids.indexOf(r) < limit);
      return before[before.length - 1] ?? (here ? null : (roots[0] ?? null));
    }
    case 'parent':
      return from !== null ? (ctx.views.get(from)?.parent?.id ?? null) : null;
    case 'collapse':
      return from;
  }
}

export function initKeyboardNav(doc: Document, current: () => RenderCtx | null, signal: AbortSignal): void {
  const win = doc.defaultView;
  if (!win) return;
  const firstInView = (ctx: RenderCtx) => () =>
    ctx.order.find((id) => visible(ctx, id) && (ctx.elements.get(id)?.getBoundingClientRect().bottom ?? 0) > 1) ?? null;

  const go = (ctx: RenderCtx, id: string) => {
    const prev = ctx.state.current;
    if (prev) ctx.bars.get(prev)?.setCurrent(false);
    ctx.state.current = id;
    ctx.bars.get(id)?.setCurrent(true);
    const el = ctx.elements.get(id) as HTMLElement | undefined;
    if (!el) return;
    if (typeof el.scrollIntoView === 'function') el.scrollIntoView({ block: 'start', behavior: 'smooth' });
    if (typeof el.animate === 'function') {
      el.animate([{ outline: '3px solid rgba(245, 158, 11, 0.9)' }, { outline: '3px solid rgba(245, 158, 11, 0)' }], { duration: 900, easing: 'ease-out' });
    }
  };

  listen<KeyboardEvent>(
    win,
    'keydown',
    (e) => {
      const move = KEYS[e.key];
      if (!move || e.ctrlKey || e.altKey || e.metaKey || e.isComposing || e.defaultPrevented || typing(e)) return;
      const ctx = current();
      if (!ctx || !ctx.order.length) return;
      if (!e.isTrusted && !ctx.deps.acceptSyntheticEvents) return;
      const from = ctx.state.current && ctx.elements.has(ctx.state.current) ? ctx.state.current : null;
      const to = target(ctx, from, move, firstInView(ctx));
      if (to === null) return;
      e.preventDefault();
      if (move === 'collapse') setCollapsed(ctx, to, !ctx.state.collapsed.has(to));
      else go(ctx, to);
    },
    signal,
    true,
  );
  signal.addEventListener('abort', () => {
    const ctx = current();
    if (ctx?.state.current) ctx.bars.get(ctx.state.current)?.setCurrent(false);
  });
}
