import type { Analysis, Summary } from '../core/analysis-types';
import type { Extraction } from '../core/types';

/**
 * Every message between Comment Lens's parts, in one place. A message is
 * `{ type, ...payload }`; each direction has its own table of request and
 * response types, and every receiver validates shape and sender at the edge.
 */

/** Why the popup cannot show an analysis for a tab. */
export type Unreadable = 'browser-page' | 'store-page' | 'pdf-viewer' | 'no-tab' | 'no-access';

/** Where the time of one reading went, in ms (shown by the benchmark, never to the reader). */
export interface ReadingTimings {
  inject: number;
  /** Extraction in the page, with the transfer of its result. */
  extract: number;
  analyze: number;
  store: number;
}

export type TabResult =
  /** `preview`: a first look (the first comments of a reading); the whole reading follows from 'analyze-tab'. */
  | { status: 'ok'; analysis: Analysis; timings?: ReadingTimings; preview?: boolean }
  | { status: 'unreadable'; reason: Unreadable }
  | { status: 'error'; message: string; details: string };

/**
 * The text analysis of the tab's kept reading, without the reading itself: the popup asking holds
 * it already (a 5,000-comment reading is megabytes to copy again). `comments`: how many comments
 * the analysed reading has, so that the popup can tell it is the one it holds.
 */
export type SummaryResult =
  | { status: 'ok'; summary: Summary | null; comments: number }
  | { status: 'error'; message: string; details: string };

/** Popup (or options page) -> background. */
export interface BackgroundRequests {
  'analyze-tab': { req: { tabId: number; refresh: boolean }; res: TabResult };
  /** What to paint at once: the kept reading's first comments, or a reading stopped after a few
   * milliseconds; the whole reading itself when it fits in that time (then no preview flag). */
  'preview-tab': { req: { tabId: number; refresh: boolean }; res: TabResult };
  /** The text analysis of the tab's kept reading (key points, thread lines, tone). */
  'summarize-tab': { req: { tabId: number }; res: SummaryResult };
  'jump-to': { req: { tabId: number; commentId: string }; res: { ok: boolean } };
  'set-annotations': { req: { tabId: number; on: boolean }; res: { ok: boolean; on: boolean } };
  'get-annotations': { req: { tabId: number }; res: { on: boolean } };
  /** Nothing asked: starts a stopped worker while the popup is still finding its tab (public/early-ask.js). */
  wake: { req: Record<never, never>; res: { ok: true } };
}

/** Background -> content script in a tab. */
export interface ContentRequests {
  /** `budgetMs`: stop reading after this long (a first look); the whole page otherwise. */
  extract: { req: { budgetMs?: number }; res: Extraction };
  'jump-to': { req: { commentId: string; anchor: string | null }; res: { ok: boolean } };
  annotate: { req: { on: boolean; analysis: Analysis | null }; res: { ok: boolean } };
  ping: { req: Record<never, never>; res: { ok: true } };
}

export type Msg<T, K extends keyof T> = { type: K } & (T[K] extends { req: infer R } ? R : never);
export type Res<T, K extends keyof T> = T[K] extends { res: infer R } ? R : never;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTabId = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
const isShortString = (v: unknown) => typeof v === 'string' && v.length > 0 && v.length < 2000;

/** Shape checks for requests arriving at the background. Unknown types fail. */
export const backgroundValidators: { [K in keyof BackgroundRequests]: (m: Record<string, unknown>) => boolean } = {
  'analyze-tab': (m) => isTabId(m.tabId) && typeof m.refresh === 'boolean',
  'preview-tab': (m) => isTabId(m.tabId) && typeof m.refresh === 'boolean',
  'summarize-tab': (m) => isTabId(m.tabId),
  'jump-to': (m) => isTabId(m.tabId) && isShortString(m.commentId),
  'set-annotations': (m) => isTabId(m.tabId) && typeof m.on === 'boolean',
  'get-annotations': (m) => isTabId(m.tabId),
  wake: () => true,
};

/** Shape checks for requests arriving at the content script. */
export const contentValidators: { [K in keyof ContentRequests]: (m: Record<string, unknown>) => boolean } = {
  extract: (m) => m.budgetMs === undefined || (Number.isFinite(m.budgetMs) && (m.budgetMs as number) > 0 && (m.budgetMs as number) <= 60_000),
  'jump-to': (m) => isShortString(m.commentId) && (m.anchor === null || isShortString(m.anchor)),
  annotate: (m) => typeof m.on === 'boolean' && (m.analysis === null || isObj(m.analysis)),
  ping: () => true,
};

export function validate<T>(
  table: { [K in keyof T]: (m: Record<string, unknown>) => boolean },
  msg: unknown,
): msg is Msg<T, keyof T> {
  if (!isObj(msg) || typeof msg.type !== 'string') return false;
  if (!Object.prototype.hasOwnProperty.call(table, msg.type)) return false;
  return table[msg.type as keyof T](msg);
}
