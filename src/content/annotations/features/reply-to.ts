import type { Feature } from '../context';
import { chip } from '../bars';

/** "↳ reply to X", dashed when the parent was inferred from the text rather than stated by the page. */
export const replyTo: Feature = {
  name: 'reply-to',
  kind: 'replyTo',
  init(ctx, signal) {
    for (const id of ctx.order) {
      const v = ctx.views.get(id);
      const slot = ctx.bars.get(id)?.slot('reply-to');
      if (!v?.parent || !slot) continue;
      const why = v.parent.inferred ? ctx.t.replyToInferred : '';
      slot.append(chip(ctx.doc, v.parent.inferred ? 'reply-to inferred' : 'reply-to', ctx.t.replyTo(v.parent.author), why));
    }
    signal.addEventListener('abort', () => {
      for (const id of ctx.order) ctx.bars.get(id)?.slot('reply-to').replaceChildren();
    });
  },
};
