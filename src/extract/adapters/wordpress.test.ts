import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractPage } from '../index';
import { textF1 } from './corpus-gold';
import { wordpressAdapter } from './wordpress';

const repoRoot = path.resolve(__dirname, '../../..');
const URL_ = 'https://zone-defense.example/2015/12/21/syriedaesh/';
const load = (file: string, url = URL_) =>
  new JSDOM(readFileSync(file, 'utf8'), { url, virtualConsole: new VirtualConsole() }).window.document;

// The founding example (shared/seed/seed.gold.json): seed id, parent, author, time, start of text, links.
const SEED: [string, string | null, string, string, string, string[]][] = [
  ['1', null, 'nonmaisdisdonc', '2015-12-21T18:05:12+00:00', 'Mdr..je ne parviens pas', []],
  ['1.1', '1', 'Lagaffe', '2015-12-21T18:31:40+00:00', 'Encore un échec de Poutine alors', []],
  ['1.1.1', '1.1', 'Juju', '2015-12-21T19:02:03+00:00', 'Pas un échec de Poutine', []],
  ['1.1.1.1', '1.1.1', 'Auguste', '2015-12-21T20:47:55+00:00', 'Sacré Juju', []],
  ['1.1.2', '1.1', 'Parabellum', '2015-12-21T19:20:18+00:00', '@Lagaffe', ['https://www.youtube.com/watch?v=pmnzIhbX2bg']],
  ['1.1.2.1', '1.1.2', 'Lagaffe', '2015-12-21T20:03:27+00:00', 'C’est bien à l’unanimité.', []],
  ['1.1.3', '1.1', 'Plusdepognon', '2015-12-21T19:44:09+00:00', 'Plus de visas pour les Kosovars', []],
  ['1.1.4', '1.1', 'Fusilier-Marin', '2015-12-21T21:15:36+00:00', 'Pour les visas, une bonne excuse', []],
  ['1.1.5', '1.1', 'Raymond75', '2015-12-21T22:58:41+00:00', 'Vous avez fait une salade d’informations', []],
  ['1.2', '1', 'Auguste', '2015-12-21T18:52:30+00:00', 'à nonmaisdisdonc', []],
  ['1.2.1', '1.2', 'nonmaisdisdonc', '2015-12-21T19:10:44+00:00', 'Nous en reparlerons', []],
  ['1.2.1.1', '1.2.1', 'Auguste', '2015-12-21T19:37:19+00:00', '« PS Le pragmatisme à la Putin', []],
  ['1.3', '1', 'Dolgorouki', '2015-12-22T08:12:50+00:00', 'Il est vrai que les sanctions sur l’Ukraine', []],
  ['2', null, 'Thaurac', '2015-12-21T18:40:02+00:00', 'Bravo à Hollande et Le Drian', []],
  ['3', null, 'Jean Maxence', '2015-12-21T21:49:13+00:00', 'Les dirigeants français, formés et sélectionnés', []],
  ['4', null, 'Dolgorouki', '2015-12-22T09:26:07+00:00', 'C’est bien ce que j’écrivais', [
    'http://www.franceinfo.fr/actu/monde/article/amnesty-evoque-de-possibles-crimes-de-guerre-russes-en-syrie-753805',
  ]],
];

describe('wordpress adapter on the seed thread (html5 walker, twentyfifteen-like)', () => {
  const doc = load(path.join(repoRoot, 'test/fixtures/seed-wordpress.html'));
  const ex = extractPage(doc, { url: URL_ });
  const bySeed = new Map(SEED.map(([sid], i) => [sid, ex.comments[i]]));

  it('reads 16 comments, the announced 20 and the closed notice', () => {
    expect(ex.platform).toBe('wordpress');
    expect(ex.comments).toHaveLength(16);
    expect(ex.announcedCount).toBe(20);
    expect(ex.closed).toBe(true);
    expect(ex.pagination).toEqual({ paginated: false, loadMore: false, framed: null });
  });

  test.each(SEED)('%s: parent %s, %s', (sid, parent, author, time, start, links) => {
    const c = bySeed.get(sid);
    expect(c).toBeDefined();
    if (!c) return;
    expect(c.id).toMatch(/^\d+$/);
    expect(c.parentId).toBe(parent === null ? null : (bySeed.get(parent)?.id ?? 'missing'));
    expect(c.author).toBe(author);
    expect(c.time).toBe(time);
    expect(c.text.startsWith(start)).toBe(true);
    expect(c.depth).toBe(sid.split('.').length - 1);
    expect(c.links).toEqual(links);
    expect(c.kind).toBe('comment');
    expect(c.permalink).toBe(`https://zone-defense.example/2015/12/21/syriedaesh-la-france-et-la-russie-vont-renforcer-leurs-echanges-en-matiere-dinformation-militaire/#comment-${c.id}`);
    expect(c.anchor).toBe(`#comment-${c.id}`);
  });

  it('keeps paragraphs, line breaks and emoji, and leaves out author, date and reply link', () => {
    const c = bySeed.get('1.1.5');
    expect(c?.paragraphs).toHaveLength(3);
    expect(c?.text).toContain('Ou seriez vous un pratiquant de la double vérité ?');
    expect(bySeed.get('1.2.1.1')?.text.endsWith('Ai-je dit le contraire ??? 🙂')).toBe(true);
    for (const x of ex.comments) expect(x.text).not.toMatch(/Répondre|dit :|décembre 2015 à/);
    expect(bySeed.get('1.1')?.authorUrl).toBe('http://lagaffe.over-blog.example/');
    expect(bySeed.get('1')?.authorUrl).toBeNull();
  });

  it('never reads the recent-comments widget', () => {
    const authors = new Set(ex.comments.map((c) => c.author));
    for (const name of ['Tarpon', 'Fralipolipi', 'Vieux Troupier']) expect(authors.has(name)).toBe(false);
  });

  it('finds nothing on a page whose only comments are in the widget', () => {
    const d = load(path.join(repoRoot, 'test/fixtures/seed-wordpress.html'));
    d.querySelector('.comment-list')?.remove();
    expect(wordpressAdapter.extract(d, { url: URL_, deadline: Date.now() + 4000, now: Date.now })).toBeNull();
  });
});

// Real WordPress pages (shared/corpus/wp-*), gold per comment: author, parent index, text.
const corpus = path.resolve(repoRoot, '../shared/corpus');
const pages = existsSync(corpus) ? readdirSync(corpus).filter((f) => /^wp-.*\.html$/.test(f)).map((f) => f.slice(0, -5)) : [];
if (!pages.length) console.warn(`wordpress.test: no corpus at ${corpus}; the real-page table is skipped`);
const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

interface GoldComment { author: string; parent: number | null; text: string }

describe.skipIf(!pages.length)('wordpress adapter on real WordPress pages', () => {
  test.each(pages)('%s', (id) => {
    const gold = JSON.parse(readFileSync(path.join(corpus, `${id}.gold.json`), 'utf8')) as { comments: GoldComment[] };
    const doc = load(path.join(corpus, `${id}.html`), 'https://example.org/post/');
    expect(wordpressAdapter.detect(doc)).toBeGreaterThan(0.1);
    const res = wordpressAdapter.extract(doc, { url: 'https://example.org/post/', deadline: Date.now() + 20_000, now: Date.now });
    // The gold leaves pingbacks out; they stay in the extraction with their own kind.
    const got = (res?.comments ?? []).filter((c) => c.kind === 'comment');
    const index = new Map(got.map((c, i) => [c.id, i]));
    expect(got.length).toBe(gold.comments.length);
    gold.comments.forEach((g, i) => {
      const c = got[i];
      expect(norm(c.author), `author of #${i}`).toBe(norm(g.author));
      expect(c.parentId === null ? null : index.get(c.parentId), `parent of #${i}`).toBe(g.parent);
      expect(norm(c.text).slice(0, 40), `text of #${i}`).toBe(norm(g.text).slice(0, 40));
    });
  });
});

// Older WordPress themes on real pages (whole-text gold): Thesis's dl#comment_list (dt + dd),
// lists of li#comment-N without comment_class(), div.commentlist blocks.
const OLD_THEMES = ['dragnet-233', 'dragnet-69', 'dragnet-R979', 'dragnet-R988', 'dragnet-R46', 'dragnet-T31'];
const oldPages = OLD_THEMES.filter((id) => existsSync(path.join(corpus, `${id}.html`)));

describe.skipIf(!oldPages.length)('wordpress adapter on older themes', () => {
  test.each(oldPages)('%s: comment text F1 >= 0.9', (id) => {
    expect(textF1(wordpressAdapter, id)).toBeGreaterThanOrEqual(0.9);
  });
  test.each(['drupal-hpd', 'drupal-dalloz-fr', 'hn-bestpapers-2023'].filter((id) => existsSync(path.join(corpus, `${id}.html`))))(
    '%s is not WordPress',
    (id) => expect(wordpressAdapter.detect(load(path.join(corpus, `${id}.html`)))).toBe(0),
  );
});

// WooThemes' comment markup (test/fixtures/wp-woothemes.html): span.name in .comment-head or .comment-info, CommentLuv's line.
describe('wordpress adapter on WooThemes comment markup', () => {
  const ex = extractPage(load(path.join(repoRoot, 'test/fixtures/wp-woothemes.html'), 'https://food.example/figs/'), { url: 'https://food.example/figs/' });
  const byId = new Map(ex.comments.map((c) => [c.id, c]));

  it('reads each author from span.name, "says:" left out', () => {
    expect(ex.platform).toBe('wordpress');
    expect(ex.comments.map((c) => c.author)).toEqual(['Marie', 'Michael', 'Kristina', 'Camels & Chocolate']);
    expect(byId.get('501')?.authorUrl).toBe('http://marie.example/');
    expect(byId.get('502')?.parentId).toBe('501');
  });

  it('keeps the name, date and "#" permalink of the header out of the text', () => {
    expect(byId.get('503')?.text).toBe('I swapped the thyme for rosemary and it was just as good. See my version.');
    expect(byId.get('503')?.links).toEqual(['https://kristina.example/rosemary']);
    for (const c of ex.comments) expect(c.text).not.toMatch(/^(Marie|Michael|Kristina|Camels)|#|Aug, 2012/);
  });

  it("leaves out CommentLuv's line about the commenter's own last post, and its link", () => {
    const c = byId.get('501');
    expect(c?.paragraphs).toEqual(['How long do the figs keep once roasted? Mine never last the night.', 'Lovely photographs too.']);
    expect(c?.links).toEqual([]);
  });
});

// Older themes (test/fixtures/wp-old-themes.html): the text in div.commentext, or after a div.comment_header.
describe('wordpress adapter on older themes written without comment_class()', () => {
  const ex = extractPage(load(path.join(repoRoot, 'test/fixtures/wp-old-themes.html'), 'https://study.example/new/'), { url: 'https://study.example/new/' });

  it('reads names and text, running numbers, "Says:" and dates left out', () => {
    expect(ex.platform).toBe('wordpress');
    expect(ex.comments.map((c) => [c.author, c.text])).toEqual([
      ['Marrije', 'Aaah, congratulations! What a beautiful little project.'],
      ['kunlei', 'Good luck with it, and keep writing here.'],
      ['nkhukuzi', 'There is more to this project than evenings, I think.'],
      ['BG', 'Evenings are the best time for a project like this.'],
    ]);
  });

  it('reads names, dates and text where a theme prints them without the usual classes', () => {
    const doc = load(path.join(repoRoot, 'test/fixtures/wp-bare-themes.html'), 'https://study.example/winter/');
    const bare = extractPage(doc, { url: 'https://study.example/winter/' });
    expect(bare.platform).toBe('wordpress');
    expect(bare.comments.map((c) => [c.author, c.time, c.text])).toEqual([
      ['broper', '2012-11-09T11:40:00', 'Keep us posted on how it goes.'],
      ['Dirk', '2012-11-10', 'A project a winter is a good rhythm.'],
      ['GreatAunt', null, 'I knit through every winter, one scarf a week.'],
    ]);
    // A date without its year is shown as the page prints it, not made up.
    expect(bare.comments[2].timeText).toBe('On Friday, November 2 at 12:14 pm');
  });
});
