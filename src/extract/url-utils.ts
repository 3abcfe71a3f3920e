/**
 * Page URLs resolved against one page address. Kept apart from dom-utils.ts: a reading
 * resolves thousands of links (an author, a permalink, the links in the text per comment).
 */

interface Base {
  raw: string;
  url: URL | null;
  /** The page's URL without its fragment. */
  noHash: string;
  /** The directory a relative path resolves in ("https://host/a/" for "https://host/a/b?q"), for http(s) pages. */
  dir: string | null;
}

/** The last base URL parsed, kept: a reading resolves thousands of links against one page URL. */
let lastBase: Base | null = null;
function parsedBase(base: string): Base {
  if (lastBase?.raw !== base) {
    let url: URL | null;
    try {
      url = base ? new URL(base) : null;
    } catch {
      url = null;
    }
    const dir = url && /^https?:$/.test(url.protocol) ? new URL('.', url).href : null;
    lastBase = { raw: base, url, noHash: url ? url.href.replace(/#.*$/s, '') : '', dir };
  }
  return lastBase;
}
/** A fragment that URL parsing leaves as it is (nothing to percent-encode). */
const PLAIN_FRAGMENT = /^#[\w\-.:~!$&'()*+,;=/?@%]*$/;
/**
 * A one-segment relative path with an optional plain query ("item?id=123", "user?id=pg"):
 * no dot segment, scheme, slash or character URL parsing would encode, so it resolves to the
 * base's directory followed by itself.
 */
const PLAIN_RELATIVE = /^[\w-]+(?:\?[\w\-=&]*)?$/;

export function absoluteUrl(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  const b = parsedBase(base);
  const h = href.trim();
  // "#comment-12": the page's own URL with that fragment, as URL parsing would give it.
  if (b.url && PLAIN_FRAGMENT.test(h)) return b.noHash + h;
  if (b.dir && PLAIN_RELATIVE.test(h)) return b.dir + h;
  try {
    return new URL(h, b.url ?? undefined).href;
  } catch {
    return null;
  }
}
