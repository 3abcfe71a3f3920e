import { matches, qs, qsaUpTo } from './page-index';
import type { ArticleRecord } from '../core/types';
import { clean, pageMetas, paragraphsOf, toIso } from './dom-utils';
import { hasClassIn, isArea } from './comment-area';

/**
 * The article a comment section hangs under: title, byline, publication time,
 * language, main text and site name, from metadata first, then common markup.
 */

const BODY_SEL = [
  '.entry-content', '[itemprop="articleBody"]', '.post-content', '.article-content', '.article-body', '.post-body',
  '.story-body', '.entry', 'article .content', 'article', '[role="main"]', 'main',
];
const BYLINE_SEL = [
  '.byline .author .fn', '.byline .fn', '.entry-meta .author .fn', '.byline .author', '.entry-meta .author a',
  '.post-author .fn', '[itemprop="author"] [itemprop="name"]', '[rel="author"]', '.author-name', '.byline',
];
const PUBLISHED_SEL = ['time.entry-date.published', 'time.published', '[itemprop="datePublished"]', 'article time[datetime]', 'time[pubdate]'];
const NOT_ARTICLE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'HEADER', 'FORM', 'H1']);
const NOT_ARTICLE_CLASSES = new Set(['sharedaddy', 'share', 'related', 'widget', 'wp-caption-text']);

/** Inside the article element but not its text: the comment area, navigation, sharing, captions, the title. */
const notArticle = (el: Element): boolean =>
  NOT_ARTICLE_TAGS.has(el.tagName.toUpperCase()) ||
  hasClassIn(el, NOT_ARTICLE_CLASSES) ||
  (el.tagName.toUpperCase() === 'FIGCAPTION' && el.parentElement?.closest('figure') != null) ||
  isArea(el);

const WIDGET = new Set(['widget']);
/** In the comment area, a widget or an aside: never the article's own title, byline or text. */
const notArticleBlock = (a: Element): boolean => isArea(a) || a.tagName.toUpperCase() === 'ASIDE' || hasClassIn(a, WIDGET);

/**
 * `outsideArticle(e)`, remembered per element for one reading: on a page whose thousands
 * of comments each carry a `<time>`, every candidate shares the same few ancestors.
 */
function outsideTest(): (e: Element) => boolean {
  const known = new Map<Element, boolean>();
  const outside = (e: Element | null): boolean => {
    const path: Element[] = [];
    let answer = false;
    for (let a = e; a; a = a.parentElement) {
      const k = known.get(a);
      if (k !== undefined) {
        answer = k;
        break;
      }
      if (notArticleBlock(a)) {
        answer = true;
        path.push(a);
        break;
      }
      path.push(a);
    }
    // Everything below a block outside the article is outside too; below nothing, inside.
    for (const a of path) known.set(a, answer);
    return answer;
  };
  return outside;
}

/**
 * The first element matching `sel` that is part of the article. Only the first few candidates
 * are looked at: the article's own title, byline, date and body come before the comments and
 * the sidebar, and a thread of thousands of comments (each with its own `<time>`) must not be
 * searched through.
 */
const CANDIDATES = 50;
function firstInArticle(doc: Document, sel: string, outsideArticle: (e: Element) => boolean): Element | undefined {
  // Only the first candidates are looked at (`article time[datetime]` also finds every comment's date).
  for (const el of qsaUpTo(doc, sel, CANDIDATES)) if (!outsideArticle(el)) return el;
  return undefined;
}

/** `qs(doc, sel)`'s content, for a `sel` that only a <meta> matches: a test of the page's few metas, not a search of a big page. */
const meta = (doc: Document, sel: string): string => clean(pageMetas(doc).find((m) => matches(m, sel))?.getAttribute('content'));

export function extractArticle(doc: Document, url = doc.URL): ArticleRecord {
  const site = meta(doc, 'meta[property="og:site_name"]') || hostOf(url);
  const outsideArticle = outsideTest();
  return {
    title: titleOf(doc, site),
    byline: bylineOf(doc, outsideArticle),
    published: publishedOf(doc, outsideArticle),
    lang: langOf(doc),
    text: textOf(doc, outsideArticle),
    site: site || null,
  };
}

export function titleOf(doc: Document, site = ''): string {
  const og = stripSite(meta(doc, 'meta[property="og:title"]') || meta(doc, 'meta[name="twitter:title" i]'), site);
  // A social title that is the site's name or tagline ("vc.ru — бизнес, технологии…") names no article.
  if (og && !namesSite(og, site)) return og;
  const h1 = clean(qs(doc, 'h1.entry-title, h1.post-title, article h1, h1[itemprop="headline"]')?.textContent);
  if (h1) return h1;
  return stripSite(clean(doc.title), site);
}

/** The title is the site's name, or opens with it and a separator (the site's tagline). */
function namesSite(title: string, site: string): boolean {
  const t = title.toLowerCase();
  const s = site.toLowerCase().replace(/^www\./, '');
  if (!s || !t.startsWith(s)) return false;
  const rest = t.slice(s.length);
  return rest === '' || /^\s+[|–—·»:-]{1,2}\s/.test(rest);
}

/** "Title | Site", "Title – Site", "Title - Site": drops the site part. */
export function stripSite(title: string, site: string): string {
  const parts = title.split(/\s+[|–—·»:-]{1,2}\s+/);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1].toLowerCase();
  const siteLc = site.toLowerCase();
  if (siteLc && (last === siteLc || siteLc.includes(last) || last.includes(siteLc.replace(/^www\./, '')))) {
    return title.slice(0, title.lastIndexOf(parts[parts.length - 1])).replace(/\s+[|–—·»:-]{1,2}\s*$/, '').trim();
  }
  // Without the site's own name, only a short trailing part reads as one; when the site is known by
  // its host only, that part must also name the host ("Slashdot", "Legal Nomads" on legalnomads.com).
  const host = /^[\w-]+(?:\.[\w-]+)+$/.test(siteLc) ? siteLc.replace(/[^a-z0-9]/g, '') : null;
  const namesHost = (part: string) => host !== null && part.split(/[^\p{L}\p{N}]+/u).some((w) => w.length >= 4 && host.includes(w));
  if ((!siteLc || namesHost(last)) && last.length <= 30 && parts.slice(0, -1).join(' ').length > last.length * 2) {
    return title.slice(0, title.lastIndexOf(parts[parts.length - 1])).replace(/\s+[|–—·»:-]{1,2}\s*$/, '').trim();
  }
  return title;
}

function bylineOf(doc: Document, outsideArticle: (e: Element) => boolean): string | null {
  for (const sel of BYLINE_SEL) {
    const el = firstInArticle(doc, sel, outsideArticle);
    const t = clean(el?.textContent).replace(/^(by|par|von|de|от)\s+/i, '');
    if (t && t.length <= 80) return t;
  }
  return meta(doc, 'meta[name="author" i]') || meta(doc, 'meta[property="article:author"]') || null;
}

function publishedOf(doc: Document, outsideArticle: (e: Element) => boolean): string | null {
  const m = meta(doc, 'meta[property="article:published_time"]') || meta(doc, 'meta[itemprop="datePublished"]');
  if (toIso(m)) return toIso(m);
  for (const sel of PUBLISHED_SEL) {
    const el = firstInArticle(doc, sel, outsideArticle);
    const iso = toIso(el?.getAttribute('datetime') ?? el?.getAttribute('content'));
    if (iso) return iso;
  }
  return null;
}

export function langOf(doc: Document): string | null {
  const html = doc.documentElement?.getAttribute('lang') || doc.documentElement?.getAttribute('xml:lang');
  if (html?.trim()) return html.trim();
  const http = meta(doc, 'meta[http-equiv="content-language" i]');
  if (http) return http.split(',')[0].trim();
  const og = meta(doc, 'meta[property="og:locale"]');
  return og ? og.replace('_', '-') : null;
}

function textOf(doc: Document, outsideArticle: (e: Element) => boolean): string {
  for (const sel of BODY_SEL) {
    const el = firstInArticle(doc, sel, outsideArticle);
    if (!el) continue;
    const paras = paragraphsOf(el, notArticle);
    const text = paras.filter((p) => p.length > 1).join('\n\n');
    if (text.length >= 80) return text;
  }
  return '';
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
