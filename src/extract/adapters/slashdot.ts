import { qs, qsa } from '../page-index';
import type { CommentRecord } from '../../core/types';
import type { Adapter } from '../types';
import { absoluteUrl, anchorOf, clean, linksOf, nestingOf, paragraphsOf } from '../dom-utils';
import { enough } from '../enough';

/**
 * Slashdot (and Slash-based sites): `ul#commentlisting > li#tree_N.comment`,
 * replies nested in inner lists, author in `.details .by a`, text in
 * `#comment_body_N`. Collapsed ("oneline") comments still carry their text;
 * `.hidden` ones (below the score threshold) are not shown and are left out.
 */

const ITEMS = '#commentlisting li.comment[id^="tree_"]';

export const slashdotAdapter: Adapter = {
  name: 'slashdot',
  detect: (doc) => (qs(doc, `${ITEMS} [id^="comment_body_"]`) ? 0.9 : 0),
  extract(doc, ctx) {
    const items = Array.from(qsa(doc, ITEMS));
    // A reply under a hidden comment hangs from the nearest shown one.
    const set = new Set(items.filter((li) => !li.matches('.hidden')));
    const out: CommentRecord[] = [];
    let hidden = 0;
    for (const li of items) {
      if (enough(ctx, out.length)) break;
      const body = qs(li, '[id^="comment_body_"]');
      if (!body) continue;
      // Below the reader's score threshold: in the page source, not shown.
      if (li.matches('.hidden')) {
        hidden++;
        continue;
      }
      const { parent, depth } = nestingOf(li, set);
      const by = qs(li, '.details .by a, .by a');
      const uid = by?.querySelector('.uid');
      const when = qs(li, '.otherdetails, .details time');
      const paragraphs = paragraphsOf(body);
      const id = li.id.replace(/^tree_/, '');
      out.push({
        id,
        parentId: parent ? parent.id.replace(/^tree_/, '') : null,
        author: clean(by ? Array.from(by.childNodes).filter((n) => n !== uid).map((n) => n.textContent).join('') : qs(li, '.by')?.textContent?.replace(/^by\s+/i, '')),
        authorUrl: by ? absoluteUrl(by.getAttribute('href'), ctx.url) : null,
        time: null,
        timeText: clean(when?.textContent).replace(/^on\s+/i, '') || undefined,
        text: paragraphs.join('\n\n'),
        paragraphs,
        links: linksOf(body, ctx.url),
        permalink: absoluteUrl(qs(li, 'a[id^="comment_link_"]')?.getAttribute('href'), ctx.url),
        depth,
        kind: 'comment',
        anchor: anchorOf(li),
      });
    }
    const notes = hidden ? [`${hidden} comments below the score threshold are hidden by the page and left out`] : [];
    return out.length ? { comments: out, confidence: 0.9, notes } : null;
  },
};
