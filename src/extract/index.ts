import type { Extraction } from '../core/types';
import type { AdapterResult, ExtractContext } from './types';
import { adapters } from './adapters';

export interface ExtractOptions {
  url?: string;
  /** Time budget for adapters, in ms. */
  budgetMs?: number;
  now?: () => number;
}

const emptyPagination = () => ({ paginated: false, loadMore: false, framed: null });

/**
 * Reads a parsed page (live or jsdom) into plain records. Tries adapters in
 * order of their detection confidence and keeps the first that finds comments.
 */
export function extractPage(doc: Document, opts: ExtractOptions = {}): Extraction {
  const now = opts.now ?? (() => Date.now());
  const url = opts.url ?? doc.URL ?? '';
  const ctx: ExtractContext = { url, deadline: now() + (opts.budgetMs ?? 4000), now };
  const title = (doc.title || '').trim();
  const lang = doc.documentElement?.getAttribute('lang')?.trim() || null;

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
    article: { title, byline: null, published: null, lang, text: '', site: null },
    announcedCount: best?.res.announcedCount ?? null,
    closed: best?.res.closed ?? false,
    comments: best?.res.comments ?? [],
    pagination: emptyPagination(),
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
