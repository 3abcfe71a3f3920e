import { describe, expect, test } from 'vitest';
import { commentRecord } from '../test-records';
import type { CommentRecord } from '../types';
import { summarize } from './index';
import { assign } from './key-points';
import { representativeSentence, withoutRemarks } from './line';
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

describe('a key point\'s line', () => {
  test.each([
    ['fr', 'MDR ? Vraiment ??? … Il n’y a pas de quoi rire, les sanctions contre la Russie ne marchent pas !',
      'Il n’y a pas de quoi rire, les sanctions contre la Russie ne marchent pas !'],
    ['fr', 'Nous en reparlerons..! Le pragmatisme de Poutine ne s’exprime que lorsque cela joue à son avantage.',
      'Le pragmatisme de Poutine ne s’exprime que lorsque cela joue à son avantage.'],
    ['en', 'Thanks! Flag burning is protected speech under the first amendment. Cheers.',
      'Flag burning is protected speech under the first amendment.'],
    ['de', 'Danke! Die Sanktionen gegen Russland schaden vor allem unseren Bauern.',
      'Die Sanktionen gegen Russland schaden vor allem unseren Bauern.'],
    // A short closing with a greeting signs off, a name in it or not.
    ['de', 'Auch Mineralöle und Silikone sind nicht ideal für die Haut! Liebe Grüße Marie',
      'Auch Mineralöle und Silikone sind nicht ideal für die Haut!'],
    ['de', 'Gestern wurde auf Sky Sport 2 keinerlei Golf gezeigt. Gruß MK', 'Gestern wurde auf Sky Sport 2 keinerlei Golf gezeigt.'],
    ['en', 'This frosting is amazing, definitely my new favorite. Thanks for sharing!', 'This frosting is amazing, definitely my new favorite.'],
  ])('%s: drops the remarks that open or close the point: %s', (lang, text, expected) => {
    expect(withoutRemarks(text, lang)).toBe(expected);
  });

  test.each([
    // Two content words open it: the question names the subject; the remark between two points stays.
    ['fr', 'Plus de visas pour les Kosovars ? Quelle joie ! Ça va faciliter la migration économique vers l’UE.'],
    ['fr', 'M. Dupont a raison sur les sanctions.'],
    ['en', 'Burning a flag is free speech.'],
    ['en', '200M in 19.32? I have gotten speeding tickets for driving slower than that.'],
    ['en', 'He does. And so does Gio, who played the whole season.'],
    ['fr', 'Exactement. Mais les sanctions ne changeront rien à la guerre.'],
    // A mark in brackets or quotes ends no sentence that a small letter continues.
    ['en', 'This is the (end?) result of their whole marketing platform.'],
    ['en', 'In this week\'s "what if?" by Randall Munroe he calculates the dose.'],
    // One content word closes a point; only a thanks or a greeting closes as a remark.
    ['en', 'Our founding fathers gave us the right to bear arms. It should never be abolished.'],
    // A greeting in a longer closing sentence is part of a point.
    ['en', 'The sanctions did nothing. Thanks to them the farmers lost their markets.'],
  ])('%s: keeps a passage with nothing around its point: %s', (lang, text) => {
    expect(withoutRemarks(text, lang)).toBe(text);
  });

  test('a long comment gives its first full sentence, after its opening remark', () => {
    const point = 'Les sanctions contre la Russie pénalisent surtout nos agriculteurs et nos entreprises.';
    const { docs } = prepareDocs([commentRecord({ id: '1', text: `Merci ! ${Array(2000).fill(point).join(' ')} Bravo.` })], 'fr');
    expect(representativeSentence(docs[0])).toBe(point);
  });

  test.each([
    ['@Lagaffe Les sanctions contre la Russie pénalisent surtout nos agriculteurs.', 'Les sanctions contre la Russie pénalisent surtout nos agriculteurs.'],
    ['u/Lagaffe Les sanctions contre la Russie pénalisent surtout nos agriculteurs.', 'Les sanctions contre la Russie pénalisent surtout nos agriculteurs.'],
    ['Les sanctions contre la Russie pénalisent surtout nos agriculteurs, /u/Lagaffe', 'Les sanctions contre la Russie pénalisent surtout nos agriculteurs'],
  ])('a mention is no part of the line: %s', (text, line) => {
    const { docs } = prepareDocs([commentRecord({ id: '1', text })], 'fr');
    expect(representativeSentence(docs[0])).toBe(line);
  });

  test('a passage of remarks only keeps its last one', () => {
    expect(withoutRemarks('Merci. Bravo !', 'fr')).toBe('Bravo !');
  });

  test('the line of a key point is cut from its comment without the opening remarks', () => {
    const comments = discussion(CASES[1][1].slice(0, 12), CASES[1][2], []).map((c, i) =>
      i % 12 === 0 ? { ...c, text: `MDR ? Vraiment ??? ${c.text[0].toUpperCase()}${c.text.slice(1)}` } : c);
    const kps = run(comments, 'fr');
    expect(kps.length).toBeGreaterThan(0);
    for (const k of kps) {
      expect(k.text).not.toMatch(/MDR|Vraiment/);
      expect(withoutRemarks(k.text, 'fr')).toBe(k.text);
    }
  });
});
