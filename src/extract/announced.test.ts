import { describe, expect, it, test } from 'vitest';
import { JSDOM } from 'jsdom';
import { announcedCount, countIn } from './announced';

describe('countIn', () => {
  test.each([
    ['20 commentaires sur “Syrie/Daesh : La France et la Russie vont renforcer leurs échanges”', 20],
    ['20 thoughts on “Hello world!”', 20],
    ['One thought on “Hello world!”', 1],
    ['Une réflexion sur « Bonjour tout le monde ! »', 1],
    ['20 réflexions sur « Bonjour tout le monde ! »', 20],
    ['20 Responses to “Why I quit”', 20],
    ['Réactions (20)', 20],
    ['20 Kommentare', 20],
    ['20 Gedanken zu „Hallo Welt!“', 20],
    ['Komentarze (20)', 20],
    ['20 комментариев', 20],
    ['1 commentaire', 1],
    ['Un commentaire', 1],
    ['20 réponses à « Le retour du loup »', 20],
    ['1 234 commentaires', 1234],
    ['Comments (3)', 3],
    ['Aucun commentaire', 0],
    ['No Comments', 0],
    ['Leave a Reply', null],
    ['Laisser un commentaire', null],
    ['Kommentar schreiben', null],
    ['Répondre', null],
  ])('%s -> %s', (text, n) => {
    expect(countIn(text)).toBe(n);
  });
});

const page = (body: string, url = 'https://blog.example/2015/12/post/') =>
  new JSDOM(`<!doctype html><html><body>${body}</body></html>`, { url }).window.document;

describe('announcedCount', () => {
  it('reads the comment section heading', () => {
    const doc = page('<div id="comments" class="comments-area"><h2 class="comments-title">12 thoughts on “A post”</h2><ol class="comment-list"></ol></div>');
    expect(announcedCount(doc)).toBe(12);
  });
  it('ignores a recent-comments widget and the reply form', () => {
    const doc = page(`<aside class="widget widget_recent_comments"><h2>5 commentaires récents</h2></aside>
      <div id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title">Laisser un commentaire</h3></div></div>`);
    expect(announcedCount(doc)).toBeNull();
  });
  it("falls back on the post's own count link, not other posts'", () => {
    const doc = page(`<ul class="related"><li><a href="https://blog.example/other/#comments">99 comments</a></li></ul>
      <article><footer class="entry-footer"><span class="comments-link"><a href="https://blog.example/2015/12/post/#comments">7 Comments<span class="screen-reader-text"> on A post</span></a></span></footer></article>`);
    expect(announcedCount(doc)).toBe(7);
  });
});
