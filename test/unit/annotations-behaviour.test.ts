import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { extractPage } from '../../src/extract';
import { HOST_TAG, annotationsOf, setAnnotations, type SetAnnotationsDeps } from '../../src/content/annotations';
import { localAnalysis } from '../../src/content/annotations/local-analysis';
import { createSeenStore } from '../../src/content/seen-store';
import { mapArea } from './annotations-harness';

// Behaviour of the annotations on the founding example (WordPress rendering), under jsdom.
const file = path.resolve(__dirname, '../fixtures/seed-wordpress.html');
const url = 'http://127.0.0.1/seed-wordpress.html';
let open: JSDOM[] = [];
afterEach(() => {
  for (const d of open) {
    setAnnotations(d.window.document, false, null);
    d.window.close();
  }
  open = [];
});

function load() {
  const dom = new JSDOM(readFileSync(file, 'utf8'), { url });
  open.push(dom);
  const doc = dom.window.document;
  return { dom, doc, analysis: analyze(extractPage(doc, { url })) };
}
const bars = (doc: Document) => [...doc.getElementsByTagName(HOST_TAG)].map((h) => h.shadowRoot as ShadowRoot);
const barOf = (doc: Document, id: string) => doc.querySelector(`#comment-${id} > ${HOST_TAG}`)?.shadowRoot ?? null;
const quiet: SetAnnotationsDeps = { reanalyze: null, lang: 'en', acceptSyntheticEvents: true, onError: (e) => { throw e; } };
const key = (dom: JSDOM, k: string, target?: Element, init: KeyboardEventInit = {}) =>
  (target ?? dom.window.document.body).dispatchEvent(new dom.window.KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...init }));

describe('annotation bars', () => {
  it('puts one shadow-rooted bar on every comment, with no text in the page itself', () => {
    const { doc, analysis } = load();
    const text = doc.body.textContent;
    expect(setAnnotations(doc, true, analysis, quiet)).toBe(true);
    expect(bars(doc).length).toBe(analysis.comments.length);
    expect(doc.body.textContent).toBe(text);
    for (const c of analysis.comments) expect(barOf(doc, c.id)?.textContent).toContain(c.author.trim());
  });

  it('says who a reply answers, reply counts and how many comments an author wrote', () => {
    const { doc, analysis } = load();
    setAnnotations(doc, true, analysis, quiet);
    const reply = analysis.comments.find((c) => c.parentId !== null) as (typeof analysis.comments)[number];
    const parent = analysis.comments.find((c) => c.id === reply.parentId);
    expect(barOf(doc, reply.id)?.textContent).toContain(`↳ reply to \u2068${parent?.author}\u2069`); // the name isolated in its own direction
    const busiest = analysis.stats.mostReplied[0];
    expect(barOf(doc, busiest.id)?.textContent).toContain(`${busiest.replies} replies`);
    const top = analysis.stats.participants[0];
    const theirs = analysis.comments.find((c) => c.author === top.author);
    expect(barOf(doc, theirs?.id ?? '')?.querySelector('.author')?.getAttribute('title')).toBe(`\u2068${top.author}\u2069 wrote ${top.count} comments on this page`);
  });

  it('does not change what the extraction reads from the page', () => {
    const { doc, analysis } = load();
    setAnnotations(doc, true, analysis, quiet);
    expect(JSON.stringify(extractPage(doc, { url }))).toBe(JSON.stringify(extractPage(new JSDOM(readFileSync(file, 'utf8'), { url }).window.document, { url })));
  });

  it('clears bars left by an earlier copy of the script before drawing', () => {
    const { doc, analysis } = load();
    const stray = doc.createElement(HOST_TAG);
    doc.getElementById(`comment-${analysis.comments[0].id}`)?.prepend(stray);
    setAnnotations(doc, true, analysis, quiet);
    expect(stray.isConnected).toBe(false);
    expect(bars(doc).length).toBe(analysis.comments.length);
  });

  it('speaks French to a French reader', () => {
    const { doc, analysis } = load();
    setAnnotations(doc, true, analysis, { ...quiet, lang: 'fr-FR' });
    expect(bars(doc).some((b) => b.textContent?.includes('en réponse à'))).toBe(true);
  });

  it('draws only the kinds the reader kept in the settings', () => {
    const { doc, analysis } = load();
    setAnnotations(doc, true, analysis, { ...quiet, kinds: { authorChips: false, threadCollapse: false } });
    expect(bars(doc).some((b) => b.querySelector('.author'))).toBe(false);
    expect(bars(doc).some((b) => b.querySelector('button'))).toBe(false);
    expect(bars(doc).some((b) => b.querySelector('.reply-to'))).toBe(true);
  });
});

describe('thread collapse', () => {
  it('hides every reply of a thread and shows them again, leaving the page as it was', () => {
    const { doc, analysis } = load();
    const before = doc.documentElement.outerHTML;
    setAnnotations(doc, true, analysis, quiet);
    const root = analysis.stats.mostReplied[0].id;
    const button = barOf(doc, root)?.querySelector('button') as HTMLButtonElement;
    button.click();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    const below = analysis.comments.filter((c) => c.parentId === root);
    for (const c of below) expect(doc.getElementById(`comment-${c.id}`)?.getAttribute('style')).toContain('display: none');
    expect(doc.getElementById(`comment-${root}`)?.hasAttribute('style')).toBe(false);
    button.click();
    setAnnotations(doc, false, null);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('keyboard navigation', () => {
  it('j/k walk the comments, n/p the threads, u goes to the parent, x collapses', () => {
    const { dom, doc, analysis } = load();
    setAnnotations(doc, true, analysis, quiet);
    const state = () => annotationsOf(doc)?.current()?.state;
    const order = annotationsOf(doc)?.current()?.order ?? [];
    const roots = analysis.comments.filter((c) => c.parentId === null).map((c) => c.id);
    key(dom, 'j');
    expect(state()?.current).toBe(order[0]);
    key(dom, 'j');
    expect(state()?.current).toBe(order[1]);
    expect(barOf(doc, order[1])?.querySelector('.bar.current')).toBeTruthy();
    key(dom, 'u');
    expect(state()?.current).toBe(order[0]);
    key(dom, 'n');
    expect(state()?.current).toBe(roots[1]);
    key(dom, 'p');
    expect(state()?.current).toBe(roots[0]);
    key(dom, 'k');
    expect(state()?.current).toBe(roots[0]);
    key(dom, 'x');
    expect(state()?.collapsed.has(roots[0])).toBe(true);
    key(dom, 'j'); // the replies are hidden: next is the next thread
    expect(state()?.current).toBe(roots[1]);
  });

  it('ignores keys typed in a field, with modifiers, or once annotations are off', () => {
    const { dom, doc, analysis } = load();
    setAnnotations(doc, true, analysis, quiet);
    const state = () => annotationsOf(doc)?.current()?.state;
    const field = doc.querySelector('textarea, input[type=text]') ?? doc.body.appendChild(doc.createElement('textarea'));
    key(dom, 'j', field);
    key(dom, 'j', undefined, { ctrlKey: true });
    expect(state()?.current ?? null).toBeNull();
    const editable = doc.createElement('div');
    editable.setAttribute('contenteditable', '');
    doc.body.append(editable);
    key(dom, 'j', editable);
    expect(state()?.current ?? null).toBeNull();
    setAnnotations(doc, false, null);
    expect(key(dom, 'j')).toBe(true); // not cancelled: nobody listens any more
  });
});

describe('new since your last visit', () => {
  it('marks nothing on a first visit, then the comments that were not there before', async () => {
    const area = mapArea();
    const first = load();
    const missing = first.analysis.comments[first.analysis.comments.length - 1];
    const earlier = { ...first.analysis, comments: first.analysis.comments.filter((c) => c !== missing) };
    setAnnotations(first.doc, true, earlier, { ...quiet, seen: createSeenStore(area) });
    await new Promise((r) => setTimeout(r, 20));
    expect(bars(first.doc).some((b) => b.querySelector('.new'))).toBe(false);

    const second = load();
    setAnnotations(second.doc, true, second.analysis, { ...quiet, seen: createSeenStore(area) });
    await new Promise((r) => setTimeout(r, 20));
    const marked = bars(second.doc).filter((b) => b.querySelector('.new'));
    expect(marked.length).toBe(1);
    expect(barOf(second.doc, missing.id)?.querySelector('.new')).toBeTruthy();
  });
});

describe('following the page', () => {
  it('annotates comments that load later', async () => {
    const { doc, analysis } = load();
    const last = analysis.comments[analysis.comments.length - 1];
    const el = doc.getElementById(`comment-${last.id}`) as Element;
    const parent = el.parentNode as Node;
    const next = el.nextSibling;
    el.remove();
    setAnnotations(doc, true, null, { reanalyze: localAnalysis, debounceMs: 20, lang: 'en' });
    expect(bars(doc).length).toBe(analysis.comments.length - 1);
    parent.insertBefore(el, next);
    await expect.poll(() => barOf(doc, last.id), { timeout: 20_000, interval: 100 }).toBeTruthy();
    expect(bars(doc).length).toBe(analysis.comments.length);
  });

  it('redraws after a single-page navigation', async () => {
    const { dom, doc, analysis } = load();
    setAnnotations(doc, true, analysis, { reanalyze: localAnalysis, debounceMs: 20, lang: 'en' });
    const first = analysis.comments[0];
    dom.window.history.pushState({}, '', '/other-article/');
    doc.getElementById(`comment-${first.id}`)?.remove();
    await expect.poll(() => annotationsOf(doc)?.current()?.url, { timeout: 20_000, interval: 100 }).toBe('http://127.0.0.1/other-article/');
    expect(barOf(doc, first.id)).toBeNull();
    const left = analysis.comments.filter((c) => doc.getElementById(`comment-${c.id}`)).length;
    expect(left).toBeGreaterThan(0);
    expect(bars(doc).length).toBe(left);
  });
});

describe('events the page makes up', () => {
  it('a page script cannot drive the keys or the collapse buttons', () => {
    const { dom, doc, analysis } = load();
    setAnnotations(doc, true, analysis, { ...quiet, acceptSyntheticEvents: false });
    const before = doc.documentElement.outerHTML;
    dom.window.document.body.dispatchEvent(new dom.window.KeyboardEvent('keydown', { key: 'j', bubbles: true, cancelable: true }));
    const hosts = [...doc.querySelectorAll(HOST_TAG)];
    for (const h of hosts) (h.shadowRoot?.querySelector('button') as HTMLElement | null)?.click();
    expect(doc.documentElement.outerHTML).toBe(before);
    setAnnotations(doc, false, null);
  });
});
