import type { Analysis } from '../../core/analysis-types';
import { frameService } from '../../core/frames';
import type { Pagination } from '../../core/types';
import { buildTree, walk } from '../../core/tree';
import { announcedAs } from '../../core/stats';

/** Pure figures behind the Overview panel. */

export interface Bucket {
  start: number;
  end: number;
  count: number;
}

/** Comment times spread over at most `n` equal spans, first to last comment. */
export function activityBuckets(times: readonly (string | null)[], n = 24): Bucket[] {
  const ts = times.map((t) => (t ? Date.parse(t) : NaN)).filter((t) => !Number.isNaN(t));
  if (ts.length === 0) return [];
  let lo = Infinity;
  let hi = -Infinity;
  for (const t of ts) {
    if (t < lo) lo = t;
    if (t > hi) hi = t;
  }
  const span = hi - lo;
  const count = span === 0 ? 1 : Math.min(n, Math.max(2, ts.length));
  const width = span === 0 ? 1 : span / count;
  const buckets: Bucket[] = Array.from({ length: count }, (_, i) => ({ start: lo + i * width, end: lo + (i + 1) * width, count: 0 }));
  for (const t of ts) buckets[Math.min(count - 1, Math.floor((t - lo) / width))].count++;
  return buckets;
}

/** How many comments sit at each depth: index 0 is top-level. */
export function depthCounts(a: Analysis): number[] {
  const out: number[] = [];
  for (const [, d] of walk(buildTree(a.comments))) out[d] = (out[d] ?? 0) + 1;
  return Array.from(out, (v) => v ?? 0);
}

export type MissingReason =
  | { kind: 'paginated' }
  | { kind: 'load-more' }
  | { kind: 'framed'; host: string }
  | { kind: 'pingbacks'; count: number }
  | { kind: 'unexplained'; count: number };

/** Why fewer comments are shown than the page announces, as far as the page says. */
export function missingReasons(a: Analysis): MissingReason[] {
  const out: MissingReason[] = [];
  const p = a.pagination;
  if (p.paginated) out.push({ kind: 'paginated' });
  if (p.loadMore) out.push({ kind: 'load-more' });
  if (p.framed) out.push({ kind: 'framed', host: frameHost(p) });
  const missing = a.stats.announced !== null ? a.stats.announced - a.stats.shown : 0;
  if (a.stats.pingbacks > 0 && missing > 0) out.push({ kind: 'pingbacks', count: a.stats.pingbacks });
  if (missing > 0 && out.length === 0) out.push({ kind: 'unexplained', count: missing });
  return out;
}

/** When the page announces fewer comments than are shown, what its count may stand for (announcedAs); else null. */
export function countNote(a: Analysis): { kind: 'threads' | 'lower'; announced: number } | null {
  const kind = announcedAs(a.stats);
  return (kind === 'threads' || kind === 'lower') && a.stats.announced !== null ? { kind, announced: a.stats.announced } : null;
}

/** Host of the frame holding comments ('disqus.com'), as far as the reading knows it. */
function frameHost(p: Pagination): string {
  const origin = p.frameOrigin ?? (p.framed ? frameService(p.framed)?.origin : undefined);
  try {
    return origin ? new URL(origin).host : (p.framed ?? '');
  } catch {
    return p.framed ?? '';
  }
}

/** Languages of the comments that have one, most frequent first; else the page's. */
export function languages(a: Analysis): { lang: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const c of a.comments) if (c.lang) counts.set(c.lang, (counts.get(c.lang) ?? 0) + 1);
  if (counts.size === 0) {
    const page = a.summary?.lang && a.summary.lang !== 'und' ? a.summary.lang : a.lang;
    return page ? [{ lang: page, count: a.comments.length }] : [];
  }
  return [...counts.entries()].map(([lang, count]) => ({ lang, count })).sort((x, y) => y.count - x.count);
}


/** Host name of the article's site, for the header. */
export function siteOf(a: Analysis): string {
  if (a.article.site) return a.article.site;
  try {
    return new URL(a.url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
