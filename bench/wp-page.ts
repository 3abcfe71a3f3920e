/**
 * Reads a WordPress comment page (li.comment markup) with jsdom into an Extraction-like input for
 * summarize(). Stand-in for the WordPress adapter while it is written; used by summary-eval.ts.
 */
import fs from 'node:fs';
import { JSDOM } from 'jsdom';
import type { ArticleRecord, CommentRecord } from '../src/core/types';

export function readWordPress(file: string): { comments: CommentRecord[]; article: ArticleRecord; lang: string | null } {
  const doc = new JSDOM(fs.readFileSync(file, 'utf8')).window.document;
  const comments: CommentRecord[] = [];
  for (const li of doc.querySelectorAll('li.comment, li.pingback')) {
    const id = li.id.replace(/^comment-/, '');
    const parentLi = li.parentElement?.closest('li.comment');
    const paragraphs = [...li.querySelectorAll(':scope > article .comment-content p, :scope > div .comment-content p')]
      .map((p) => (p.textContent ?? '').trim()).filter(Boolean);
    comments.push({
      id, parentId: parentLi ? parentLi.id.replace(/^comment-/, '') : null,
      author: li.querySelector('.comment-author .fn')?.textContent?.trim() ?? '',
      authorUrl: null, time: li.querySelector('time')?.getAttribute('datetime') ?? null,
      text: paragraphs.join('\n\n'), paragraphs, links: [], permalink: null,
      depth: 0, kind: li.classList.contains('pingback') ? 'pingback' : 'comment',
    });
  }
  const title = doc.querySelector('h1')?.textContent?.trim() ?? doc.title;
  const text = [...doc.querySelectorAll('article .entry-content p, .entry-content p')].map((p) => p.textContent ?? '').join('\n\n');
  return {
    comments,
    article: { title, byline: null, published: null, lang: doc.documentElement.lang || null, text, site: null },
    lang: doc.documentElement.lang || null,
  };
}
