import type { Feature } from '../context';
import { chip } from '../bars';

/** Question, link and tone signals, each with a tooltip giving the words or domains behind it. */
export const signals: Feature = {
  name: 'signals',
  kind: 'signals',
  init(ctx, signal) {
    for (const id of ctx.order) {
      const v = ctx.views.get(id);
      const slot = ctx.bars.get(id)?.slot('signals');
      if (!v || !slot) continue;
      for (const s of v.signals) {
        slot.append(chip(ctx.doc, `sig-${s.kind}`, ctx.t.signal[s.kind], ctx.t.signalWhy(s.kind, s.evidence, s.answered)));
      }
    }
    signal.addEventListener('abort', () => {
      for (const id of ctx.order) ctx.bars.get(id)?.slot('signals').replaceChildren();
    });
  },
};
