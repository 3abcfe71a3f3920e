import { describe, expect, it } from 'vitest';
import { absoluteUrl } from './url-utils';

// The shortcuts (a fragment, a one-segment relative path) must give what URL parsing gives.
const BASES = [
  'https://news.ycombinator.com/item?id=38471822',
  'https://www.lemonde.fr/international/article/2015/12/21/syrie.html#comments',
  'https://user:pw@example.org/a/b/c.html?x=1#y',
  'http://example.org',
  'https://EXAMPLE.org:443/a//b/?q',
  'http://example.org:8080/%7Ejo/blog;v=2?p=3',
  'file:///home/jo/page.html',
  'about:blank',
  '',
];
const HREFS = [
  'item?id=40000001', 'user?id=pg', 'reply?id=1&goto=item%3Fid%3D2', 'item?', 'a-b_c', 'x?a=1&b=2', ' item?id=7 ',
  '#comment-12', '#c 1', '?q=1', '../up', './here', 'a.b', 'https://other.org/x', '//cdn.org/x', 'mailto:jo@example.org',
  'javascript:void(0)', 'é?x=1', '',
];

describe('absoluteUrl', () => {
  const cases = BASES.flatMap((base) => HREFS.map((href) => [base, href] as const));
  it.each(cases)('%s + %s resolves as URL parsing does', (base, href) => {
    let want: string | null;
    try {
      want = href ? new URL(href.trim(), base || undefined).href : null;
    } catch {
      want = null;
    }
    expect(absoluteUrl(href, base)).toBe(want);
  });
});
