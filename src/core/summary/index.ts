/**
 * Offline text analysis of a comment section, in the comments' own language: key points,
 * per-thread lines, key phrases, questions, exchanges and tone. Pure: Node, service worker, popup.
 */
import type { Summary } from '../analysis-types';
import type { ArticleRecord, CommentRecord, ThreadNode } from '../types';
import { termKey, words } from '../text';
import { keyPoints, type KeyPointOptions } from './key-points';
import { keywords } from './keywords';
import { prepareDocs, type Doc, type Vocab } from './prepare';
import { exchanges, questions } from './signals';
import { threadSummaries } from './threads';
import { bucketsOf, countBuckets, toneOf } from './tone';

export interface SummaryInput {
  comments: readonly CommentRecord[];
  roots: readonly ThreadNode[];
  article: ArticleRecord;
  lang: string | null;
}

function termIds(text: string, lang: string, vocab: Vocab): Set<number> {
  const ids = new Set<number>();
  for (const t of words(text, lang)) {
    const id = vocab.ids.get(termKey(t.text, lang));
    if (id !== undefined) ids.add(id);
  }
  return ids;
}

/** A passage listed under its comment (called per passage: optimised early, unlike a long loop run once). */
function addUnit(u: Doc, unitsById: Map<string, Doc[]>): void {
  const list = unitsById.get(u.comment.id);
  if (list) list.push(u);
  else unitsById.set(u.comment.id, [u]);
}

export function summarize(input: SummaryInput, tuning: Partial<KeyPointOptions> = {}): Summary {
  const { docs, units, vocab, lang } = prepareDocs(input.comments, input.lang ?? input.article.lang);
  const byId = new Map<string, Doc>(docs.map((d) => [d.comment.id, d]));
  const langOf = (c: CommentRecord) => byId.get(c.id)?.lang ?? lang;
  const titleTerms = termIds(input.article.title, lang, vocab);
  const articleTerms = termIds(`${input.article.title}\n${input.article.text}`, lang, vocab);

  const tone = docs.map((d) => toneOf(d.comment.id, d.body, d.lang, d.toneWords));
  const buckets = tone.map(bucketsOf);
  const unitsById = new Map<string, Doc[]>();
  for (let i = 0; i < units.length; i++) addUnit(units[i], unitsById);
  const threads = threadSummaries(input.roots, (id) => byId.get(id), (id) => unitsById.get(id) ?? [], (d) => buckets[d.index]);

  const commentLangs: Record<string, string> = {};
  for (const d of docs) if (d.lang !== lang && d.lang !== 'und') commentLangs[d.comment.id] = d.lang;
  return {
    lang,
    commentLangs,
    keyPoints: keyPoints(units, vocab, { titleTerms, total: docs.length, ...tuning }),
    threads,
    keywords: keywords(docs, vocab, articleTerms, lang),
    questions: questions(input.roots, langOf),
    exchanges: exchanges(input.comments),
    tone: { distribution: countBuckets(buckets), perComment: tone.filter((_, i) => buckets[i][0] !== 'neutral') },
  };
}
