import { describe, expect, it } from 'vitest';
import { FRAME_SERVICES, frameServiceOf, frameToRead, originPattern } from './frames';

describe('comment frame services', () => {
  it.each([
    ['https://disqus.com/embed/comments/?base=default&f=japantimes&t_i=2489221&t_u=https%3A%2F%2Fwww.japantimes.co.jp%2Fnews%2F&s_o=default#version=5e1e0a', 'disqus', 'https://disqus.com'],
    ['//disqus.com/embed/comments/?base=default&f=example', 'disqus', 'https://disqus.com'],
    ['https://www.facebook.com/v2.12/plugins/comments.php?app_id=113869198637480&href=https%3A%2F%2Fexample.com%2Fpost&locale=fr_FR&numposts=10', 'facebook', 'https://www.facebook.com'],
    ['https://www.facebook.com/plugins/comments.php?href=https%3A%2F%2Fexample.com%2F', 'facebook', 'https://www.facebook.com'],
    ['https://talk.hyvor.com/embed?website=1234&id=post-1', 'hyvor', 'https://talk.hyvor.com'],
    ['https://utteranc.es/utterances.html?src=https%3A%2F%2Futteranc.es%2Fclient.js&repo=owner%2Fblog&issue-term=pathname', 'utterances', 'https://utteranc.es'],
    ['https://giscus.app/fr/widget?origin=https%3A%2F%2Fblog.example%2F&session=&theme=light&reactionsEnabled=1', 'giscus', 'https://giscus.app'],
    ['https://giscus.app/widget?origin=https%3A%2F%2Fblog.example%2F', 'giscus', 'https://giscus.app'],
    ['https://remark42.blog.example/web/iframe.html?selfClose=false&site_id=remark&url=https%3A%2F%2Fblog.example%2Fpost%2F', 'remark42', 'https://remark42.blog.example'],
    ['https://coral.journal.example/embed/stream?storyURL=https%3A%2F%2Fjournal.example%2Farticle', 'coral', 'https://coral.journal.example'],
    ['https://site-3x7k.talkyard.net/-/embedded-comments?embeddingUrl=https%3A%2F%2Fblog.example%2Fpost', 'talkyard', 'https://site-3x7k.talkyard.net'],
  ])('knows %s', (src, id, origin) => {
    const hit = frameServiceOf(src, 'https://blog.example/post/');
    expect(hit?.service.id).toBe(id);
    expect(hit?.origin).toBe(origin);
  });

  it.each([
    'https://disqus.com/recommendations/?base=default&f=example',
    'https://tempest.services.disqus.com/ads-iframe/bottom/?category=News',
    'https://www.facebook.com/plugins/like.php?href=https%3A%2F%2Fexample.com',
    'https://www.youtube.com/embed/dQw4w9WgXcQ',
    'https://evil.example/disqus.com/embed/comments/',
    'https://evil.example/?u=https://disqus.com/embed/comments/',
    'https://blog.example/web/iframe.html',
    'about:blank',
    'javascript:void(0)',
    '',
  ])('leaves %j alone', (src) => {
    expect(frameServiceOf(src, 'https://blog.example/post/')).toBeNull();
  });

  it('has one row per service, each with a name the reader knows', () => {
    const ids = FRAME_SERVICES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of FRAME_SERVICES) expect(s.name.length).toBeGreaterThan(2);
  });

  it.each([
    ['https://disqus.com', 'https://disqus.com/*'],
    ['http://127.0.0.1:41234', 'http://127.0.0.1/*'],
    ['https://www.facebook.com', 'https://www.facebook.com/*'],
    ['chrome-extension://abc', null],
    ['not a url', null],
  ])('turns %s into the permission pattern %s', (origin, want) => {
    expect(originPattern(origin)).toBe(want);
  });

  const none = { paginated: false, loadMore: false };
  it.each([
    ['a Disqus frame on the page', { ...none, framed: 'disqus', frameOrigin: 'https://disqus.com' }, ['https://disqus.com/*']],
    ['a Disqus thread whose frame is not loaded yet', { ...none, framed: 'disqus' }, ['https://disqus.com/*']],
    ['a self-hosted Remark42 frame', { ...none, framed: 'remark42', frameOrigin: 'https://remark42.blog.example' }, ['https://remark42.blog.example/*']],
    ['a Coral thread without its frame (no origin to ask for)', { ...none, framed: 'coral' }, null],
    ['a "Disqus" frame from another origin', { ...none, framed: 'disqus', frameOrigin: 'https://evil.example' }, null],
    ['an unknown service name', { ...none, framed: 'disqus.com' }, null],
    ['no frame', { ...none, framed: null }, null],
  ])('asks for the right origin: %s', (_n, pagination, want) => {
    expect(frameToRead(pagination)?.origins ?? null).toEqual(want);
  });
});
