import { newIds } from '../../../core/seen';
import type { Feature, RenderCtx } from '../context';
import { chip } from '../bars';

/** The ids seen before this document loaded, read once per page URL, then this visit is recorded. */
function baseline(ctx: RenderCtx): Promise<Set<string> | null> | null {
  const store = ctx.deps.seen;
  if (!store) return null;
  let p = ctx.state.baselines.get(ctx.url);
  if (!p) {
    p = store.load(ctx.url).catch(() => null);
    ctx.state.baselines.set(ctx.url, p);
  }
  return p;
}

/** "new" on comments that were not there on the reader's last visit (none on a first visit). */
export const newSince: Feature = {
  name: 'new-since',
  kind: 'newSinceLastVisit',
  init(ctx, signal) {
    const p = baseline(ctx);
    if (!p) return;
    const ids = [...ctx.views.keys()];
    void p.then((seen) => {
      if (signal.aborted) return;
      for (const id of newIds(seen, ctx.order)) {
        ctx.bars.get(id)?.slot('new').append(chip(ctx.doc, 'new', ctx.t.newSince, ctx.t.newSinceTitle));
      }
      return ctx.deps.seen?.record(ctx.url, ids);
    }).catch(() => undefined);
    signal.addEventListener('abort', () => {
      for (const id of ctx.order) ctx.bars.get(id)?.slot('new').replaceChildren();
    });
  },
};
