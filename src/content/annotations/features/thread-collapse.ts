import type { Feature, RenderCtx } from '../context';

/**
 * A toggle on every comment with replies: hides the replies' elements on the
 * page (through the hider, which restores their `style` attribute exactly).
 * The collapsed set outlives re-renders; aborting shows everything again.
 */
export function setCollapsed(ctx: RenderCtx, id: string, on: boolean): void {
  const v = ctx.views.get(id);
  if (!v || v.descendants === 0 || ctx.state.collapsed.has(id) === on) return;
  if (on) ctx.state.collapsed.add(id);
  else ctx.state.collapsed.delete(id);
  const own = ctx.elements.get(id);
  for (const d of v.descendantIds) {
    const el = ctx.elements.get(d);
    // Never hide the comment itself, nor an element that wraps it (odd anchors).
    if (!el || !own || el.contains(own)) continue;
    if (on) ctx.hider.hide(el);
    else ctx.hider.show(el);
  }
  label(ctx, id);
}

function label(ctx: RenderCtx, id: string): void {
  const v = ctx.views.get(id);
  const b = ctx.bars.get(id)?.slot('collapse').querySelector('button');
  if (!v || !b) return;
  const collapsed = ctx.state.collapsed.has(id);
  b.textContent = collapsed ? ctx.t.show(v.descendants) : ctx.t.hide(v.descendants);
  b.setAttribute('aria-expanded', String(!collapsed));
  if (collapsed) b.title = ctx.t.hidden(v.descendants);
  else b.removeAttribute('title');
}

export const threadCollapse: Feature = {
  name: 'thread-collapse',
  kind: 'threadCollapse',
  init(ctx, signal) {
    const wanted = [...ctx.state.collapsed];
    ctx.state.collapsed.clear();
    for (const id of ctx.order) {
      const v = ctx.views.get(id);
      const slot = ctx.bars.get(id)?.slot('collapse');
      if (!v || !slot || v.descendants === 0) continue;
      const b = ctx.doc.createElement('button');
      b.type = 'button';
      b.className = 'toggle';
      b.dataset.testid = 'cl-collapse';
      // The button lives in our shadow root and leaves with it: no listener on the page to undo.
      b.addEventListener('click', (e) => {
        e.preventDefault();
        e.stopPropagation();
        if (!e.isTrusted && !ctx.deps.acceptSyntheticEvents) return; // a page script clicking for the reader
        if (!signal.aborted) setCollapsed(ctx, id, !ctx.state.collapsed.has(id));
      });
      slot.append(b);
      label(ctx, id);
    }
    for (const id of wanted) {
      if (ctx.views.has(id)) setCollapsed(ctx, id, true);
      else ctx.state.collapsed.add(id); // not on the page now (navigated away?): remember it
    }
    signal.addEventListener('abort', () => {
      // The hider (same signal) restores the page; keep the collapsed set for the next render.
      for (const id of ctx.order) ctx.bars.get(id)?.slot('collapse').replaceChildren();
    });
  },
};
