import { describe, expect, it } from 'vitest';
import { onRawText, phraseIn, type PhraseGate } from './phrase-gate';
import { NOTICE_GATE } from './closed';
import { LOAD_GATE } from './pagination';

/** The longest form of each notice (most words around its key word), and short ones. */
const NOTICES = [
  'les commentaires sont désactivés', 'Commentaires clos', 'les réactions sont closes', 'Comments have been now turned off', 'comments closed',
  'commenting has been now disabled', 'This thread is now closed to commenting', 'Comments for this story are now closed',
  'Kommentare sind deaktiviert', 'Die Kommentarfunktion wurde geschlossen', 'kommentarfunktion geschlossen', 'Los comentarios están cerrados',
  'comentarios cerrados', 'I commenti sono chiusi', 'commenti chiusi', 'Os comentários estão fechados', 'comentários fechados',
  'Reacties zijn gesloten', 'Komentarze są zamknięte', 'Комментарии закрыты', 'Обсуждение закрыто', 'Коментарі закриті',
];
const LABELS = [
  'Load 12 more 3 comments', 'Lire la suite des 12 commentaires', 'show all replies', 'Older comments', 'Afficher tous les 5 réponses',
  'plus de commentaires', 'Commentaires suivants', 'Ältere 4 Kommentare anzeigen', 'Antworten nachladen', 'cargar más comentarios',
  'Carica altri commenti', 'Показать ещё 12 комментариев', 'показать все ответов',
];
const FILLER = ['le', 'texte', 'comment', 'commentaires', 'sont', 'now', 'closed', 'more', 'replies', 'load', 'Reply', 'réponses', 'are', 'les', 'x.', '12', 'Kommentare', 'comments:'];
const SPACES = [' ', ' ', ' ', '\n', '\t', '\u00a0', '\u200b', '\n\n      ', ' '.repeat(300), '\u2003\n'];

/** A small deterministic generator (the same texts on every run). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Filler words and perhaps one phrase (whole, or missing a word), joined by white space runs of any kind and length. */
function texts(phrases: readonly string[], count: number, seed: number): string[] {
  const r = random(seed);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    const words: string[] = [];
    for (let i = Math.floor(r() * 30); i > 0; i--) words.push(pick(FILLER));
    const phrase = pick(phrases).split(' ');
    if (r() < 0.3) phrase.splice(Math.floor(r() * phrase.length), 1);
    const at = Math.floor(r() * (words.length + 1));
    if (r() < 0.8) words.splice(at, 0, ...phrase.map((w) => (r() < 0.2 ? w.toUpperCase() : w)));
    for (let i = Math.floor(r() * 30); i > 0; i--) words.push(pick(FILLER));
    // Words glued to the text before or after (an element's text next to another's).
    out.push(words.map((w) => (r() < 0.1 ? w : w + pick(SPACES))).join(''));
  }
  return out;
}

describe('phraseIn', () => {
  it.each([
    ['closed notice', NOTICE_GATE, NOTICES],
    ['load-more label', LOAD_GATE, LABELS],
  ] as const)('finds a %s exactly where the whole expression does', (_, gate: PhraseGate, phrases) => {
    let found = 0;
    for (const text of texts(phrases, 3000, phrases.length)) {
      const whole = gate.phrase.test(text);
      expect(phraseIn(text, gate), JSON.stringify(text)).toBe(whole);
      if (whole) found++;
    }
    // Both answers occur many times.
    expect(found).toBeGreaterThan(1000);
    expect(found).toBeLessThan(2800);
  });

  it('finds every phrase alone, and with long white space between its words', () => {
    for (const [gate, phrases] of [[NOTICE_GATE, NOTICES], [LOAD_GATE, LABELS]] as const) {
      for (const p of phrases) {
        expect(phraseIn(p, gate), p).toBe(true);
        expect(phraseIn(`avant.${p.split(' ').join('\n\u00a0'.repeat(200))}après`, gate), p).toBe(true);
      }
    }
  });

  it('tests only around key words', () => {
    // A phrase breaking the promise (nine words before its key word "b"): not found.
    const gate: PhraseGate = { key: /b/g, phrase: onRawText(/a 1 2 3 4 5 6 7 8 b/), reach: 8 };
    expect(phraseIn('a 1 2 3 4 5 6 7 8 b', gate)).toBe(false);
    expect(phraseIn('a 1 2 3 4 5 6 7 b', { ...gate, phrase: onRawText(/a 1 2 3 4 5 6 7 b/) })).toBe(true);
    expect(phraseIn('b 1 2 3 4 5 6 7 a', { ...gate, phrase: onRawText(/b 1 2 3 4 5 6 7 a/) })).toBe(true);
    expect(phraseIn('b 1 2 3 4 5 6 7 8 a', { ...gate, phrase: onRawText(/b 1 2 3 4 5 6 7 8 a/) })).toBe(false);
  });

  it('is false on empty text and on text without a key word', () => {
    expect(phraseIn('', NOTICE_GATE)).toBe(false);
    expect(phraseIn('the post is closed, closed, closed', NOTICE_GATE)).toBe(false);
  });
});
