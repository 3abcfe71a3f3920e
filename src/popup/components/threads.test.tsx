// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../core/analysis-types';
import { buildTree } from '../../core/tree';
import { PopupView } from '../app';
import { createMockConnector, type MockConnector } from '../mock-connector';
import { syntheticAnalysis } from '../test-data';
import { FIRST_PAINT_ROWS, ROW_PAGE } from './threads';

let big: Analysis;
let host: HTMLElement;
let c: MockConnector;
beforeAll(() => {
  big = syntheticAnalysis({ comments: 2000, seed: 7 });
});

async function show(analysis: Analysis): Promise<void> {
  c = createMockConnector({ kind: 'ready', analysis });
  host = document.createElement('div');
  document.body.appendChild(host);
  await act(() => render(<PopupView state={{ kind: 'ready', analysis }} actions={c.actions} />, host));
}
afterEach(() => {
  render(null, host);
  host.remove();
});
const q = <T extends HTMLElement = HTMLElement>(testid: string) => host.querySelector(`[data-testid="${testid}"]`) as T;
const items = () => [...host.querySelectorAll<HTMLElement>('[role=treeitem]')];
/** The first paint shows FIRST_PAINT_ROWS rows; the rest of the page of rows comes a frame later. */
const afterFirstPaint = () => act(() => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 10))));
const ids = () => items().map((r) => r.dataset.commentId as string);
const byId = (a: Analysis) => new Map(a.comments.map((x) => [x.id, x]));
const setCheck = (testid: string, on: boolean) =>
  act(() => {
    const el = q<HTMLInputElement>(testid);
    el.checked = on;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
const setSelect = (testid: string, value: string) =>
  act(() => {
    const el = q<HTMLSelectElement>(testid);
    el.value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
const type = (value: string) =>
  act(() => {
    const el = q<HTMLInputElement>('thread-search');
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });

describe('threads on a 2,000-comment discussion', () => {
  it('first paints only the threads collapsed, capped, with "show more"', async () => {
    await show(big);
    const roots = buildTree(big.comments);
    expect(roots.length).toBeGreaterThan(ROW_PAGE);
    // The popup's first paint: the first rows, and already the "show more" of the whole page of rows.
    expect(items()).toHaveLength(FIRST_PAINT_ROWS);
    expect(q('show-more')).not.toBeNull();
    expect(ids()).toEqual(roots.slice(0, FIRST_PAINT_ROWS).map((r) => r.comment.id));
    await afterFirstPaint();
    expect(items()).toHaveLength(ROW_PAGE);
    expect(items().every((r) => r.getAttribute('aria-level') === '1')).toBe(true);
    expect(host.querySelectorAll('.cl-text p').length).toBeLessThan(ROW_PAGE * 4);
    await act(() => q('show-more').click());
    expect(items()).toHaveLength(Math.min(roots.length, 2 * ROW_PAGE));
  });

  it('expand all stays capped and keeps the page order of replies', async () => {
    await show(big);
    await afterFirstPaint();
    await act(() => q('expand-all').click());
    expect(items()).toHaveLength(ROW_PAGE);
    const levels = items().map((r) => Number(r.getAttribute('aria-level')));
    expect(Math.max(...levels)).toBeGreaterThan(1);
    // Depth-first: a row is at most one level deeper than the row before it.
    levels.slice(1).forEach((l, i) => expect(l).toBeLessThanOrEqual(levels[i] + 1));
  });

  it.each([
    ['filter-links', (a: Analysis, id: string) => (byId(a).get(id)?.links.length ?? 0) > 0],
    ['filter-questions', (a: Analysis, id: string) => (byId(a).get(id)?.text ?? '').includes('?')],
  ])('%s shows the matches inside their threads', async (testid, ok) => {
    await show(big);
    await setCheck(testid, true);
    const matches = items().filter((r) => !r.classList.contains('cl-context'));
    expect(matches.length).toBeGreaterThan(0);
    for (const r of matches) expect(ok(big, r.dataset.commentId as string)).toBe(true);
    const status = q('thread-status').textContent ?? '';
    const expected = big.comments.filter((x) => ok(big, x.id)).length;
    expect(status).toContain(`${expected.toLocaleString('en')} comments match`);
  });

  it('unanswered keeps questions that got no reply', async () => {
    await show(big);
    await setCheck('filter-unanswered', true);
    const matches = items().filter((r) => !r.classList.contains('cl-context'));
    expect(matches.length).toBeGreaterThan(0);
    for (const r of matches) {
      expect(byId(big).get(r.dataset.commentId as string)?.text).toContain('?');
      expect(big.stats.repliesPerComment[r.dataset.commentId as string]).toBe(0);
    }
  });

  it('filters by author, from the select or a participant chip, and clears', async () => {
    await show(big);
    const top = big.stats.participants[0].author;
    await setSelect('thread-author', top);
    const matches = items().filter((r) => !r.classList.contains('cl-context'));
    expect(matches.length).toBe(Math.min(big.stats.participants[0].count, matches.length));
    for (const r of matches) expect(byId(big).get(r.dataset.commentId as string)?.author).toBe(top);
    await act(() => q('clear-filters').click());
    expect(items().every((r) => r.getAttribute('aria-level') === '1')).toBe(true);
    const chip = [...q('participants').querySelectorAll('button')][1];
    await act(() => chip.click());
    expect(q<HTMLSelectElement>('thread-author').value).toBe(big.stats.participants[1].author);
  });

  it('searches the text, ignoring case and accents', async () => {
    await show(big);
    await type('FACTURE');
    const matches = items().filter((r) => !r.classList.contains('cl-context'));
    expect(matches.length).toBeGreaterThan(0);
    for (const r of matches) expect(byId(big).get(r.dataset.commentId as string)?.text.toLowerCase()).toContain('facture');
    await type('cout de ces operations');
    expect(items().filter((r) => !r.classList.contains('cl-context')).length).toBeGreaterThan(0);
    await type('zzzz-nothing-matches');
    expect(items()).toHaveLength(0);
    expect(q('thread-status').textContent).toContain('0 comments match');
  });

  it('sorts by most replies and by newest', async () => {
    await show(big);
    const roots = buildTree(big.comments);
    await setSelect('thread-sort', 'replies');
    const most = Math.max(...roots.map((r) => r.descendants));
    expect(roots.find((r) => r.comment.id === ids()[0])?.descendants).toBe(most);
    await setSelect('thread-sort', 'newest');
    const last = big.comments.reduce((a, b) => (Date.parse(b.time ?? '') > Date.parse(a.time ?? '') ? b : a));
    const rootOf = (id: string): string => {
      const x = byId(big).get(id);
      return x?.parentId ? rootOf(x.parentId) : id;
    };
    expect(ids()[0]).toBe(rootOf(last.id));
  });

  it('marks inferred reply links as such', async () => {
    await show(big);
    await act(() => q('expand-all').click());
    for (let i = 0; i < 3 && !host.querySelector('.cl-inferred'); i++) await act(() => q('show-more').click());
    const badge = host.querySelector('.cl-inferred') as HTMLElement;
    expect(badge.textContent).toBe('inferred reply');
    const id = badge.closest('[role=treeitem]')?.getAttribute('data-comment-id') as string;
    expect(byId(big).get(id)?.parentInferred).toBe(true);
  });
});

describe('a comment in another language than the discussion', () => {
  it('says so, in words, and marks its text with that language', async () => {
    const base = syntheticAnalysis({ comments: 3, seed: 2, summary: true });
    const [a, b, c3] = base.comments;
    const analysis: Analysis = {
      ...base,
      comments: [{ ...a, lang: 'fr' }, { ...b, parentId: null, depth: 0, lang: 'en' }, { ...c3, parentId: null, depth: 0 }],
      summary: base.summary ? { ...base.summary, lang: 'fr' } : null,
    };
    if (!analysis.summary) return expect.unreachable('synthetic analysis has a summary');
    await show(analysis);
    const badges = [...host.querySelectorAll('[data-testid=comment-lang]')];
    expect(badges.map((x) => x.closest('[role=treeitem]')?.getAttribute('data-comment-id'))).toEqual([b.id]);
    expect(badges[0].textContent).toBe('in English');
    expect(host.querySelector(`[data-comment-id="${b.id}"] .cl-text`)?.getAttribute('lang')).toBe('en');
  });
});
