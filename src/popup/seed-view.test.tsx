// @vitest-environment jsdom
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../core/analysis-types';
import { analyze } from '../core/analyze';
import { toJson, toMarkdown } from '../core/export';
import { extractPage } from '../extract';
import { PopupView } from './app';
import { createMockConnector, type MockConnector } from './mock-connector';

/** The founding example through the real pipeline (fixture -> extractPage -> analyze), then the popup. */
const fixture = path.resolve(__dirname, '../../test/fixtures/seed-wordpress.html');
const exists = existsSync(fixture);
if (!exists) console.warn(`seed-view tests skipped: ${fixture} is missing`);

let host: HTMLElement;
let analysis: Analysis;
let c: MockConnector;

beforeAll(() => {
  if (!exists) return;
  const url = 'http://127.0.0.1/seed-wordpress.html';
  const dom = new JSDOM(readFileSync(fixture, 'utf8'), { url });
  analysis = analyze(extractPage(dom.window.document, { url }));
});

async function show(): Promise<HTMLElement> {
  c = createMockConnector({ kind: 'ready', analysis });
  host = document.createElement('div');
  document.body.appendChild(host);
  await act(() => render(<PopupView state={{ kind: 'ready', analysis, annotationsOn: false }} actions={c.actions} />, host));
  // Painted, as the popup is before a reader can click in it (the tree's first paint holds its first rows only).
  await act(() => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 10))));
  return host;
}
afterEach(() => {
  if (host) render(null, host);
  host?.remove();
});
const q = (testid: string) => host.querySelector(`[data-testid="${testid}"]`) as HTMLElement;
const items = () => [...host.querySelectorAll<HTMLElement>('[role=treeitem]')];
const click = (el: Element) => act(() => (el as HTMLElement).click());

describe.skipIf(!exists)('popup on the founding example', () => {
  it('shows the title, the counts and the participants', async () => {
    await show();
    expect(q('article-title').textContent).toBe(analysis.article.title);
    expect(q('article-title').textContent).toContain('La France et la Russie');
    expect(q('stats-line').textContent).toBe('16 comments shown of 20 announced · comments closed');
    const names = [...q('participants').querySelectorAll('.cl-chip-name')].map((n) => n.textContent);
    expect(names).toEqual(analysis.stats.participants.slice(0, 10).map((p) => p.author));
    expect(names).toContain('Lagaffe');
    // 16 of 20: the popup explains the difference.
    expect(host.querySelector('.cl-reasons')?.textContent).toMatch(/4 announced comments are not on the page/);
  });

  it('shows 4 collapsed threads, each as its one-line summary with reply count', async () => {
    await show();
    const roots = items();
    expect(roots).toHaveLength(4);
    expect(roots.every((r) => r.getAttribute('aria-level') === '1')).toBe(true);
    const withReplies = roots.filter((r) => r.hasAttribute('aria-expanded'));
    expect(withReplies.length).toBeGreaterThan(0);
    for (const r of withReplies) {
      expect(r.getAttribute('aria-expanded')).toBe('false');
      expect(r.querySelector('.cl-summary')?.textContent?.length).toBeGreaterThan(10);
      expect(r.querySelector('.cl-thread-meta')?.textContent).toMatch(/\d+ repl(y|ies)/);
    }
    expect(roots[0].getAttribute('data-comment-id')).toBe(analysis.comments[0].id);
  });

  it('expands all to 16 comments 4 levels deep, and collapses back to 4', async () => {
    await show();
    await click(q('expand-all'));
    expect(items()).toHaveLength(16);
    expect(Math.max(...items().map((r) => Number(r.getAttribute('aria-level'))))).toBe(4);
    expect(items().filter((r) => r.getAttribute('aria-expanded') === 'false')).toHaveLength(0);
    await click(q('collapse-all'));
    expect(items()).toHaveLength(4);
  });

  it('expands one thread with its twisty and jumps to a comment on click', async () => {
    await show();
    const first = items()[0];
    await click(first.querySelector('.cl-twisty') as Element);
    expect(items()[0].getAttribute('aria-expanded')).toBe('true');
    const reply = items()[1];
    expect(reply.getAttribute('aria-level')).toBe('2');
    await click(reply);
    expect(c.calls).toEqual([{ name: 'jumpTo', args: [reply.getAttribute('data-comment-id')] }]);
  });

  it('exports the same Markdown and JSON as the command line', async () => {
    await show();
    await click(q('export-markdown'));
    await click(q('export-json'));
    const downloads = c.calls.filter((x) => x.name === 'download').map((x) => x.args);
    expect(downloads[0][1]).toBe('text/markdown');
    expect(downloads[0][2]).toBe(toMarkdown(analysis));
    expect(String(downloads[0][0])).toMatch(/^comments-127\.0\.0\.1-\d{4}-\d\d-\d\d\.md$/);
    expect(downloads[1][2]).toBe(toJson(analysis));
    await click(q('export-json-copy'));
    expect(c.calls.at(-1)).toEqual({ name: 'copy', args: [toJson(analysis)] });
  });

  it('lists the key points with their share, and jumps to their comments', async () => {
    await show();
    const kp = q('key-points');
    const points = analysis.summary?.keyPoints ?? [];
    if (points.length === 0) {
      expect(kp.textContent).toContain('No key points');
      return;
    }
    expect(kp.querySelectorAll('.cl-key-point').length).toBe(Math.min(5, points.length));
    expect(kp.querySelector('.cl-kp-text')?.textContent).toBe(points[0].text);
    await click(kp.querySelector('button[aria-expanded]') as Element);
    const linked = kp.querySelector('.cl-kp-comment') as HTMLElement;
    expect(linked.getAttribute('data-comment-id')).toBe(points[0].commentIds[0]);
    await click(linked);
    expect(c.calls.at(-1)).toEqual({ name: 'jumpTo', args: [points[0].commentIds[0]] });
  });
});
