/**
 * Key phrases of 1 to 3 words: runs of content words counted once per comment, longer phrases
 * preferred when they are nearly as frequent as their words; each marked offArticle when the
 * article does not use its words (what the comments bring up themselves).
 */
import type { Keyword } from '../analysis-types';
import type { Doc, Vocab } from './prepare';

const MAX_DOCS = 5000;

export function keywords(docs: readonly Doc[], vocab: Vocab, articleTerms: ReadonlySet<number>, max = 15): Keyword[] {
  const V = vocab.surface.length + 1;
  const df = new Map<number, number>();
  const step = Math.max(1, docs.length / MAX_DOCS);
  // First pass: single words, so that phrases are counted only over words frequent enough.
  const uni = new Uint32Array(V);
  const mark = new Int32Array(V).fill(-1);
  let seen = 0;
  for (let x = 0; x < docs.length; x += step, seen++) {
    for (const t of docs[Math.floor(x)].seq) if (t >= 0 && mark[t] !== seen) {
      mark[t] = seen;
      uni[t]++;
    }
  }
  const minDf = Math.max(2, Math.ceil(seen * 0.01));
  seen = 0;
  for (let x = 0; x < docs.length; x += step) {
    const d = docs[Math.floor(x)];
    seen++;
    const inDoc = new Set<number>();
    const s = d.seq;
    for (let i = 0; i < s.length; i++) {
      if (s[i] < 0) continue;
      let key = 0;
      for (let n = 0; n < 3 && i + n < s.length && s[i + n] >= 0 && uni[s[i + n]] >= minDf; n++) {
        if (n > 0 && s[i + n] === s[i + n - 1]) break;
        key = key * V + s[i + n] + 1;
        if (!inDoc.has(key)) {
          inDoc.add(key);
          df.set(key, (df.get(key) ?? 0) + 1);
        }
      }
    }
  }
  const scored = [...df.entries()]
    .filter(([, c]) => c >= minDf)
    .map(([key, c]) => {
      const ts = decode(key, V);
      return { key, ts, c, score: c * (1 + 0.6 * (ts.length - 1)) };
    })
    .sort((a, b) => b.score - a.score);
  const out: Keyword[] = [];
  const taken: number[][] = [];
  for (const p of scored) {
    // Skip a phrase whose words are all inside one already taken (or the reverse, nearly as frequent).
    if (taken.some((t) => p.ts.every((x) => t.includes(x)) || t.every((x) => p.ts.includes(x)))) continue;
    taken.push(p.ts);
    out.push({
      phrase: p.ts.map((t) => vocab.surface[t]).join(' '),
      score: Math.round((p.c / seen) * 1000) / 1000,
      offArticle: articleTerms.size > 0 && !p.ts.some((t) => articleTerms.has(t)),
    });
    if (out.length >= max) break;
  }
  return out;
}

/** Phrase key -> term ids (the key is the ids + 1 written in base V). */
function decode(key: number, V: number): number[] {
  const ids: number[] = [];
  for (let k = key; k > 0; k = Math.floor(k / V)) ids.unshift((k % V) - 1);
  return ids;
}
