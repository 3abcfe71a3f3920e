/** Synthetic comment pages for the benchmark: deterministic, realistic length and nesting. */
import type { CommentRecord } from '../src/core/types';

const FR = (
  'le la les un une des de du et que qui pas sanctions russie ukraine visas europe accord gouvernement guerre paix ' +
  'frappes civils syrie daesh coopération renseignement confiance parole président ministre armée économie pétrole ' +
  'banque je pense vous avez tort raison car mais donc pourtant vraiment encore toujours jamais beaucoup trop peu ' +
  'france français politique pays monde question problème réponse article sujet'
).split(' ');
const EN = (
  'the a of and to is that not government should ban policy people right freedom money tax jobs health research ' +
  'science risk safety children school work market price energy climate vote election party media truth lie war ' +
  'peace army i think you are wrong because but so really still always never much too little country world'
).split(' ');
const OPENERS = ['Bravo', 'Merci', '@Paul', 'Exactement', 'Non', 'Je pense que', 'Really?', 'Well', '« Citation »'];

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same pages. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(r: () => number, WORDS: readonly string[]): string {
  const n = 6 + Math.floor(r() * 18);
  // Zipf-like: a few words very common, most rare, plus a tail of unique tokens.
  const ws = Array.from({ length: n }, () => (r() < 0.08 ? `mot${Math.floor(r() * 20000)}` : WORDS[Math.floor(WORDS.length * r() * r())]));
  return `${ws.join(' ')}${r() < 0.15 ? ' ?' : r() < 0.2 ? ' !' : '.'}`;
}

export function syntheticComments(n: number, seed = 1): CommentRecord[] {
  const r = rng(seed);
  const out: CommentRecord[] = [];
  const authors = Math.max(20, Math.floor(n / 6));
  for (let i = 0; i < n; i++) {
    // About 40% top-level; replies mostly to recent comments, giving deep chains and wide threads.
    const parent = i > 0 && r() > 0.4 ? out[Math.max(0, i - 1 - Math.floor(r() * r() * 30))] : null;
    // A French page with some English comments.
    const words = r() < 0.9 ? FR : EN;
    const sentences = r() < 0.25 ? 1 : 1 + Math.floor(r() * r() * 8);
    const text = `${r() < 0.1 ? `${OPENERS[Math.floor(r() * OPENERS.length)]} ` : ''}${Array.from({ length: sentences }, () => sentence(r, words)).join(' ')}`;
    out.push({
      id: String(i + 1), parentId: parent?.id ?? null, author: `user${Math.floor(r() * r() * authors)}`, authorUrl: null,
      time: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString(), text, paragraphs: [text],
      links: r() < 0.03 ? ['https://example.org/a'] : [], permalink: null, depth: parent ? parent.depth + 1 : 0, kind: 'comment',
    });
  }
  return out;
}
