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

describe('stripSite', () => {
  test.each([
    ['Syrie/Daesh : La Russie | Zone Défense', 'Zone Défense', 'Syrie/Daesh : La Russie'],
    ['Why I quit my job – My Little Blog', 'My Little Blog', 'Why I quit my job'],
    ['Le retour du loup - Le Monde.fr', 'Le Monde.fr', 'Le retour du loup'],
    ['Syrie : la France et la Russie', 'Zone Défense', 'Syrie : la France et la Russie'],
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
