import { once, qs, qsa } from './page-index';
import { absoluteUrl } from './url-utils';

export { absoluteUrl };
/**
 * Small DOM helpers shared by the adapters. They take the elements they are
 * given and never touch globals, so they run in a page and under jsdom.
 */

const BLOCK = new Set([
  'P', 'DIV', 'BLOCKQUOTE', 'LI', 'UL', 'OL', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'TABLE', 'TR', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'FIGURE', 'DL', 'DT', 'DD', 'HR',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'FORM', 'SVG', 'IFRAME', 'TEXTAREA', 'SELECT']);

/**
 * What `clean` rewrites: a run of two or more spaces (NBSP and zero-width space included), or
 * one that is not a plain space. A lone plain space, the most common run by far, stays as it is.
 */
const SPACE_RUNS = /[\s\u200b]{2,}|[^\S ]|\u200b/g;
/** Collapses runs of white space (including NBSP) to one space. */
export const clean = (s: string | null | undefined): string => (s ? s.replace(SPACE_RUNS, ' ').trim() : '');

/**
 * Paragraphs of an element's text: block elements and <br> break lines,
 * blank lines split paragraphs. `exclude` drops nested parts (reply links, nested comments).
 */
export function paragraphsOf(root: Element, exclude?: (el: Element) => boolean): string[] {
  const lines: string[] = [];
  let cur = '';
  const flush = (para: boolean) => {
    const t = cur && clean(cur);
    if (t) lines.push(t);
    else if (para && lines.length && lines[lines.length - 1] !== '') lines.push('');
    cur = '';
  };
  const stack: (Node | 'end-block')[] = [root];
  while (stack.length) {
    const n = stack.pop() as Node | 'end-block';
    if (n === 'end-block') {
      flush(true);
      continue;
    }
    if (n.nodeType === 3) {
      cur += n.nodeValue ?? '';
      continue;
    }
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag) || (el !== root && exclude?.(el))) continue;
    if (tag === 'BR') {
      flush(false);
      continue;
    }
    if (tag === 'IMG') {
      const alt = el.getAttribute('alt');
      if (alt && /^\p{Extended_Pictographic}+$/u.test(alt.trim())) cur += alt.trim();
      continue;
    }
    const block = BLOCK.has(tag);
    if (block) {
      flush(true);
      stack.push('end-block');
    }
    // Sibling links, not the live childNodes list (each read of it is costly in jsdom).
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  flush(true);
  // Group lines into paragraphs at blank lines.
  const paras: string[] = [];
  let buf: string[] = [];
  for (const l of lines) {
    if (l === '') {
      if (buf.length) paras.push(buf.join('\n'));
      buf = [];
    } else buf.push(l);
  }
  if (buf.length) paras.push(buf.join('\n'));
  return paras;
}

/** The text a reader sees in `el`, on one line: no script or style text (Blogger writes a counter script into the author line). */
export const visibleText = (el: Element | null | undefined): string => (el ? clean(paragraphsOf(el).join(' ')) : '');

/**
 * Where a comment sits among comments whose replies nest inside them: the nearest comment
 * around it (its parent) and how many comments hold it (its depth).
 */
export function nestingOf(
  el: Element,
  units: ReadonlySet<Element>,
  depths?: Map<Element, number>,
): { parent: Element | null; depth: number } {
  let parent: Element | null = null;
  let depth = 0;
  for (let e = el.parentElement; e; e = e.parentElement) {
    if (!units.has(e)) continue;
    // `depths` (filled comment by comment, in page order) already knows the parent's depth.
    const known = parent ? undefined : depths?.get(e);
    parent ??= e;
    depth++;
    if (known !== undefined) {
      depth += known;
      break;
    }
  }
  depths?.set(el, depth);
  return { parent, depth };
}

/** The first `sel` under comment `unit` that is its own, not inside one of its nested replies. */
export function ownPart(unit: Element, sel: string, units: ReadonlySet<Element>): Element | null {
  for (const el of qsa(unit, sel)) {
    let e = el.parentElement;
    while (e && e !== unit && !units.has(e)) e = e.parentElement;
    if (e === unit) return el;
  }
  return null;
}

/** Absolute http(s) URLs of the links inside `root`, in order, without duplicates. */
export function linksOf(root: Element, base: string, exclude?: (el: Element) => boolean): string[] {
  const out: string[] = [];
  for (const a of qsa(root, 'a[href]')) {
    if (exclude && closestMatching(a, root, exclude)) continue;
    const abs = absoluteUrl(a.getAttribute('href'), base);
    if (abs && /^https?:/i.test(abs) && !out.includes(abs)) out.push(abs);
  }
  return out;
}

function closestMatching(el: Element, stop: Element, pred: (el: Element) => boolean): boolean {
  for (let e: Element | null = el; e && e !== stop; e = e.parentElement) if (pred(e)) return true;
  return false;
}

/** ISO 8601 from a `time[datetime]`, a `title`/`data-*` timestamp or a parseable date text, else null. */
export function timeOf(el: Element | null): string | null {
  if (!el) return null;
  const candidates = [
    el.getAttribute('datetime'),
    el.getAttribute('data-datetime'),
    el.getAttribute('title'),
    el.getAttribute('data-time'),
    el.getAttribute('data-timestamp'),
  ];
  for (const c of candidates) {
    const iso = toIso(c);
    if (iso) return iso;
  }
  return null;
}

export function toIso(raw: string | null | undefined): string | null {
  const s = (raw ?? '').trim();
  if (!s) return null;
  if (/^\d{10}(\d{3})?$/.test(s)) {
    const ms = s.length === 10 ? Number(s) * 1000 : Number(s);
    return new Date(ms).toISOString();
  }
  // Only accept strings that look like dates, not "il y a 3 jours".
  if (!/^\d{4}-\d{2}-\d{2}/.test(s) && !/^[A-Z][a-z]{2},? \d/.test(s)) return null;
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  // Keep the page's own offset when it gave one.
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:?\d{2}|Z)$/.test(s) ? s : new Date(t).toISOString();
}

/** The page's <meta> elements, listed once per reading: a meta selector then tests these few instead of searching the page. */
export const pageMetas = (doc: Document): Element[] => once(doc, 'page-metas', () => qsa(doc, 'meta'));

/** Text of the first element matching `sel` inside `root`, cleaned. */
export function textAt(root: ParentNode, sel: string): string {
  return clean(qs(root, sel)?.textContent);
}

/** A CSS selector that finds `el` again on the live page: its id when it has one. */
export function anchorOf(el: Element): string | null {
  const id = el.getAttribute('id');
  return id ? `#${cssEscape(id)}` : null;
}

function cssEscape(id: string): string {
  // Most ids ("comment-12", "40000123") need at most their leading digit escaped.
  if (/^[\w-]+$/.test(id)) return /^\d/.test(id) ? `\\3${id[0]} ${id.slice(1)}` : id;
  return id.replace(/([^\w-])/g, '\\$1').replace(/^(\d)/, '\\3$1 ');
}

/**
 * `el.textContent`, or null as soon as it would pass `max` characters: a short
 * notice is looked for in every block of a section, and building the whole text
 * of each big block would cost the square of the section's size.
 */
export function boundedText(el: Element, max: number): string | null {
  let out = '';
  const stack: Node[] = [el];
  while (stack.length) {
    const n = stack.pop() as Node;
    if (n.nodeType === 3 || n.nodeType === 4) {
      out += n.nodeValue ?? '';
      if (out.length > max) return null;
      continue;
    }
    if (n.nodeType !== 1 && n.nodeType !== 11) continue;
    for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return out;
}
