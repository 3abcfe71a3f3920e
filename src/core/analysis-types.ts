import type { Extraction, Stats } from './types';

export interface KeyPoint {
  text: string;
  commentIds: string[];
  /** Share of the discussion's comments this key point stands for, 0..1. */
  share: number;
}

export interface ThreadSummary {
  rootId: string;
  text: string;
  replies: number;
  participants: string[];
  depth: number;
  /** Comments of the thread per tone bucket (neutral, exclamatory, shouting, insulting, agreeing, disagreeing). */
  tone?: Record<string, number>;
}

export interface Keyword {
  phrase: string;
  score: number;
  /** True when the article does not mention it: the comments brought it up. */
  offArticle: boolean;
}

export interface Question {
  commentId: string;
  text: string;
  answered: boolean;
}

export interface Exchange {
  a: string;
  b: string;
  count: number;
}

export interface ToneSignal {
  commentId: string;
  exclamation: number;
  capitals: number;
  insults: string[];
  agreement: string[];
  disagreement: string[];
}

export interface ToneSummary {
  /** Counts of comments per tone bucket (a comment can be in several). */
  distribution: Record<string, number>;
  /** Comments with at least one signal (the others are neutral), with the words that triggered it. */
  perComment: ToneSignal[];
}

export interface Summary {
  lang: string;
  /** Comment id -> language, for the comments found written in another language than the discussion's. */
  commentLangs?: Record<string, string>;
  keyPoints: KeyPoint[];
  threads: ThreadSummary[];
  keywords: Keyword[];
  questions: Question[];
  exchanges: Exchange[];
  tone: ToneSummary;
}

/** Everything the popup, the annotations and the command line show. */
export interface Analysis extends Extraction {
  stats: Stats;
  summary: Summary | null;
  /** True while the text analysis is still running (the popup shows progress for it). */
  summaryPending?: boolean;
  /** Schema version of this record, for stored copies. */
  version: number;
}
