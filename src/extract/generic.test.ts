import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { genericAdapter } from './generic';

const fixtures = path.resolve(__dirname, '../../test/fixtures');
const ctx = { url: 'https://example.org/article', deadline: Date.now() + 60_000, now: () => Date.now() };

function run(file: string) {
  const html = readFileSync(path.join(fixtures, file), 'utf8');
  const doc = new JSDOM(html, { url: ctx.url, virtualConsole: new VirtualConsole() }).window.document;
  return genericAdapter.extract(doc, ctx);
}

describe('generic detector on small pages of its own', () => {
  it('reads a French thread nested by containment, with authors, times and text only', () => {
    const res = run('generic-fr-nested.html');
    expect(res?.comments.map((c) => [c.author, c.parentId, c.depth])).toEqual([
      ['Marie Dupont', null, 0],
      ['Jean-Baptiste', 'reaction-101', 1],
      ['Karim B.', null, 0],
    ]);
    expect(res?.comments[0].time).toBe('2024-01-03T09:12:00+01:00');
    expect(res?.comments[0].text).toBe('Merci pour cet article clair. Les carrières longues restent le point le plus flou du texte.');
    expect(res?.comments.some((c) => /Répondre|Publier|Impôts/.test(c.text))).toBe(false);
  });

  it('reads marker-led blocks with a "posted on … by …" footer on a page wrapped in one big form', () => {
    const res = run('generic-page-form-markers.html');
    expect(res?.comments.map((c) => [c.id, c.author, c.timeText])).toEqual([
      ['comment5012', 'Ana Ruiz', 'March 4, 2024 at 9:12 AM'],
      ['comment5019', 'Tom Becker', 'March 4, 2024 at 11:40 AM'],
      ['comment5031', 'Claire M.', 'March 5, 2024 at 8:05 AM'],
    ]);
    expect(res?.comments[2].text).toBe("Très juste sur la fiche de poste : nous avons recruté trois fois la mauvaise personne avant de l'écrire.");
    expect(res?.comments.some((c) => /posted on|Post comment|Hiring your first/.test(c.text))).toBe(false);
  });

  it('leaves out the status-change entries of a list whose comments keep their text in a body element', () => {
    const res = run('generic-activity-entries.html');
    expect(res?.comments.map((c) => c.author)).toEqual(['Ana Ruiz', 'Li Wei', 'Ana Ruiz']);
    expect(res?.comments.some((c) => /Changed in|Confirmed/.test(c.text))).toBe(false);
  });

  it('rebuilds a flat thread from data-depth', () => {
    const res = run('generic-flat-depth.html');
    expect(res?.comments.map((c) => [c.id, c.author, c.parentId])).toEqual([
      ['m1', 'kgarner', null],
      ['m2', 'ops_lena', 'm1'],
      ['m3', 'kgarner', 'm2'],
      ['m4', 'tdoyle', null],
    ]);
  });

  it('infers parents from @name and "name," in a flat thread, marked as inferred', () => {
    const res = run('generic-flat-addressed.html');
    expect(res?.comments.map((c) => [c.id, c.parentId, c.parentInferred ?? false])).toEqual([
      ['c1', null, false],
      ['c2', null, false],
      ['c3', 'c1', true],
      ['c4', 'c3', true],
    ]);
  });

  it('reads parents from "in response to" and @name links, as stated by the markup', () => {
    const res = run('generic-reply-links.html');
    expect(res?.comments.map((c) => [c.id, c.parentId, c.parentInferred ?? false])).toEqual([
      ['comment-501', null, false],
      ['comment-502', null, false],
      ['comment-503', 'comment-501', false],
      ['comment-504', 'comment-503', false],
    ]);
  });

  it.each([['generic-neg-widget.html'], ['generic-neg-code.html'], ['no-comments.html']])(
    'says nothing on %s (widget, count link, empty form, code comments)',
    (file) => {
      expect(run(file)).toBeNull();
    },
  );
});
