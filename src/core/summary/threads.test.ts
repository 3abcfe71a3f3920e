import { describe, expect, test } from 'vitest';
import { commentRecord } from '../test-records';
import { buildTree } from '../tree';
import { summarize } from '.';
import { ROOT_ONLY_BELOW } from './threads';

const c = (id: string, text: string, parentId: string | null = null) => commentRecord({ id, text, parentId, author: `a${id}` });
const article = { title: 'Un article', byline: null, published: null, lang: 'fr', text: '', site: null };

function lines(comments: ReturnType<typeof c>[], lang = 'fr'): string[] {
  return summarize({ comments, roots: buildTree(comments), article: { ...article, lang }, lang }).threads.map((t) => t.text);
}

describe('thread lines', () => {
  test('a small thread is summed up by its root, not by a reply that repeats its words', () => {
    // The reply shares the root's words and is shorter: scored as the most representative, it would win.
    const root = 'Balkany jouant de la guitare électrique, c’est pas mal ! Il paraît que maintenant il va se mettre au violon, après la guitare.';
    expect(lines([c('1', root), c('2', 'La guitare électrique, le violon… il joue de tout, Balkany.', '1')])).toEqual([root]);
    expect(lines([
      c('1', 'This was the year of consumer cameras for Nikon, with the D3200 and the D5200 both out.'),
      c('2', 'Yeah because the Nikon D4 and D800 cameras did not count this year', '1'),
      c('3', 'Consumer cameras sell, so Nikon makes consumer cameras.', '1'),
    ], 'en')[0]).toMatch(/^This was the year/);
  });

  test('a root that says nothing leaves the line to a reply', () => {
    expect(lines([c('1', '+1'), c('2', 'Les sanctions contre la Russie pénalisent surtout nos agriculteurs et nos entreprises.', '1')]))
      .toEqual(['Les sanctions contre la Russie pénalisent surtout nos agriculteurs et nos entreprises.']);
  });

  test(`from ${ROOT_ONLY_BELOW} comments on, the reply most in line with the thread stands for it`, () => {
    const root = 'Mdr, je ne parviens pas à croire que quelqu’un lise encore ce blog après tant d’années.';
    const central = 'Les sanctions contre la Russie et le prix du gaz pénalisent nos agriculteurs.';
    const replies = Array.from({ length: ROOT_ONLY_BELOW }, (_, i) =>
      c(String(i + 2), `Les sanctions contre la Russie pénalisent ${['les agriculteurs', 'le gaz', 'nos entreprises', 'les éleveurs', 'les ports', 'le vin', 'les banques', 'les céréales', 'le tourisme', 'les usines', 'les routiers'][i]} plus que Moscou.`, '1'));
    const big = [c('1', root), c('2', central, '1'), ...replies.slice(1)];
    expect(lines(big)[0]).not.toBe(root);
    expect(lines(big.slice(0, ROOT_ONLY_BELOW - 1))[0]).toBe(root);
  });
});
