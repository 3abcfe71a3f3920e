import type { Feature } from '../context';
import { chip } from '../bars';

/** "3 replies · thread of 8" on every comment that is part of a discussion. */
export const replyCounts: Feature = {
  name: 'reply-counts',
  kind: 'replyCounts',
  init(ctx, signal) {
    for (const id of ctx.order) {
      const v = ctx.views.get(id);
      const slot = ctx.bars.get(id)?.slot('counts');
      if (!v || !slot || v.threadSize < 2) continue;
      const text = v.replies > 0 ? `${ctx.t.replies(v.replies)} · ${ctx.t.thread(v.threadSize)}` : ctx.t.thread(v.threadSize);
      slot.append(chip(ctx.doc, 'counts', text, ctx.t.threadTitle(v.replies, v.threadSize)));
    }
    signal.addEventListener('abort', () => {
      for (const id of ctx.order) ctx.bars.get(id)?.slot('counts').replaceChildren();
    });
  },
};
