import { describe, expect, test } from 'vitest';
import { commentRecord } from '../test-records';
import type { CommentRecord } from '../types';
import { summarize } from './index';
import { assign } from './key-points';
import { prepareDocs, type Doc } from './prepare';
import { documentFrequency, tfidf } from './vectors';

/** A long discussion: every argument voiced by every opener (the openers' words carry no argument). */
function discussion(openers: readonly string[], args: readonly string[], extra: readonly string[]): CommentRecord[] {
  const texts = [...args.flatMap((a) => openers.map((o) => `${o} ${a}`)), ...extra];
  return texts.map((text, i) => commentRecord({ id: String(i + 1), text, author: `p${i}` }));
}

const run = (comments: CommentRecord[], lang: string) =>
  summarize({ comments, roots: comments.map((comment) => ({ comment, children: [], depth: 0, descendants: 0 })), lang,
    article: { title: '', byline: null, published: null, lang, text: '', site: null } }).keyPoints;

const CASES = [
  ['en', [
    'flag burning should stay legal because', 'i think that', 'honestly,', 'we should not prohibit it since', 'in my opinion', 'clearly',
    'it is simple:', 'as a veteran i still say', 'the truth is that', 'people forget that', 'remember that', 'i believe', 'obviously',
    'my view is that', 'frankly',
  ], [
    'burning a flag is a form of free speech protected by the constitution and the first amendment',
    'burning the flag is disrespectful to the soldiers who died defending this nation and its symbols',
    'burning flags incites violence and riots, angry crowds attack each other in the streets',
  ], 'burning a flag is free speech protected by the first amendment, but it is disrespectful to the soldiers who died defending this nation'],
  ['fr', [
    'à mon avis', 'franchement,', 'je pense que', 'il faut rappeler que', 'soyons clairs :', 'personnellement je crois que', 'en fait',
    'de toute façon', 'évidemment', 'on oublie que', 'pour moi', 'il est clair que', 'je maintiens que', 'sincèrement,', 'bref,',
  ], [
    'les sanctions contre la Russie pénalisent surtout nos agriculteurs et nos entreprises exportatrices',
    'la coopération militaire avec les Russes contre Daesh est une nécessité pour notre sécurité',
    'la suppression des visas pour la Géorgie et le Kosovo va ouvrir la porte aux migrations économiques',
  ], 'les sanctions pénalisent nos agriculteurs et nos entreprises exportatrices, et la coopération militaire avec les Russes contre Daesh est une nécessité'],
] as const;

describe('key points of a long discussion', () => {
  test.each(CASES)('%s: voices restating one argument give one key point, one per argument', (lang, openers, args, both) => {
    const comments = discussion(openers, args, [both]);
    const bothId = comments[comments.length - 1].id;
    const kps = run(comments, lang);
    const argOf = (id: string) => Math.floor((Number(id) - 1) / openers.length);
    const argsOf = kps.slice(0, 3).map((k) => new Set(k.commentIds.filter((id) => id !== bothId).map(argOf)));
    for (const a of argsOf) expect(a.size).toBe(1);
    expect(new Set(argsOf.map((a) => [...a][0]))).toEqual(new Set([0, 1, 2]));
  });
});

describe('assign', () => {
  test.each(CASES)('%s: a comment that makes two arguments at once is marked as between them', (lang, openers, args, both) => {
    const comments = [...args, `${openers[0]} ${args[0]}`, both].map((text, i) => commentRecord({ id: String(i + 1), text }));
    const { units, vocab } = prepareDocs(comments, lang);
    const df = documentFrequency(units, vocab.surface.length);
    const vecs = units.map((d) => tfidf(d.seq, df, units.length));
    const runnerUp = new Map<Doc, number>();
    const groups = assign(units, units, vecs, [0, 1, 2], (d) => ({ ...vecs[d.index], size: vecs[d.index].ids.length }), 0.05, runnerUp);
    expect(groups[0]).toContain(units[3]);
    expect(runnerUp.has(units[3])).toBe(false);
    expect(runnerUp.get(units[4])).toBeGreaterThanOrEqual(0);
  });
});
