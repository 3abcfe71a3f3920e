import { qsa } from './page-index';
import type { CommentRecord } from '../core/types';
import { clean, toIso } from './dom-utils';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

const isObj = (v: Json | undefined): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
const asList = (v: Json | undefined): Json[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
const str = (v: Json | undefined): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

function typeIs(o: Obj, t: string): boolean {
  return asList(o['@type']).some((x) => str(x).toLowerCase() === t.toLowerCase());
}

function nameOf(v: Json | undefined): string {
  const first = asList(v)[0];
  if (isObj(first)) return clean(str(first.name) || str(first.alternateName));
  return clean(str(first));
}

/** Text of a JSON-LD string that may hold HTML: tags dropped, entities left to the caller's reader. */
function plain(s: string): string[] {
  return s
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p>\s*<p[^>]*>/gi, '\n\n')
    .replace(/<[^>]*>/g, '')
    .split(/\n\s*\n/)
    .map((p) => p.split('\n').map(clean).filter(Boolean).join('\n'))
    .filter(Boolean);
}

/**
 * Comments from `<script type="application/ld+json">`: every object of type
 * Comment, with replies taken from its own `comment` array.
 */
export function commentsFromJsonLd(doc: Document): CommentRecord[] {
  const out: CommentRecord[] = [];
  const seen = new Set<Obj>();
  const visit = (v: Json | undefined, parentId: string | null, depth: number) => {
    if (depth > 50) return;
    for (const item of asList(v)) {
      if (!isObj(item) || seen.has(item)) continue;
      seen.add(item);
      let id = parentId;
      if (typeIs(item, 'Comment')) {
        const paragraphs = plain(str(item.text) || str(item.commentText) || str(item.description));
        if (paragraphs.length) {
          id = str(item['@id']) || str(item.identifier) || `jsonld-${out.length + 1}`;
          out.push({
            id,
            parentId,
            author: nameOf(item.author ?? item.creator),
            authorUrl: isObj(asList(item.author)[0]) ? str((asList(item.author)[0] as Obj).url) || null : null,
            time: toIso(str(item.dateCreated) || str(item.datePublished)),
            text: paragraphs.join('\n\n'),
            paragraphs,
            links: [],
            permalink: str(item.url) || null,
            depth: 0,
            kind: 'comment',
          });
        }
      }
      for (const [k, val] of Object.entries(item)) {
        if (k === 'author' || k === 'creator' || k === 'publisher') continue;
        if (typeof val === 'object' && val !== null) visit(val, k === 'comment' || k === 'comments' ? id : parentId, depth + 1);
      }
    }
  };
  for (const s of Array.from(qsa(doc, 'script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(s.textContent ?? '') as Json, null, 0);
    } catch {
      /* a broken block is skipped, the others still count */
    }
  }
  return out;
}
