import type { CommentRecord, Extraction } from '../core/types';
import { notes as NOTE } from '../core/notes';
import type { AdapterResult, ExtractContext } from './types';
import { adapters, FALLBACK_ADAPTERS } from './adapters';
import { extractArticle } from './article';
import { announcedCount } from './announced';
import { commentsClosed } from './closed';
import { paginationOf } from './pagination';
import { cutShort, withPageIndex } from './page-index';
import { FIRST_LOOK_COMMENTS } from '../core/first-look';

export interface ExtractOptions {
  url?: string;
  /** Time budget for adapters, in ms. */
  budgetMs?: number;
  now?: () => number;
  /** Scan the page's element list for simple selectors (see page-index.ts): for jsdom, whose selector engine is slow. */
  scanSelectors?: boolean;
  /**
   * A first look, painted while the whole reading follows: its adapter stops once it holds
   * FIRST_LOOK_COMMENTS (and one more, to know there are more), and when it stopped early, by count or
   * budget, the page-wide readers (announced count, closed notice, pagination), a full pass over a big
   * page each, are left to that whole reading.
   */
  firstLook?: boolean;
  /**
   * A first look starts from an index of the page's first this many elements (default: the whole page
   * up to FIRST_LOOK_WHOLE elements, else FIRST_LOOK_PREFIX), and walks the rest only when what it read
   * that way is not a part of a comment system's own thread.
   */
  firstLookPrefix?: number;
}

/**
 * A first look indexes a page of up to this many elements whole (page-index.ts), as a whole reading
 * would: most pages have fewer.
 */
export const FIRST_LOOK_WHOLE = 20_000;

/**
 * Elements a first look indexes before it reads on a page bigger than FIRST_LOOK_WHOLE (a big thread):
 * its head, article and first comments. On the 152 saved pages with comments of ../shared/corpus, the
 * first comment is at most the 2,708th element. This rather than 20,000 took a cold first look in the
 * reading script's world from medians of 44 / 42 ms to 32 / 21 ms on 5,000-comment WordPress / Hacker
 * News pages (`R=16 node bench/first-look-isolated.mjs OLD NEW`, the page's count included).
 */
export const FIRST_LOOK_PREFIX = 8_000;

/** The prefix a first look of `doc` starts from: the whole page when it is not big (one native count of its elements). */
export function firstLookPrefix(doc: Document): number {
  return doc.getElementsByTagName('*').length > FIRST_LOOK_WHOLE ? FIRST_LOOK_PREFIX : FIRST_LOOK_WHOLE;
}

/** Bounds on what one reading keeps, whatever the page holds (memory, storage, the popup). */
export const LIMITS = { comments: 10_000, textChars: 20_000 } as const;

/** Keeps at most LIMITS.comments comments of at most LIMITS.textChars characters each, and says so. */
function bounded(comments: CommentRecord[], notes: string[]): CommentRecord[] {
  const kept = comments.length > LIMITS.comments ? comments.slice(0, LIMITS.comments) : comments;
  if (kept !== comments) notes.push(NOTE.partialComments(LIMITS.comments, comments.length));
  let cut = 0;
  const out = kept.map((c) => {
    if (c.text.length <= LIMITS.textChars) return c;
    cut++;
    const paragraphs: string[] = [];
    let room = LIMITS.textChars;
    for (const p of c.paragraphs) {
      if (room <= 0) break;
      paragraphs.push(p.length > room ? `${p.slice(0, room)}…` : p);
      room -= p.length + 2;
    }
    return { ...c, text: paragraphs.join('\n\n'), paragraphs };
  });
  if (cut) notes.push(NOTE.partialLongText(cut, LIMITS.textChars));
  return out;
}

/**
 * Reads a parsed page (live or jsdom) into plain records. Tries adapters in
 * order of their detection confidence and keeps the first that finds comments.
 */
export function extractPage(doc: Document, opts: ExtractOptions = {}): Extraction {
  // A first look's index serves the whole reading that follows, if the page has not changed by then.
  // A first look's searches for comment blocks may stop once they hold what it shows, with room for
  // blocks that give no comment (firstMatches).
  const limit = opts.firstLook ? 2 * FIRST_LOOK_COMMENTS : undefined;
  // A first look on a big page reads from the names of its first elements. What it reads that way
  // stands only as a part of a platform's thread (cut short, so the page-wide readers are left to the
  // whole reading): anything else (nothing found, the structural or structured-data readers, a
  // reading whole and final) is read again from the whole page's names.
  const prefix = opts.firstLook ? { elements: opts.firstLookPrefix ?? firstLookPrefix(doc), accept: (ex: Extraction) => ex.outOfTime === true && ex.comments.length > 0 && !FALLBACK_ADAPTERS.has(ex.platform) } : undefined;
  return withPageIndex(doc, () => read(doc, opts), { scan: opts.scanSelectors, keep: opts.firstLook === true, limit, prefix });
}

function read(doc: Document, opts: ExtractOptions): Extraction {
  const now = opts.now ?? (() => Date.now());
  const url = opts.url ?? doc.URL ?? '';
  const title = (doc.title || '').trim();
  const article = safe(() => extractArticle(doc, url), { title, byline: null, published: null, lang: null, text: '', site: null });
  const lang = article.lang;

  const ranked = adapters
    .map((a) => ({ a, score: safe(() => a.detect(doc), 0) }))
    .filter((x) => x.score > 0)
    .sort((x, y) => y.score - x.score);

  // The budget is the adapters': reading the article and detecting must not eat it (a huge page
  // would otherwise come back with no comment at all).
  const ctx: ExtractContext = { url, deadline: now() + (opts.budgetMs ?? 4000), now, ...(opts.firstLook ? { enough: FIRST_LOOK_COMMENTS + 1 } : {}) };
  let best: { name: string; res: AdapterResult } | null = null;
  const notes: string[] = [];
  for (const [i, { a }] of ranked.entries()) {
    // Past the budget, the best-ranked adapter still reads what it can; the others are skipped.
    if (i > 0 && now() > ctx.deadline) break;
    const res = safe(() => a.extract(doc, ctx), null);
    if (res && res.comments.length) {
      best = { name: a.name, res };
      break;
    }
  }
  if (best?.res.notes) notes.push(...best.res.notes);
  const late = now() > ctx.deadline;
  if (late) notes.push(NOTE.partialBudget(opts.budgetMs ?? 4000));
  // Also when a search for comment blocks stopped at the first look's limit: the page holds more.
  const outOfTime = late || (ctx.enough !== undefined && (best?.res.comments.length ?? 0) >= ctx.enough) || cutShort(doc);
  const comments = bounded(best?.res.comments ?? [], notes);
  const pageWide = !(opts.firstLook && outOfTime);
  return {
    url,
    title,
    lang,
    platform: best?.name ?? 'none',
    confidence: best?.res.confidence ?? 0,
    article,
    // The adapter's own reading wins; the page-wide readers fill in what it left open.
    announcedCount: best?.res.announcedCount ?? (pageWide ? safe(() => announcedCount(doc, url), null) : null),
    closed: best?.res.closed ?? (pageWide && safe(() => commentsClosed(doc), false)),
    comments,
    pagination: pageWide ? safe(() => paginationOf(doc), NO_PAGINATION) : NO_PAGINATION,
    notes,
    ...(outOfTime ? { outOfTime } : {}),
  };
}

const NO_PAGINATION = { paginated: false, loadMore: false, framed: null } as const;

function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}
