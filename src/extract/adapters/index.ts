import type { Adapter } from '../types';
import { genericAdapter } from '../generic';
import { schemaOrgAdapter } from '../structured';
import { microformatsAdapter } from '../structured-mf2';
import { coralAdapter } from './coral';
import { openwebAdapter } from './openweb';
import { wpdiscuzAdapter } from './wpdiscuz';
import { drupalAdapter } from './drupal';
import { habrAdapter } from './habr';
import { commentoAdapter } from './commento';
import { disqusAdapter } from './disqus';
import { discourseAdapter } from './discourse';
import { githubAdapter } from './github';
import { youtubeAdapter } from './youtube';
import { wordpressAdapter } from './wordpress';
import { hackernewsAdapter } from './hackernews';
import { redditAdapter } from './reddit';
import { stackexchangeAdapter } from './stackexchange';
import { bloggerAdapter } from './blogger';
import { livejournalAdapter } from './livejournal';
import { movabletypeAdapter } from './movabletype';
import { slashdotAdapter } from './slashdot';
import { osnovaAdapter } from './osnova';
import { d3ruAdapter } from './d3ru';

/**
 * Every comment system Comment Lens knows, most specific first. Adding a site
 * means adding one file here and its fixture test; nothing else.
 */
export const adapters: Adapter[] = [
  d3ruAdapter,
  osnovaAdapter,
  slashdotAdapter,
  movabletypeAdapter,
  livejournalAdapter,
  bloggerAdapter,
  stackexchangeAdapter,
  redditAdapter,
  hackernewsAdapter,
  coralAdapter,
  openwebAdapter,
  wpdiscuzAdapter,
  drupalAdapter,
  habrAdapter,
  commentoAdapter,
  disqusAdapter,
  discourseAdapter,
  githubAdapter,
  youtubeAdapter,
  wordpressAdapter,
  // Structured data (schema.org Comment, microformats2) when no platform adapter applies.
  schemaOrgAdapter,
  microformatsAdapter,
  // Structural fallback, last: its low detect score lets platform adapters win.
  genericAdapter,
];

/** The readers that are no comment system's own markup (structured data, the structural detector). */
export const FALLBACK_ADAPTERS: ReadonlySet<string> = new Set([schemaOrgAdapter.name, microformatsAdapter.name, genericAdapter.name]);
