import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { frameToRead } from '../core/frames';
import { paginationOf } from './pagination';

/** The page says which comment frame it embeds, and so whom the popup must ask to read it. */
const page = (body: string, url = 'https://blog.example/post/') =>
  new JSDOM(`<!doctype html><html><body>${body}</body></html>`, { url }).window.document;

describe('comment frames seen from the page', () => {
  it.each([
    ['<div id="disqus_thread"><iframe id="dsq-app3241" name="dsq-app3241" src="https://disqus.com/embed/comments/?base=default&amp;f=example&amp;t_u=https%3A%2F%2Fblog.example%2Fpost%2F"></iframe></div>', 'disqus', 'https://disqus.com', 'https://disqus.com/*'],
    ['<div class="fb-comments"><iframe src="https://www.facebook.com/v2.12/plugins/comments.php?href=https%3A%2F%2Fblog.example%2Fpost%2F&amp;numposts=5"></iframe></div>', 'facebook', 'https://www.facebook.com', 'https://www.facebook.com/*'],
    ['<div id="remark42"><iframe src="https://remark42.blog.example/web/iframe.html?selfClose=false&amp;site_id=remark&amp;url=https%3A%2F%2Fblog.example%2Fpost%2F"></iframe></div>', 'remark42', 'https://remark42.blog.example', 'https://remark42.blog.example/*'],
    // An advertising frame first, then the comments' frame.
    ['<iframe src="https://tempest.services.disqus.com/ads-iframe/bottom/"></iframe><div id="disqus_thread"><iframe src="//disqus.com/embed/comments/?base=default&amp;f=example"></iframe></div>', 'disqus', 'https://disqus.com', 'https://disqus.com/*'],
  ])('names the frame and its origin: %#', (body, service, origin, pattern) => {
    const p = paginationOf(page(body));
    expect(p.framed).toBe(service);
    expect(p.frameOrigin).toBe(origin);
    expect(frameToRead(p)?.origins).toEqual([pattern]);
  });

  it('leaves frames of other kinds alone', () => {
    const p = paginationOf(page('<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe><iframe src="https://disqus.com/recommendations/?f=example"></iframe>'));
    expect(p).toEqual({ paginated: false, loadMore: false, framed: null });
  });

  const corpus = path.resolve(__dirname, '../../../shared/corpus');
  const saved = path.join(corpus, 'none-japantimes-disqus.html');
  const present = existsSync(saved);
  if (!present) console.warn(`frames-pagination.test: ${saved} is absent, the real-page test is skipped`);
  it.skipIf(!present)('a real news page whose Disqus frame had not loaded asks for disqus.com', () => {
    const dom = new JSDOM(readFileSync(saved, 'utf8'), { url: 'https://www.japantimes.co.jp/news/2020/02/18/national/crime-legal/6000-surgical-masks-stolen/', virtualConsole: new VirtualConsole() });
    const p = paginationOf(dom.window.document);
    expect(p.framed).toBe('disqus');
    expect(p.frameOrigin).toBeUndefined();
    expect(frameToRead(p)?.origins).toEqual(['https://disqus.com/*']);
  });
});
