import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { analyze } from '../../src/core/analyze';
import { extractPage } from '../../src/extract';
import { HOST_TAG, setAnnotations } from '../../src/content/annotations';
import { hostParent } from '../../src/content/annotations/bars';
import { findComment } from '../../src/content/find-comment';
import { createSeenStore, type SeenArea } from '../../src/content/seen-store';

/**
 * Shared by the DOM-restoration tests: one page through the real extraction
 * and analysis, annotations on (every thread collapsed, then one expanded
 * again), off, and the serialised DOM compared with the original.
 */
export interface RoundTrip {
  comments: number;
  /** Comments found on the page (anchor, else id) at a distinct element that can hold a bar. */
  expected: number;
  hosts: number;
  /** Comment elements that do not hold a bar although they should. */
  missing: string[];
  hiddenWhileCollapsed: number;
  errors: string[];
  before: string;
  during: string;
  after: string;
  afterSecondRound: string;
}

export function mapArea(): SeenArea {
  const data = new Map<string, unknown>();
  const list = (k: string | string[]) => (Array.isArray(k) ? k : [k]);
  return {
    get: async (keys) => Object.fromEntries(list(keys).filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))])),
    set: async (items) => void Object.entries(items).forEach(([k, v]) => data.set(k, structuredClone(v))),
    remove: async (keys) => void list(keys).forEach((k) => data.delete(k)),
  };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

export async function roundTrip(file: string, url: string): Promise<RoundTrip> {
  // A silent console: jsdom's CSS parser complains about real pages' stylesheets, which is not our concern here.
  const dom = new JSDOM(readFileSync(file, 'utf8'), { url, virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  const errors: string[] = [];
  const deps = { reanalyze: null, lang: 'fr', acceptSyntheticEvents: true, seen: createSeenStore(mapArea()), onError: (e: unknown) => errors.push(String(e)) };
  try {
    const analysis = analyze(extractPage(doc, { url }));
    const before = doc.documentElement.outerHTML;
    if (!setAnnotations(doc, true, analysis, deps)) errors.push('setAnnotations(on) returned false');
    await flush();

    const els = new Set<Element>();
    for (const c of analysis.comments) {
      const el = findComment(doc, c.id, c.anchor ?? null);
      if (el && hostParent(el)) els.add(el);
    }
    const hosts = doc.getElementsByTagName(HOST_TAG).length;
    const missing = [...els].filter((el) => hostParent(el)?.firstElementChild?.localName !== HOST_TAG).map((el) => el.id || el.localName);

    const buttons = [...doc.getElementsByTagName(HOST_TAG)].flatMap((h) => [...(h.shadowRoot?.querySelectorAll('button.toggle') ?? [])]);
    for (const b of buttons) (b as HTMLElement).click();
    const hiddenWhileCollapsed = doc.querySelectorAll('[style*="display: none !important"]').length;
    if (buttons[0]) (buttons[0] as HTMLElement).click();
    const during = doc.documentElement.outerHTML;

    if (!setAnnotations(doc, false, null, deps)) errors.push('setAnnotations(off) returned false');
    const after = doc.documentElement.outerHTML;
    setAnnotations(doc, true, analysis, deps);
    await flush();
    setAnnotations(doc, true, analysis, deps); // a second "on" (fresh analysis from the popup) redraws in place
    setAnnotations(doc, false, null, deps);
    const afterSecondRound = doc.documentElement.outerHTML;
    return { comments: analysis.comments.length, expected: els.size, hosts, missing, hiddenWhileCollapsed, errors, before, during, after, afterSecondRound };
  } finally {
    dom.window.close();
  }
}
