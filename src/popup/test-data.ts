import type { Analysis } from '../core/analysis-types';
import { analyze } from '../core/analyze';
import type { CommentRecord, Extraction } from '../core/types';

/**
 * Synthetic discussions for tests, the screenshot harness and the benchmark:
 * deterministic (seeded), any size, with the traits the popup must handle
 * (deep replies, questions, links, inferred reply links, an article author).
 * Pure: no DOM, so a page or Node can use it.
 */

export interface SyntheticOptions {
  comments: number;
  seed?: number;
  /** Share of comments that start a new thread. */
  topLevelShare?: number;
  maxDepth?: number;
  /** Run the text analysis too (slower on thousands of comments). */
  summary?: boolean;
}

const NAMES = ['Camille', 'Lagaffe', 'Juju', 'Vauban', 'Marsouin', 'Pierre D.', 'Élodie', 'Tom', 'Kiwi', 'Rafale75', 'Zoé', 'Fred', 'Nadia', 'Old Sarge', 'Léa M.', 'Bruno'];
const SENTENCES = [
  'La coordination avec Moscou reste très théorique.',
  'Les frappes visent surtout les rebelles, pas Daesh.',
  'I think the numbers in the article are too optimistic.',
  'Sources are in the report linked below.',
  'Encore un accord qui ne changera rien sur le terrain.',
  'The logistics alone make this plan hard to believe.',
  'Merci pour cet article clair et bien documenté.',
  'Personne ne parle du coût de ces opérations.',
];
const QUESTIONS = ['Qui paiera la facture ?', 'Where does the 20% figure come from?', 'Est-ce que quelqu’un a lu le communiqué ?'];

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticExtraction(o: SyntheticOptions): Extraction {
  const rand = rng(o.seed ?? 1);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const authors = Array.from({ length: Math.max(4, Math.ceil(o.comments / 8)) }, (_, i) => (i < NAMES.length ? NAMES[i] : `${pick(NAMES)} ${i}`));
  const comments: CommentRecord[] = [];
  let time = Date.parse('2015-12-21T08:00:00Z');
  for (let i = 0; i < o.comments; i++) {
    const parent = i === 0 || rand() < (o.topLevelShare ?? 0.15) ? null : comments[Math.max(0, i - 1 - Math.floor(rand() * Math.min(i, 40)))];
    const depth = parent ? Math.min(parent.depth + 1, o.maxDepth ?? 8) : 0;
    const real = parent && parent.depth + 1 <= (o.maxDepth ?? 8) ? parent : null;
    const paragraphs = [Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(SENTENCES)).join(' ')];
    if (rand() < 0.15) paragraphs.push(pick(QUESTIONS));
    const links = rand() < 0.08 ? [`https://example.org/source/${i}`] : [];
    time += Math.floor(rand() * 40 * 60_000);
    comments.push({
      id: `c${i + 1}`,
      parentId: real ? real.id : null,
      parentInferred: real !== null && rand() < 0.05 ? true : undefined,
      author: i % 29 === 5 ? authors[0] : pick(authors),
      authorUrl: null,
      time: new Date(time).toISOString(),
      text: paragraphs.join('\n\n'),
      paragraphs,
      links,
      permalink: `https://blog.example.fr/2015/12/21/debat/#comment-${i + 1}`,
      depth: real ? depth : 0,
      kind: 'comment',
      anchor: null,
    });
  }
  const title = `Débat synthétique de ${o.comments} commentaires`;
  return {
    url: 'https://blog.example.fr/2015/12/21/debat/',
    title,
    lang: 'fr',
    platform: 'synthetic',
    confidence: 1,
    article: { title, byline: authors[0], published: '2015-12-21T07:30:00Z', lang: 'fr', text: SENTENCES.join(' '), site: 'blog.example.fr' },
    announcedCount: o.comments + 3,
    closed: false,
    comments,
    pagination: { paginated: false, loadMore: true, framed: null },
    notes: [],
  };
}

export const syntheticAnalysis = (o: SyntheticOptions): Analysis => analyze(syntheticExtraction(o), { summary: o.summary ?? false });

/** A readable page without a comment section. */
export function emptyAnalysis(): Analysis {
  const title = 'Page sans commentaires';
  return analyze({
    url: 'https://example.fr/page',
    title,
    lang: 'fr',
    platform: 'none',
    confidence: 0,
    article: { title, byline: null, published: null, lang: 'fr', text: '', site: 'example.fr' },
    announcedCount: null,
    closed: false,
    comments: [],
    pagination: { paginated: false, loadMore: false, framed: null },
    notes: [],
  });
}
