/**
 * Key phrases of 1 to 3 words: runs of content words counted once per comment, longer phrases
 * preferred when they are nearly as frequent as their words; each marked offArticle when the
 * article does not use its words (what the comments bring up themselves). A phrase needs a word
 * outside the language's broad stopword list (broadStopwordsFor), its greetings and salutations
 * (lexicons.ts): so, just, not, thanks, encore, plus, bien, très bien, hallo, cheers, congrats or liebe
 * are frequent in a discussion and name no topic; a phrase with one of them is a sign-off, praise or
 * an address ("liebe grüße", "great post", "liebe annette"). That list also holds some
 * topic words (research, fire, état): alone they are not key phrases, in a phrase they count.
 * In German, a word alone must be written with a capital more often than not where no sentence starts:
 * German capitalises its nouns, so "einfach", "geändert" or "lesen" (how, not what) are left out,
 * "Artikel" and "Gesetz" kept; a word seen only where sentences start ("Oh") is left out too.
 */
import type { Keyword } from '../analysis-types';
import { broadStopwordsFor, fold } from '../text';
import { GREETINGS, SALUTATIONS } from './lexicons';
import type { Doc, Vocab } from './prepare';

const MAX_DOCS = 2000;

/**
 * Phrases as a trie of term ids (node 0: root): small integer keys, no allocation per phrase.
 * `last`: the document that last counted the node.
 */
interface Trie { children: (Map<number, number> | undefined)[]; term: number[]; parent: number[]; count: number[]; last: number[] }

// One document per call (not one loop over all documents): the engine optimises a function called
// thousands of times from its first page, where a single long loop runs unoptimised until replaced.
function countTerms(seq: Int32Array, uni: Uint32Array, mark: Int32Array, doc: number): void {
  for (let i = 0; i < seq.length; i++) {
    const t = seq[i];
    if (t >= 0 && mark[t] !== doc) {
      mark[t] = doc;
      uni[t]++;
    }
  }
}

function countPhrases(s: Int32Array, trie: Trie, uni: Uint32Array, minDf: number, doc: number): void {
  const { children, term, parent, count, last } = trie;
  for (let i = 0; i < s.length; i++) {
    let node = 0;
    for (let n = 0; n < 3 && i + n < s.length && s[i + n] >= 0 && uni[s[i + n]] >= minDf; n++) {
      if (n > 0 && s[i + n] === s[i + n - 1]) break;
      let kids = children[node];
      if (!kids) children[node] = kids = new Map();
      let next = kids.get(s[i + n]);
      if (next === undefined) {
        next = term.length;
        kids.set(s[i + n], next);
        children.push(undefined);
        term.push(s[i + n]);
        parent.push(node);
        count.push(0);
        last.push(-1);
      }
      node = next;
      if (last[node] !== doc) {
        last[node] = doc;
        count[node]++;
      }
    }
  }
}

export function keywords(docs: readonly Doc[], vocab: Vocab, articleTerms: ReadonlySet<number>, lang: string, max = 15): Keyword[] {
  const V = vocab.surface.length + 1;
  const step = Math.max(1, docs.length / MAX_DOCS);
  // First pass: single words, so that phrases are counted only over words frequent enough.
  const uni = new Uint32Array(V);
  const mark = new Int32Array(V).fill(-1);
  let seen = 0;
  for (let x = 0; x < docs.length; x += step, seen++) countTerms(docs[Math.floor(x)].seq, uni, mark, seen);
  const minDf = Math.max(2, Math.ceil(seen * 0.01));
  const children: (Map<number, number> | undefined)[] = [undefined];
  const term = [-1];
  const parent = [-1];
  const count = [0];
  const last = [-1];
  const trie: Trie = { children, term, parent, count, last };
  seen = 0;
  for (let x = 0; x < docs.length; x += step) countPhrases(docs[Math.floor(x)].seq, trie, uni, minDf, seen++);
  const phrase = (node: number) => {
    const ids: number[] = [];
    for (let k = node; k > 0; k = parent[k]) ids.unshift(term[k]);
    return ids;
  };
  const broad = broadStopwordsFor(lang);
  const greetings = GREETINGS[lang.slice(0, 2)] ?? GREETINGS.en;
  const salutations = SALUTATIONS[lang.slice(0, 2)];
  const greets = (f: string): boolean => greetings.has(f) || salutations?.has(f) === true;
  const cases = lang.slice(0, 2) === 'de' ? vocab.cases : undefined;
  const notNoun = (t: number): boolean => !!cases && !(cases.upper[t] > cases.lower[t]);
  const scored: { ts: number[]; c: number; score: number }[] = [];
  for (let node = 1; node < term.length; node++) {
    if (count[node] < minDf) continue;
    const ts = phrase(node);
    // A greeting or salutation in a phrase makes it a sign-off, praise or an address ("liebe grüße",
    // "great post", "liebe annette"), not a topic.
    const folded = ts.map((t) => fold(vocab.surface[t]));
    if (!folded.some((f) => !broad.has(f) && !greets(f)) || (ts.length > 1 && folded.some(greets))) continue;
    if (ts.length === 1 && notNoun(ts[0])) continue;
    scored.push({ ts, c: count[node], score: count[node] * (1 + 0.6 * (ts.length - 1)) });
  }
  scored.sort((a, b) => b.score - a.score);
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
