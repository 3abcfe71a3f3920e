import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle, langOf, stripSite } from './article';

const repoRoot = path.resolve(__dirname, '../..');

describe('extractArticle on the seed WordPress page', () => {
  const html = readFileSync(path.join(repoRoot, 'test/fixtures/seed-wordpress.html'), 'utf8');
  const doc = new JSDOM(html, { url: 'https://zone-defense.example/2015/12/21/syriedaesh/' }).window.document;
  const a = extractArticle(doc);
  it('reads title, byline, date, language and site', () => {
    expect(a.title).toBe('Syrie/Daesh : La France et la Russie vont renforcer leurs échanges « en matière d’information militaire »');
    expect(a.byline).toBe('Laurent L.');
    expect(a.published).toBe('2015-12-21T17:21:44+00:00');
    expect(a.lang).toBe('fr-FR');
    expect(a.site).toBe('Zone Défense');
  });
  it('keeps the article paragraphs and nothing of the comments or widgets', () => {
    const paras = a.text.split('\n\n');
    expect(paras).toHaveLength(7);
    expect(paras[0].startsWith('Lors de son déplacement à Moscou')).toBe(true);
    expect(a.text).not.toMatch(/Mdr\.\.je|Commentaires récents|Les commentaires sont fermés/);
  });
});

describe('a social title that names only the site', () => {
  const page = (head: string, body: string, url: string) => new JSDOM(`<html><head>${head}</head><body>${body}</body></html>`, { url }).window.document;
  const h1 = '<h1 itemprop="headline"> Власти Финляндии решили не продлевать эксперимент </h1>';
  test.each([
    ['the tagline after the host', '<meta property="og:title" content="vc.ru — бизнес, технологии, идеи, модели роста">', 'https://vc.ru/flood/33000', 'Власти Финляндии решили не продлевать эксперимент'],
    ['the site name itself', '<meta property="og:site_name" content="Zone Défense"><meta property="og:title" content="Zone Défense">', 'https://zone-defense.example/a/', 'Власти Финляндии решили не продлевать эксперимент'],
    ['an article title is kept', '<meta property="og:title" content="Vc.ru-style sites and their taglines">', 'https://vc.ru/flood/33000', 'Vc.ru-style sites and their taglines'],
    ['a title with the site after it is kept, site cut', '<meta property="og:site_name" content="Le Monde.fr"><meta property="og:title" content="Le retour du loup - Le Monde.fr">', 'https://www.lemonde.fr/x', 'Le retour du loup'],
  ])('%s', (_what, head, url, want) => {
    expect(extractArticle(page(head, h1, url), url).title).toBe(want);
  });
});

describe('stripSite', () => {
  test.each([
    ['Syrie/Daesh : La Russie | Zone Défense', 'Zone Défense', 'Syrie/Daesh : La Russie'],
    ['Why I quit my job – My Little Blog', 'My Little Blog', 'Why I quit my job'],
    ['Le retour du loup - Le Monde.fr', 'Le Monde.fr', 'Le retour du loup'],
    ['Syrie : la France et la Russie', 'Zone Défense', 'Syrie : la France et la Russie'],
    ['Ask HN: What are the best papers you read in your life? | Hacker News', 'news.ycombinator.com', 'Ask HN: What are the best papers you read in your life?'],
    ['Syrie : la France et la Russie', 'zone-defense.example', 'Syrie : la France et la Russie'],
    ['Власти Финляндии решили не продлевать эксперимент - Сайт', 'vc.ru', 'Власти Финляндии решили не продлевать эксперимент - Сайт'],
    ['The Nation Is Losing Its Toolbox - Slashdot', 'slashdot.org', 'The Nation Is Losing Its Toolbox'],
    ['Instagram photos from Iceland: Reykjavik | Legal Nomads', 'www.legalnomads.com', 'Instagram photos from Iceland: Reykjavik'],
    ['Interview With Rocky Angelucci, Author of “Don’t Die Early” – Part Two', 'www.fathead-movie.com', 'Interview With Rocky Angelucci, Author of “Don’t Die Early” – Part Two'],
    ['Un titre assez long pour le site | Un autre nom', 'Zone Défense', 'Un titre assez long pour le site | Un autre nom'],
  ])('%s', (title, site, want) => {
    expect(stripSite(title, site)).toBe(want);
  });
});

describe('langOf', () => {
  const doc = (html: string) => new JSDOM(html).window.document;
  it('prefers <html lang>', () => expect(langOf(doc('<html lang="en-GB"><head><meta http-equiv="content-language" content="fr"></head></html>'))).toBe('en-GB'));
  it('falls back on content-language', () => expect(langOf(doc('<html><head><meta http-equiv="Content-Language" content="fr-FR"></head></html>'))).toBe('fr-FR'));
  it('is null when the page says nothing', () => expect(langOf(doc('<html><body>x</body></html>'))).toBeNull());
});

describe('byline from metadata', () => {
  const page = (head: string) => new JSDOM(`<!doctype html><html><head>${head}</head><body><p>x</p></body></html>`).window.document;
  // Metadata names are case-insensitive in HTML; the selector says so, so every DOM agrees.
  it('reads <meta name="Author"> whatever the case of its name', () => {
    expect(extractArticle(page('<meta name="Author" content="Robert Nyman">')).byline).toBe('Robert Nyman');
    expect(extractArticle(page('<meta name="author" content="Ana">')).byline).toBe('Ana');
    expect(extractArticle(page('<meta name="authors" content="No">')).byline).toBeNull();
  });
});
