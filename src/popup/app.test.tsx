// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTree } from '../core/tree';
import { analyze } from '../core/analyze';
import { commentRecord } from '../core/test-records';
import type { Unreadable } from '../shared/protocol';
import { SETTINGS_KEY, SUMMARY_CHARS, memoryStorage } from '../shared/settings';
import { App, PopupView } from './app';
import type { PopupState } from './connector';
import { createMockConnector } from './mock-connector';
import { emptyAnalysis, syntheticAnalysis } from './test-data';
import { createTranslator, type Messages } from './i18n';
import frMessages from '../../public/_locales/fr/messages.json';

let host: HTMLElement | null = null;
async function mount(vnode: preact.ComponentChild): Promise<HTMLElement> {
  host = document.createElement('div');
  document.body.appendChild(host);
  await act(() => render(vnode, host as HTMLElement));
  return host;
}
afterEach(() => {
  if (host) render(null, host);
  host?.remove();
  host = null;
});
const flush = () => act(() => new Promise((r) => setTimeout(r, 0)));
const q = (root: ParentNode, testid: string) => root.querySelector(`[data-testid="${testid}"]`);

describe('popup states', () => {
  const view = (state: PopupState) => mount(<PopupView state={state} actions={createMockConnector(state).actions} />);

  it('shows progress while loading', async () => {
    const el = await view({ kind: 'loading', progress: { stage: 'analysing', comments: 5000 } });
    expect(q(el, 'state-loading')?.textContent).toContain('Analysing 5,000 comments');
    expect(q(el, 'state-loading')?.getAttribute('aria-busy')).toBe('true');
  });

  it('says what it is doing before it knows how many comments there are', async () => {
    const el = await view({ kind: 'loading' });
    expect(q(el, 'state-loading')?.textContent).toContain('Looking for the comment section');
  });

  const reasons: Unreadable[] = ['browser-page', 'store-page', 'pdf-viewer', 'no-tab', 'no-access'];
  it('gives each unreadable reason its own friendly message', async () => {
    const texts = new Set<string>();
    for (const reason of reasons) {
      const el = await view({ kind: 'unreadable', reason });
      const box = q(el, 'state-unreadable');
      expect(box?.getAttribute('data-reason')).toBe(reason);
      expect(box?.textContent?.length).toBeGreaterThan(40);
      texts.add(box?.textContent ?? '');
    }
    expect(texts.size).toBe(reasons.length);
    expect([...texts].find((t) => t.includes('PDF'))).toBeTruthy();
  });

  it('says when the page has no comment section, and offers to refresh', async () => {
    const state: PopupState = { kind: 'ready', analysis: emptyAnalysis() };
    const c = createMockConnector(state);
    const el = await mount(<PopupView state={state} actions={c.actions} />);
    expect(q(el, 'state-none')?.textContent).toContain('No comment section found on this page');
    expect(el.querySelector('[role=tree]')).toBeNull();
    await act(() => (q(el, 'state-none')?.querySelector('button') as HTMLButtonElement).click());
    expect(c.calls.map((x) => x.name)).toEqual(['refresh']);
  });

  it('says when the page has its comments closed, or announces comments it does not show yet', async () => {
    const closed: PopupState = { kind: 'ready', analysis: { ...emptyAnalysis(), closed: true } };
    let el = await mount(<PopupView state={closed} actions={createMockConnector(closed).actions} />);
    expect(q(el, 'state-none')?.textContent).toContain('Comments are closed on this page');
    expect(q(el, 'state-none')?.textContent).not.toContain('load them, then refresh');
    render(null, el);
    // Announced comments that are not on the page: they may load later; that wins over "closed".
    const announced: PopupState = { kind: 'ready', analysis: { ...emptyAnalysis(), closed: true, announcedCount: 12 } };
    el = await mount(<PopupView state={announced} actions={createMockConnector(announced).actions} />);
    expect(q(el, 'state-none')?.textContent).toContain('The page announces 12 comments, but none is on the page yet');
    expect(q(el, 'state-none')?.textContent).toContain('load them, then refresh');
    render(null, el);
    const fr = createTranslator(frMessages as Messages, 'fr');
    el = await mount(<PopupView state={closed} actions={createMockConnector(closed).actions} translator={fr} />);
    expect(q(el, 'state-none')?.textContent).toContain('Les commentaires sont fermés sur cette page');
    render(null, el);
    const one: PopupState = { kind: 'ready', analysis: { ...emptyAnalysis(), announcedCount: 1 } };
    el = await mount(<PopupView state={one} actions={createMockConnector(one).actions} translator={fr} />);
    expect(q(el, 'state-none')?.textContent).toContain('La page annonce 1 commentaire, mais il n’est pas encore sur la page');
  });

  it('says the comments are in a service frame not loaded yet, and does not deny a frame it offers to read', async () => {
    const a = emptyAnalysis();
    const coral: PopupState = { kind: 'ready', analysis: { ...a, pagination: { ...a.pagination, framed: 'coral' } } };
    let el = await mount(<PopupView state={coral} actions={createMockConnector(coral).actions} />);
    expect(q(el, 'state-none')?.textContent).toContain('The comments are in a Coral frame that has not loaded yet');
    expect(q(el, 'state-none')?.textContent).toContain('Scroll down to the comments');
    render(null, el);
    const disqus = { service: 'disqus', name: 'Disqus', host: 'disqus.com', origins: ['https://disqus.com/*'], refused: false };
    const offered: PopupState = { kind: 'ready', analysis: { ...a, pagination: { ...a.pagination, framed: 'disqus' } }, frame: disqus };
    el = await mount(<PopupView state={offered} actions={createMockConnector(offered).actions} />);
    expect(q(el, 'frame-notice')?.textContent).toContain('The comments are in a Disqus frame');
    expect(q(el, 'state-none')?.textContent).toContain('No comments on the page itself');
    expect(q(el, 'state-none')?.textContent).not.toContain('No comment section found');
  });

  it('shows a friendly error, never the stack, and copies the details for a report', async () => {
    const state: PopupState = { kind: 'error', message: 'analysis-failed', details: 'TypeError: x is undefined\n    at extract (content.js:10:5)' };
    const c = createMockConnector(state);
    const el = await mount(<PopupView state={state} actions={c.actions} />);
    const box = q(el, 'state-error') as HTMLElement;
    expect(box.textContent).toContain('Something went wrong');
    expect(box.textContent).not.toContain('TypeError');
    await act(() => (q(el, 'copy-error') as HTMLButtonElement).click());
    await flush();
    const copied = c.calls.find((x) => x.name === 'copy')?.args[0] as string;
    expect(copied).toContain('analysis-failed');
    expect(copied).toContain('at extract (content.js:10:5)');
    expect(box.textContent).toContain('Copied');
  });

  it('shows page text in its own direction: a right-to-left comment, name and title are dir=auto', async () => {
    // Arabic and Hebrew beside French: each piece of page text sets its direction from its first strong letter.
    const ar = 'هذا المقال مهم جدا، لكن الأرقام غير دقيقة في رأيي.';
    const he = 'אני לא מסכים עם הכותב, הנתונים חלקיים.';
    const comments = [
      commentRecord({ id: 'c1', author: 'سارة', text: ar }),
      commentRecord({ id: 'c2', author: 'Camille', text: 'Je ne suis pas d’accord avec ce chiffre.', parentId: 'c1', depth: 1 }),
      commentRecord({ id: 'c3', author: 'דניאל', text: he }),
    ];
    const a = analyze({ ...emptyAnalysis(), title: 'نقاش حول الأرقام', article: { ...emptyAnalysis().article, title: 'نقاش حول الأرقام' }, comments }, { summary: true });
    const el = await view({ kind: 'ready', analysis: a });
    // Where each piece sits: in an element of its own direction, or isolated inside the popup's words.
    const dirOf = (text: string) => {
      const holders = [...el.querySelectorAll('*')].filter((e) => e.childElementCount === 0 && e.textContent?.includes(text));
      expect(holders.length, text).toBeGreaterThan(0);
      return holders.map((e) => (e.textContent?.includes(`\u2068${text}\u2069`) ? 'isolated' : (e.closest('[dir]')?.getAttribute('dir') ?? 'none')));
    };
    const own = new Set(['auto', 'isolated']);
    for (const text of ['نقاش حول الأرقام', 'سارة', 'דניאל', 'הנתונים חלקיים', 'الأرقام غير دقيقة']) {
      expect(dirOf(text).every((d) => own.has(d)), `${text}: ${dirOf(text).join(', ')}`).toBe(true);
    }
    expect(dirOf('سارة')).toContain('auto');
    expect(dirOf('سارة')).toContain('isolated');
    // The popup's own words keep the popup's direction.
    expect(el.querySelector('.cl-popup')?.getAttribute('dir')).toBeNull();
  });

  it('paints a first look with its tree, says the rest is being read, and offers no export of a part', async () => {
    const whole = syntheticAnalysis({ comments: 400, seed: 5 });
    const preview = { ...whole, comments: whole.comments.slice(0, 200) };
    const el = await view({ kind: 'ready', analysis: preview, preview: true });
    expect(el.querySelector('[role=tree] [role=treeitem]')).not.toBeNull();
    expect(q(el, 'reading-more')?.textContent).toContain('Showing the first 200 comments while the others are read');
    expect(el.querySelector('#cl-export')).toBeNull();
    const done = await view({ kind: 'ready', analysis: whole });
    expect(q(done, 'reading-more')).toBeNull();
    expect(done.querySelector('#cl-export')).not.toBeNull();
  });
});

describe('App with a connector', () => {
  it('shows loading first, then what the connector sends', async () => {
    const analysis = syntheticAnalysis({ comments: 30, seed: 3 });
    const c = createMockConnector({ kind: 'ready', analysis }, { delayMs: 20 });
    const el = await mount(<App connector={c} />);
    expect(q(el, 'state-loading')).not.toBeNull();
    await act(() => new Promise((r) => setTimeout(r, 40)));
    expect(q(el, 'state-loading')).toBeNull();
    expect(q(el, 'article-title')?.textContent).toBe(analysis.article.title);
  });

  it('turns annotations on and off through the connector, and shows what the tab does', async () => {
    const c = createMockConnector({ kind: 'ready', analysis: syntheticAnalysis({ comments: 10 }) }, { annotationsOn: true });
    const el = await mount(<App connector={c} />);
    const toggle = () => q(el, 'annotations-toggle') as HTMLInputElement;
    expect(toggle().checked).toBe(true);
    await act(() => toggle().click());
    expect(toggle().checked).toBe(false);
    await act(() => toggle().click());
    expect(toggle().checked).toBe(true);
    expect(c.calls.filter((x) => x.name === 'setAnnotations').map((x) => x.args[0])).toEqual([false, true]);
  });

  it('reads the reader\'s settings: default sort and summary length', async () => {
    const analysis = syntheticAnalysis({ comments: 80, seed: 11 });
    const storage = memoryStorage({ [SETTINGS_KEY]: { defaultSort: 'replies', summaryLength: 'short' } });
    const el = await mount(<App connector={createMockConnector({ kind: 'ready', analysis })} settingsStorage={storage} />);
    await flush();
    expect((q(el, 'thread-sort') as HTMLSelectElement).value).toBe('replies');
    const most = Math.max(...buildTree(analysis.comments).map((r) => r.descendants));
    const first = el.querySelector('[role=treeitem]') as HTMLElement;
    expect(buildTree(analysis.comments).find((r) => r.comment.id === first.dataset.commentId)?.descendants).toBe(most);
    const summary = first.querySelector('.cl-summary')?.textContent ?? '';
    expect(summary.length).toBeLessThanOrEqual(SUMMARY_CHARS.short);
  });

  it('refresh goes back through loading to the result', async () => {
    const c = createMockConnector({ kind: 'ready', analysis: syntheticAnalysis({ comments: 10 }) }, { delayMs: 10 });
    const el = await mount(<App connector={c} />);
    await act(() => new Promise((r) => setTimeout(r, 20)));
    await act(() => (el.querySelector('.cl-header-tools button') as HTMLButtonElement).click());
    expect(q(el, 'state-loading')).not.toBeNull();
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(q(el, 'stats-line')).not.toBeNull();
  });

  it('makes the locale\'s formats while the first answer is awaited, after the connector has started', async () => {
    const order: string[] = [];
    // A connector whose first answer has not come yet.
    const c = { ...createMockConnector({ kind: 'loading' }), start: () => void order.push('start') };
    // A language no other test formats dates in (the formats are kept per language).
    const t = createTranslator(frMessages as Messages, 'fr-CH');
    const warm = t.warm;
    t.warm = () => (order.push('warm'), warm());
    const langs: unknown[] = [];
    const { DateTimeFormat } = Intl;
    Intl.DateTimeFormat = class extends DateTimeFormat {
      constructor(...args: ConstructorParameters<typeof DateTimeFormat>) {
        super(...args);
        langs.push(args[0]);
      }
    } as typeof DateTimeFormat;
    try {
      const el = await mount(<App connector={c} translator={t} />);
      await flush();
      expect(q(el, 'state-loading')).not.toBeNull();
      expect(order).toEqual(['start', 'warm']);
      expect(langs).toContain('fr-CH');
    } finally {
      Intl.DateTimeFormat = DateTimeFormat;
    }
  });
});
