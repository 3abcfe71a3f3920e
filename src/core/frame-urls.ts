/**
 * The frame URLs of hosted comment services (core/frames.ts has their names and
 * origins): kept apart because the content script, which ships into every page
 * read, needs only these to say which frame holds a page's comments.
 */
export const FRAME_URLS: readonly (readonly [string, RegExp])[] = [
  ['disqus', /^https:\/\/disqus\.com\/embed\/comments\//i],
  ['facebook', /^https:\/\/(?:www|web|m)\.facebook\.com\/(?:v\d+(?:\.\d+)?\/)?plugins\/comments(?:\.php)?(?:[/?#]|$)/i],
  ['hyvor', /^https:\/\/talk\.hyvor\.com\/(?:embed|comments)\b/i],
  ['utterances', /^https:\/\/utteranc\.es\/utterances\.html\b/i],
  ['giscus', /^https:\/\/giscus\.app\/(?:[a-z]{2}(?:-[a-z]+)?\/)?widget\b/i],
  // Self-hosted: known by the frame's path, on the site's own server.
  ['remark42', /^https?:\/\/[^/?#]+\/web\/iframe\.html\?(?:[^#]*&)?site_id=/i],
  ['coral', /^https?:\/\/[^/?#]+\/embed\/stream(?:[/?#]|$)/i],
  ['talkyard', /^https?:\/\/[^/?#]+\/-\/embedded-comments(?:[/?#]|$)/i],
];

/** Which service's comment frame this URL is, with the frame's origin; null for any other frame. */
export function frameOf(href: string, base?: string): { id: string; origin: string } | null {
  let url: URL;
  try {
    // A saved page has no http(s) base: a protocol-relative frame (`//disqus.com/...`) is https.
    url = new URL(href.startsWith('//') && !/^https?:/i.test(base ?? '') ? `https:${href}` : href, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const hit = FRAME_URLS.find(([, re]) => re.test(url.href));
  return hit ? { id: hit[0], origin: url.origin } : null;
}
