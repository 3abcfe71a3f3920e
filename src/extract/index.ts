import type { Extraction } from '../core/types';
import type { AdapterResult, ExtractContext } from './types';
import { adapters } from './adapters';
import { extractArticle } from './article';
import { announcedCount } from './announced';
import { commentsClosed } from './closed';
import { paginationOf } from './pagination';

export interface ExtractOptions {
  url?: string;
  /** Time budget for adapters, in ms. */
  budgetMs?: number;
  now?: () => number;
}

/**
 * Reads a parsed page (live or jsdom) into plain records. Tries adapters in
 * order of their detection confidence and keeps the first that finds comments.
 */
export function extractPage(doc: Document, opts: ExtractOptions = {}): Extraction {
  const now = opts.now ?? (() => Date.now());
  const url = opts.url ?? doc.URL ?? '';
  const ctx: ExtractContext = { url, deadline: now() + (opts.budgetMs ?? 4000), now };
  const title = (doc.title || '').trim();
  const article = safe(() => extractArticle(doc, url), { title, byline: null, published: null, lang: null, text: '', site: null });
  const lang = article.lang;

  const ranked = adapters
    .map((a) => ({ a, score: safe(() => a.detect(doc), 0) }))
    .filter((x) => x.score > 0)
    .sort((x, y) => y.score - x.score);

  let best: { name: string; res: AdapterResult } | null = null;
  const notes: string[] = [];
  for (const { a } of ranked) {
    const res = safe(() => a.extract(doc, ctx), null);
    if (res && res.comments.length) {
      best = { name: a.name, res };
      break;
    }
  }
  if (best?.res.notes) notes.push(...best.res.notes);
  return {
    url,
    title,
    lang,
    platform: best?.name ?? 'none',
    confidence: best?.res.confidence ?? 0,
    article,
    // The adapter's own reading wins; the page-wide readers fill in what it left open.
    announcedCount: best?.res.announcedCount ?? safe(() => announcedCount(doc, url), null),
    closed: best?.res.closed ?? safe(() => commentsClosed(doc), false),
    comments: best?.res.comments ?? [],
    pagination: safe(() => paginationOf(doc), { paginated: false, loadMore: false, framed: null }),
    notes,
  };
}

function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}
