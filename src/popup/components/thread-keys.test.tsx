// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Analysis } from '../../core/analysis-types';
import type { CommentRecord } from '../../core/types';
import { analyze } from '../../core/analyze';
import { syntheticExtraction } from '../test-data';
import { PopupView } from '../app';
import { createMockConnector, type MockConnector } from '../mock-connector';

/**
 * Keyboard use of the reply tree (WAI-ARIA tree pattern), on a small hand-made
 * discussion: A (replies B, C; B has D), E, F (reply G).
 */
function discussion(): Analysis {
  const base = syntheticExtraction({ comments: 1, seed: 1 });
  const mk = (id: string, parentId: string | null, author: string, depth: number): CommentRecord => ({
    ...base.comments[0],
    id,
    parentId,
    author,
    depth,
    text: `Texte de ${author}.`,
    paragraphs: [`Texte de ${author}.`],
  });
  return analyze({
    ...base,
    comments: [mk('A', null, 'Alice', 0), mk('B', 'A', 'Bruno', 1), mk('D', 'B', 'Dora', 2), mk('C', 'A', 'Chloé', 1), mk('E', null, 'Émile', 0), mk('F', null, 'Fanny', 0), mk('G', 'F', 'Gus', 1)],
  });
}

let host: HTMLElement;
let c: MockConnector;
beforeEach(async () => {
  const analysis = discussion();
  c = createMockConnector({ kind: 'ready', analysis });
  host = document.createElement('div');
  document.body.appendChild(host);
  await act(() => render(<PopupView state={{ kind: 'ready', analysis }} actions={c.actions} />, host));
});
afterEach(() => {
  render(null, host);
  host.remove();
});

const items = () => [...host.querySelectorAll<HTMLElement>('[role=treeitem]')];
const ids = () => items().map((r) => r.dataset.commentId).join('');
const item = (id: string) => host.querySelector(`[data-comment-id="${id}"]`) as HTMLElement;
const focused = () => (document.activeElement as HTMLElement | null)?.dataset.commentId;
const press = (key: string) =>
  act(() => {
    (document.activeElement as HTMLElement).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });

describe('reply tree by keyboard', () => {
  it('has one tab stop, on the first thread', () => {
    expect(ids()).toBe('AEF');
    expect(items().map((r) => r.tabIndex)).toEqual([0, -1, -1]);
    expect(item('A').getAttribute('aria-expanded')).toBe('false');
    expect(item('E').hasAttribute('aria-expanded')).toBe(false);
    expect(item('A').getAttribute('aria-setsize')).toBe('3');
  });

  it('moves with Up, Down, Home and End', async () => {
    item('A').focus();
    await press('ArrowDown');
    expect(focused()).toBe('E');
    await press('End');
    expect(focused()).toBe('F');
    await press('ArrowDown');
    expect(focused()).toBe('F');
    await press('Home');
    expect(focused()).toBe('A');
    await press('ArrowUp');
    expect(focused()).toBe('A');
    expect(items().filter((r) => r.tabIndex === 0).map((r) => r.dataset.commentId)).toEqual(['A']);
  });

  it('a key pressed before the last render\'s effects have run still moves focus there', async () => {
    // Outside act(), as in the browser: focusing renders at once, its effects wait for the next
    // frame, and End arrives in between. The older render's effect must not take focus back.
    item('A').focus();
    await new Promise((r) => setTimeout(r, 0));
    item('A').dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, cancelable: true }));
    await new Promise((r) => setTimeout(r, 200));
    expect(focused()).toBe('F');
  });

  it('opens with Right (the whole branch), enters with Right, leaves with Left, closes with Left', async () => {
    item('A').focus();
    await press('ArrowRight');
    expect(ids()).toBe('ABDCEF');
    expect(item('A').getAttribute('aria-expanded')).toBe('true');
    expect(focused()).toBe('A');
    await press('ArrowRight');
    expect(focused()).toBe('B');
    await press('ArrowLeft');
    expect(ids()).toBe('ABCEF');
    expect(item('B').getAttribute('aria-expanded')).toBe('false');
    await press('ArrowLeft');
    expect(focused()).toBe('A');
    await press('ArrowLeft');
    expect(ids()).toBe('AEF');
  });

  it('toggles with Space, opens all siblings with *, and jumps with Enter', async () => {
    item('F').focus();
    await press(' ');
    expect(ids()).toBe('AEFG');
    await press(' ');
    expect(ids()).toBe('AEF');
    await press('*');
    expect(ids()).toBe('ABDCEFG');
    await press('ArrowDown');
    await press('Enter');
    expect(c.calls).toEqual([{ name: 'jumpTo', args: ['G'] }]);
  });

  it('moves to the next comment by a name typed, accents ignored', async () => {
    item('A').focus();
    await press('*');
    await press('e');
    expect(focused()).toBe('E');
    await new Promise((r) => setTimeout(r, 650));
    await press('g');
    expect(focused()).toBe('G');
    await new Promise((r) => setTimeout(r, 650));
    // Two letters typed quickly name one comment; the search wraps around to the top.
    await press('c');
    await press('h');
    expect(focused()).toBe('C');
  });
});
