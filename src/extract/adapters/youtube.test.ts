import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { corpusPages, loadCorpusPage } from './corpus-gold';
import { youtubeAdapter } from './youtube';
import { noteParts } from '../../core/notes';

const URL_W = 'https://www.youtube.com/watch?v=Xk2hQ9fJ3aM';
const html = readFileSync(path.resolve(__dirname, '../../../test/fixtures/youtube-watch.html'), 'utf8');
const load = (src: string) => new JSDOM(src, { url: URL_W, virtualConsole: new VirtualConsole() }).window.document;
const extract = (doc: Document) => youtubeAdapter.extract(doc, { url: URL_W, deadline: Date.now() + 20_000, now: Date.now });

describe('youtube adapter (test/fixtures/youtube-watch.html)', () => {
  const doc = load(html);
  const res = extract(doc);
  const got = res?.comments ?? [];
  test('detects the comment section', () => expect(youtubeAdapter.detect(doc)).toBeGreaterThan(0.9));
  test.each([
    // id, author, parent, depth, start of text, shown time
    ['UgwPinned01', '@velo-atelier', null, 0, 'Parts list and torque values', '3 months ago'],
    ['UgxA1B2C3d4', '@miriam.k', null, 0, 'Finally a video that shows', '3 months ago (edited)'],
    ['UgxA1B2C3d4.9zReply01', '@tomasz_r', 'UgxA1B2C3d4', 1, '@miriam.k same, I had been', '3 months ago'],
    ['UgxA1B2C3d4.9zReply02', '@velo-atelier', 'UgxA1B2C3d4', 1, '@miriam.k Glad it helped!', '3 months ago'],
    ['UgyQwErTy55', '@LucieV', null, 0, 'Merci pour la vidéo ! Le réglage de la tension', '2 months ago'],
    ['UgzZxCvBn77', '@gravel.dan', null, 0, 'What about 12-speed?', '2 months ago'],
    ['UgzZxCvBn77.9zReply03', '@velo-atelier', 'UgzZxCvBn77', 1, '@gravel.dan 12-speed video', '2 months ago'],
    ['UgwLkJhGf88', '@oldschool_wrench', null, 0, 'Index first, limits second. Everything else is noise.\nChange my mind.', '1 month ago'],
  ])('%s by %s', (id, author, parent, depth, text, shown) => {
    const i = got.findIndex((c) => c.id === id);
    const c = got[i];
    expect([c?.author, c?.parentId, c?.depth, c?.timeText, c?.time, c?.kind]).toEqual([author, parent, depth, shown, null, 'comment']);
    expect(c?.text.startsWith(text)).toBe(true);
    expect(c?.permalink).toBe(`${URL_W}&lc=${id}`);
    expect(c?.authorUrl).toBe(`https://www.youtube.com/${author}`);
    // The anchor finds this comment's element again, not its thread's first comment.
    const el = c?.anchor ? doc.querySelector(c.anchor) : null;
    expect(el?.querySelector('[id="content-text"]')?.textContent).toContain(text.split('\n')[0]);
  });
  test('exactly these eight, in page order', () => expect(got).toHaveLength(8));
  test('the box, the reply buttons, "Show more replies" and the description are no comment', () =>
    expect(got.map((c) => c.text).join(' ')).not.toMatch(/Add a comment|replies|Show more|Parts list: cable|Reply|Read more|Pinned by/));
  test('announced count, folded replies noted', () => {
    expect(res?.announcedCount).toBe(1234);
    expect(res?.notes?.map(noteParts)).toEqual([{ kind: 'folded', values: ['YouTube', 1, 'Show more replies'] }]);
  });
  test('French header count "1 234 commentaires"', () => {
    const fr = load(html.replace('<span dir="auto" class="style-scope yt-formatted-string">1,234</span><span dir="auto" class="style-scope yt-formatted-string"> Comments</span>', '<span>1\u202f234</span><span> commentaires</span>'));
    expect(extract(fr)?.announcedCount).toBe(1234);
  });
  test('the pre-2024 ytd-comment-renderer elements read the same', () => {
    const old = extract(load(html.replace(/ytd-comment-view-model/g, 'ytd-comment-renderer')));
    expect(old?.comments.map((c) => [c.id, c.parentId, c.author])).toEqual(got.map((c) => [c.id, c.parentId, c.author]));
  });
});

const others = corpusPages('none-', 'wp-', 'hn-', 'so-');
describe.skipIf(!others.length)('youtube adapter on real pages of other systems', () => {
  test.each(others)('%s is not YouTube', (id) => expect(youtubeAdapter.detect(loadCorpusPage(id))).toBe(0));
});
