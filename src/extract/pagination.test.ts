import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { paginationOf } from './pagination';

const page = (body: string) => new JSDOM(`<!doctype html><html><body>${body}</body></html>`, { url: 'https://blog.example/post/' }).window.document;

describe('paginationOf', () => {
  it("sees WordPress's comment navigation (/comment-page-N/)", () => {
    const doc = page(`<div id="comments" class="comments-area"><ol class="comment-list"></ol>
      <nav class="navigation comment-navigation" role="navigation"><h2 class="screen-reader-text">Comment navigation</h2>
      <div class="nav-links"><div class="nav-previous"><a href="https://blog.example/post/comment-page-1/#comments">Older Comments</a></div></div></nav></div>`);
    expect(paginationOf(doc).paginated).toBe(true);
  });
  it('sees ?cpage=2 links', () => {
    expect(paginationOf(page('<div id="comments"><a href="/post/?cpage=2#comments">2</a></div>')).paginated).toBe(true);
  });
  it('leaves the post navigation outside the comments alone', () => {
    const doc = page(`<div id="comments"><ol class="comment-list"></ol></div>
      <nav class="navigation post-navigation"><div class="nav-links"><a href="https://blog.example/older-post/" rel="prev">Précédent</a></div></nav>`);
    expect(paginationOf(doc)).toEqual({ paginated: false, loadMore: false, framed: null });
  });
  it.each(['Load more comments', 'Afficher plus de commentaires', 'Weitere Kommentare laden', 'Voir les 12 commentaires', 'Show more replies'])(
    'sees a "%s" control',
    (label) => {
      expect(paginationOf(page(`<div class="comments-section"><button type="button">${label}</button></div>`)).loadMore).toBe(true);
    },
  );
  it('sees a label broken over lines and spaces, next to other text, with the page full of other links', () => {
    const links = Array.from({ length: 50 }, (_, i) => `<li class="comment"><a href="#comment-${i}">Reply</a></li>`).join('');
    const doc = page(`<div id="comments"><ol class="comment-list">${links}</ol><a href="#more">\n  Load&nbsp;more\n\n      comments</a><span>(42)</span></div>`);
    expect(paginationOf(doc).loadMore).toBe(true);
    expect(paginationOf(page(`<div id="comments"><ol class="comment-list">${links}</ol><a href="#more">Load more</a></div>`)).loadMore).toBe(false);
  });
  it('reads "Показать ещё 12 комментариев" (the genitive plural after a number)', () => {
    expect(paginationOf(page('<div class="comments"><button>Показать ещё 12 комментариев</button></div>')).loadMore).toBe(true);
  });
  it('reads comment page links whatever their case', () => {
    expect(paginationOf(page('<div id="comments"><a href="/Post/Comment-Page-2/#comments">2</a></div>')).paginated).toBe(true);
    expect(paginationOf(page('<div id="comments"><a href="/post/2/#comments">2</a></div>')).paginated).toBe(false);
  });
  it('names a Disqus frame', () => {
    expect(paginationOf(page('<div id="disqus_thread"><iframe src="https://disqus.com/embed/comments/?base=default"></iframe></div>')).framed).toBe('disqus');
  });
});
