import type { Feature } from '../context';
import { chip } from '../bars';
import { isolate } from '../../../core/bidi';

/** The author's name in a stable colour, how many comments they wrote here, and "article author". */
export const authorChip: Feature = {
  name: 'author-chip',
  kind: 'authorChips',
  init(ctx, signal) {
    for (const id of ctx.order) {
      const v = ctx.views.get(id);
      const slot = ctx.bars.get(id)?.slot('author');
      if (!v || !slot) continue;
      const text = v.authorCount > 1 ? `${isolate(v.author)} ${ctx.t.authorCount(v.authorCount)}` : v.author;
      const c = chip(ctx.doc, 'author', text, ctx.t.authorTitle(v.author, v.authorCount));
      c.style.setProperty('--hue', String(v.authorHue));
      slot.append(c);
      if (v.isArticleAuthor) slot.append(chip(ctx.doc, 'article-author', ctx.t.articleAuthor, ctx.t.articleAuthor));
    }
    signal.addEventListener('abort', () => {
      for (const id of ctx.order) ctx.bars.get(id)?.slot('author').replaceChildren();
    });
  },
};
