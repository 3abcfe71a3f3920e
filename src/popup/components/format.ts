/** Dates and one-line text for display, in the reader's language. */

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Building an Intl formatter costs far more than using one: keep one per language and style. */
function formatter(lang: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${lang}|${withTime}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang, withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' });
    formatters.set(key, f);
  }
  return f;
}

/** One per language of the popup: a row in another language than its thread's names it. */
const displayNames = new Map<string, Intl.DisplayNames>();

/** Human name of a language tag in the reader's language ("fr" -> "French", "anglais"), or the tag. */
export function languageName(tag: string, uiLang: string): string {
  try {
    let names = displayNames.get(uiLang);
    if (!names) displayNames.set(uiLang, (names = new Intl.DisplayNames([uiLang], { type: 'language' })));
    return names.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Makes the date formats and language names of `lang` now, ahead of the first view that shows them. */
export function warmFormats(lang: string): void {
  try {
    formatter(lang, true);
    formatter(lang, false);
    languageName(lang, lang);
  } catch {
    // A language the browser cannot format: formatDate falls back to ISO dates.
  }
}

export function formatDate(iso: string | null, lang: string, withTime = false): string {
  if (!iso) return '';
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return '';
  try {
    return formatter(lang, withTime).format(t);
  } catch {
    return new Date(t).toISOString().slice(0, withTime ? 16 : 10).replace('T', ' ');
  }
}

/** Whitespace collapsed, cut at a word boundary before `max` characters with an ellipsis. */
export function oneLine(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '') + '…';
}

/** `opex360.com` + current date -> `comments-opex360.com-2026-11-26`, safe as a file name. */
export function exportName(site: string, ext: string, now = new Date()): string {
  const base = (site || 'page').replace(/[^a-z0-9.-]+/gi, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'page';
  return `comments-${base}-${now.toISOString().slice(0, 10)}.${ext}`;
}
