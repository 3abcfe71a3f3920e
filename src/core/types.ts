/**
 * Plain records shared by every part of Comment Lens. No browser API here:
 * these cross the message boundary and the command line as JSON.
 */

export type CommentKind = 'comment' | 'pingback' | 'trackback';

export interface CommentRecord {
  /** Stable id within the page (the comment system's own id when it has one). */
  id: string;
  /** Id of the comment this one replies to, or null for a top-level comment. */
  parentId: string | null;
  /** True when the parent was inferred from the text (`@name`, « quote »), not stated by the markup. */
  parentInferred?: boolean;
  author: string;
  authorUrl: string | null;
  /** ISO 8601 when the page gives a machine-readable or parseable time, else null. */
  time: string | null;
  /** The date as the page shows it ("July 24, 2012 at 11:35 am"), when the adapter read one. */
  timeText?: string;
  /** Plain text, paragraphs joined by a blank line. */
  text: string;
  paragraphs: string[];
  /** Absolute http(s) URLs of links in the comment body. */
  links: string[];
  permalink: string | null;
  /** 0 for a top-level comment. */
  depth: number;
  kind: CommentKind;
  /** BCP 47 tag, when the comment is long enough to tell. */
  lang?: string;
  /** Index of the element on the page, for jump-to-comment (`data-` free: a CSS selector). */
  anchor?: string | null;
}

export interface ArticleRecord {
  title: string;
  byline: string | null;
  published: string | null;
  lang: string | null;
  /** Main text of the article, paragraphs joined by a blank line (may be empty). */
  text: string;
  site: string | null;
}

export interface Pagination {
  /** The page links to further pages of comments (`?cpage=2`, `/comment-page-2/`). */
  paginated: boolean;
  /** A "load more" / "show more comments" control is present. */
  loadMore: boolean;
  /** Comments live in an embedded frame we could not read (e.g. Disqus without permission): its service id (core/frames.ts). */
  framed: string | null;
  /** Origin of that frame (`https://disqus.com`), when the page holds it. */
  frameOrigin?: string;
  /** The comments shown were read from this service's frame. */
  fromFrame?: string;
}

export interface Extraction {
  url: string;
  title: string;
  lang: string | null;
  /** Which adapter produced the comments: 'wordpress', 'generic', ..., or 'none'. */
  platform: string;
  /** 0..1: how sure the adapter is that these are the page's comments. */
  confidence: number;
  article: ArticleRecord;
  /** The count the page itself announces ("20 commentaires"), or null. */
  announcedCount: number | null;
  closed: boolean;
  comments: CommentRecord[];
  pagination: Pagination;
  /** Human-readable notes: truncation, partial results, frames not read. */
  notes: string[];
  /** Set when the reading stopped before the page's end (its time budget, or a first look's count): the page may hold more comments. */
  outOfTime?: boolean;
}

export interface ThreadNode {
  comment: CommentRecord;
  children: ThreadNode[];
  /** Number of comments below this one (all levels). */
  descendants: number;
}

export interface Participant {
  author: string;
  count: number;
  isArticleAuthor: boolean;
}

export interface Stats {
  shown: number;
  announced: number | null;
  closed: boolean;
  threads: number;
  maxDepth: number;
  participants: Participant[];
  /** Reader comments without an author's name, or under a placeholder ("[deleted]", "Anonymous"): in no participant. */
  unnamed: number;
  repliesPerComment: Record<string, number>;
  mostReplied: { id: string; author: string; replies: number }[];
  firstTime: string | null;
  lastTime: string | null;
  links: { total: number; domains: { domain: string; count: number }[] };
  pingbacks: number;
}
