import { describe, expect, it, test } from 'vitest';
import { JSDOM } from 'jsdom';
import { closedNotice, commentsClosed } from './closed';

describe('closedNotice', () => {
  test.each([
    ['Les commentaires sont fermés.', true],
    ['Comments are closed.', true],
    ['Kommentare sind geschlossen.', true],
    ['Die Kommentarfunktion ist geschlossen.', true],
    ['Los comentarios están cerrados.', true],
    ['Commentaires fermés', true],
    ['Comments are open: say what you think.', false],
    ['Commentaires', false],
    ['Laisser un commentaire', false],
    [`Les commentaires sont fermés. ${'Ceci est un long texte d’article qui parle d’autre chose. '.repeat(5)}`, false],
  ])('%s -> %s', (text, want) => {
    expect(closedNotice(text)).toBe(want);
  });
});

const page = (body: string) => new JSDOM(`<!doctype html><html><body>${body}</body></html>`).window.document;

describe('commentsClosed', () => {
  it("reads WordPress's .no-comments notice", () => {
    expect(commentsClosed(page('<div id="comments" class="comments-area"><ol class="comment-list"></ol><p class="no-comments">Comments are closed.</p></div>'))).toBe(true);
  });
  it('reads the legacy .nocomments notice', () => {
    expect(commentsClosed(page('<p class="nocomments">Les commentaires sont fermés.</p>'))).toBe(true);
  });
  it('is false when the form is there', () => {
    expect(commentsClosed(page('<div id="comments"><div id="respond"><h3>Leave a Reply</h3><form id="commentform"></form></div></div>'))).toBe(false);
  });
  it('does not take a comment that quotes the sentence', () => {
    const doc = page('<ol class="commentlist"><li class="comment depth-1"><div class="comment-content"><p>Comments are closed.</p></div></li></ol>');
    expect(commentsClosed(doc)).toBe(false);
  });
});
