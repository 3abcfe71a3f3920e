import { qs, qsa } from '../page-index';
import type { CommentRecord } from '../../core/types';
import type { Adapter } from '../types';
import { absoluteUrl, anchorOf, clean, linksOf, nestingOf, paragraphsOf } from '../dom-utils';
import { enough } from '../enough';

/**
 * Osnova, the platform of vc.ru, TJournal and DTF (2018 markup):
 * `div.comments__item[data-id]`, replies nested in `.comments__item__children`,
 * author in `.comments__item__user__name`, time as `time[air-date-timestamp]`.
 */

const ITEM = '.comments__item[data-id]';

export const osnovaAdapter: Adapter = {
  name: 'osnova',
  detect: (doc) => (qs(doc, `${ITEM} .comments__item__text, ${ITEM} .comments__item__user__name`) ? 0.9 : 0),
  extract(doc, ctx) {
    const items = Array.from(qsa(doc, ITEM));
    const set = new Set(items);
    const out: CommentRecord[] = [];
    for (const it of items) {
      if (enough(ctx, out.length)) break;
      const self = qs(it, ':scope > .comments__item__space > .comments__item__self') ?? it;
      const { parent, depth } = nestingOf(it, set);
      const user = qs(self, '.comments__item__user');
      const time = qs(self, 'time');
      const stamp = Number(time?.getAttribute('air-date-timestamp'));
      const body = qs(self, '.comments__item__text');
      const paragraphs = body ? paragraphsOf(body) : [];
      const id = it.getAttribute('data-id') as string;
      out.push({
        id,
        parentId: parent?.getAttribute('data-id') ?? null,
        author: clean(qs(self, '.comments__item__user__name')?.textContent),
        authorUrl: user ? absoluteUrl(user.getAttribute('href'), ctx.url) : null,
        time: Number.isFinite(stamp) && stamp > 0 ? new Date(stamp * 1000).toISOString() : null,
        timeText: clean(time?.getAttribute('title') ?? time?.textContent) || undefined,
        text: paragraphs.join('\n\n'),
        paragraphs,
        links: body ? linksOf(body, ctx.url) : [],
        permalink: absoluteUrl(`#comment-${id}`, ctx.url),
        depth,
        kind: 'comment',
        anchor: anchorOf(it),
      });
    }
    return out.length ? { comments: out, confidence: 0.9 } : null;
  },
};
