import { describe, expect, test } from 'vitest';
import { commentRecord } from '../test-records';
import { prepareDocs } from './prepare';
import { smallPicks } from './small';
import { documentFrequency, tfidf } from './vectors';

const c = (id: string, text: string, parentId: string | null = null) => commentRecord({ id, text, parentId, author: `a${id}` });

function picks(comments: ReturnType<typeof c>[], lang: string): string[] {
  const { units, vocab } = prepareDocs(comments, lang);
  const el = units.filter((u) => u.eligible);
  const df = documentFrequency(el, vocab.surface.length);
  return smallPicks(el, el.map((d) => tfidf(d.seq, df, el.length)), 10).map((i) => el[i].body);
}

const SANCTIONS = 'Encore un échec de Poutine alors… l’UE vient de prolonger aujourd’hui, à l’unanimité, de 6 mois les sanctions contre La Russie dans les secteurs russes de la banque, du pétrole ou de la défense ainsi que la « liste noire » de personnalités russes et ukrainiennes pour leur implication dans le conflit, qui sont interdites de visas et dont les avoirs sont gelés.';
const VISAS = 'De plus, la Commission européenne a plaidé, vendredi 18 décembre, pour l’abolition du régime de visas Schengen pour trois pays : Ukraine, Géorgie et Kosovo…. sans compter l’entrée en vigueur au premier janvier 2016 de l’accord d’association et de l’établissement d’une zone de libre-échange entre l’Union européenne et l’Ukraine.';

describe('smallPicks', () => {
  test.each([
    ['en', [
      'we should not ban human cloning because it can help with medical research and cures for diseases',
      'human cloning should not be banned because medical research on cloning can cure many diseases',
      'cloning is unnatural and humans should not play god with the creation of life',
    ], 2],
    ['fr', [
      'Les sanctions contre la Russie ne servent à rien, elles pénalisent surtout nos agriculteurs et nos entreprises.',
      'Ces sanctions contre la Russie pénalisent nos agriculteurs et nos entreprises bien plus que la Russie.',
      'Coopérer avec les Russes contre Daesh était une nécessité pour la sécurité des Français.',
    ], 2],
  ])('%s: two comments restating one argument give one key point', (lang, texts, n) => {
    expect(picks(texts.map((t, i) => c(String(i + 1), t)), lang)).toHaveLength(n);
  });

  test('a long comment gives two key points when its second passage, quoted by a reply, makes another point', () => {
    const out = picks([
      c('1', `${SANCTIONS}\n${VISAS}`),
      c('2', '» (…) abolition du régime de visas Schengen pour trois pays : Ukraine, Géorgie et Kosovo »!? Mazette, ils sont enragés, ils accélèrent la course vers le mur !', '1'),
      c('3', 'Bravo à Hollande et Le Drian, qui font preuve ici de réalisme face à la Russie et à Daesh.'),
    ], 'fr');
    expect(out.some((b) => b.startsWith('Encore un échec'))).toBe(true);
    expect(out.some((b) => b.startsWith('De plus, la Commission'))).toBe(true);
  });
});
