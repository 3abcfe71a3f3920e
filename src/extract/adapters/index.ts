import type { Adapter } from '../types';
import { wordpressAdapter } from './wordpress';
import { hackernewsAdapter } from './hackernews';
import { redditAdapter } from './reddit';

/**
 * Every comment system Comment Lens knows, most specific first. Adding a site
 * means adding one file here and its fixture test; nothing else.
 */
export const adapters: Adapter[] = [
  redditAdapter,
  hackernewsAdapter,
  wordpressAdapter,
];
