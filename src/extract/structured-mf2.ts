import { qs, qsa } from './page-index';
import type { CommentRecord } from '../core/types';
import type { Adapter } from './types';
import { anchorOf, clean, linksOf, paragraphsOf, timeOf, toIso } from './dom-utils';
import { setDepths } from './structured';

/**
 * Microformats2 comments: `p-comment h-cite` / `p-comment h-entry` (and
 * `u-comment`) inside the post's h-entry; replies are comments nested in a
 * comment. Author from `p-author h-card` (`p-name`), text from `e-content`
 * or `p-content`, time from `dt-published`.
 */
const ITEM_SEL = '.p-comment, .u-comment.h-cite, .u-comment.h-entry';

const has = (el: Element, cls: string) => el.classList.contains(cls);

export const microformatsAdapter: Adapter = {
  name: 'microformats',
  detect: (doc) => (qs(doc, ITEM_SEL) ? 0.5 : 0),
  extract(doc, ctx) {
    const items = Array.from(qsa(doc, ITEM_SEL)).filter(
      (el) => (has(el, 'h-cite') || has(el, 'h-entry')) && !el.closest('form, nav, aside'),
    );
    const index = new Map<Element, string>();
    items.forEach((el, i) => index.set(el, el.getAttribute('id') || `mf2-${i + 1}`));
    const own = (root: Element, el: Element) => {
      for (let e = el.parentElement; e && e !== root; e = e.parentElement) if (index.has(e)) return false;
      return true;
    };
    const first = (root: Element, sel: string) => Array.from(qsa(root, sel)).find((el) => own(root, el)) ?? null;
    const out: CommentRecord[] = [];
    for (const el of items) {
      const textEl = first(el, '.e-content, .p-content, .p-summary');
      const paragraphs = textEl ? paragraphsOf(textEl) : [];
      if (!paragraphs.length) continue;
      const card = first(el, '.p-author');
      const nameEl = card ? (qs(card, '.p-name') ?? card) : null;
      const timeEl = first(el, '.dt-published');
      let parentId: string | null = null;
      for (let e = el.parentElement; e && !parentId; e = e.parentElement) parentId = index.get(e) ?? null;
      const url = card?.querySelector('.u-url')?.getAttribute('href') ?? card?.getAttribute('href') ?? null;
      out.push({
        id: index.get(el) as string,
        parentId,
        author: clean(nameEl?.textContent),
        authorUrl: url && /^https?:/i.test(url) ? url : null,
        time: timeOf(timeEl) ?? toIso(clean(timeEl?.textContent)),
        timeText: clean(timeEl?.textContent) || undefined,
        text: paragraphs.join('\n\n'),
        paragraphs,
        links: textEl ? linksOf(textEl, ctx.url) : [],
        permalink: first(el, '.u-url')?.getAttribute('href') ?? null,
        depth: 0,
        kind: 'comment',
        anchor: anchorOf(el),
      });
    }
    if (!out.length) return null;
    return { comments: setDepths(out), confidence: 0.8 };
  },
};
