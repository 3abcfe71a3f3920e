import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import type { CommentRecord, Extraction } from './types';
import { commentRecord } from './test-records';

const comment = (id: string, text: string, extra: Partial<CommentRecord> = {}): CommentRecord =>
  commentRecord({ id, text, author: `auteur-${id}`, ...extra });

const fr = [
  "La France et la Russie vont renforcer leurs échanges en matière d'information militaire, ce qui semble logique après les attentats de novembre et les frappes en Syrie.",
  "Je ne suis pas certain que cette coopération dure bien longtemps, les intérêts des deux pays divergent sur l'avenir du régime syrien et sur l'Ukraine.",
  "Les sanctions européennes contre la Russie ont été prolongées de six mois, ce qui rend cette collaboration militaire pour le moins paradoxale aux yeux de beaucoup.",
  "Il faudrait surtout que nos services de renseignement partagent davantage avec nos partenaires européens avant de se tourner vers Moscou pour ce genre de choses.",
];
const en = "I think this cooperation is mostly symbolic: intelligence sharing between France and Russia has always been limited, and neither side will give away its sources or its methods.";

function extraction(comments: CommentRecord[]): Extraction {
  return {
    url: 'https://example.org/post',
    title: 'Syrie',
    lang: 'fr-FR',
    platform: 'wordpress',
    confidence: 0.9,
    article: { title: 'Syrie', byline: null, published: null, lang: 'fr-FR', text: '', site: null },
    comments,
    announcedCount: null,
    closed: false,
    pagination: { paginated: false, loadMore: false, framed: null },
    notes: [],
  };
}

describe('language of each comment', () => {
  it('gives long comments the discussion language, or their own where it differs; short ones none', () => {
    const a = analyze(extraction([...fr.map((t, i) => comment(`c${i}`, t)), comment('en1', en), comment('short', 'Merci !')]));
    const lang = Object.fromEntries(a.comments.map((c) => [c.id, c.lang ?? null]));
    expect(a.summary?.lang).toBe('fr');
    for (let i = 0; i < fr.length; i++) expect(lang[`c${i}`]).toBe('fr');
    expect(lang.en1).toBe('en');
    expect(lang.short).toBeNull();
    expect(a.summary?.commentLangs).toEqual({ en1: 'en' });
  });

  it('keeps a language the markup gave', () => {
    const a = analyze(extraction([...fr.map((t, i) => comment(`c${i}`, t)), comment('x', en, { lang: 'en-GB' })]));
    expect(a.comments.find((c) => c.id === 'x')?.lang).toBe('en-GB');
  });

  it('leaves languages alone until the text analysis runs', () => {
    const a = analyze(extraction(fr.map((t, i) => comment(`c${i}`, t))), { summary: false });
    expect(a.comments.every((c) => c.lang === undefined)).toBe(true);
  });
});
