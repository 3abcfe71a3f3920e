// @vitest-environment jsdom
// Every payload of the corpus, on generated WordPress pages (escaped and raw), through extraction,
// analysis, the popup (rendered, everything expanded) and both exports: all of it stays text.
import { JSDOM } from 'jsdom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { toJson, toMarkdown } from '../../src/core/export';
import { extractPage } from '../../src/extract';
import { PopupView } from '../../src/popup/app';
import { createMockConnector } from '../../src/popup/mock-connector';
import { PAYLOADS } from '../fixtures/payloads/corpus.mjs';
import { hostilePages } from '../fixtures/payloads/generate.mjs';
import { dangerIn, liveMarkdown } from './scan';

const ORIGIN = 'http://127.0.0.1:9';
const pages = [...hostilePages(ORIGIN, 'text'), ...hostilePages(ORIGIN, 'raw')];
const httpOnly = (u: string | null) => u === null || /^https?:\/\//.test(u);

describe('hostile pages through the whole pipeline (jsdom)', () => {
  it('the corpus holds at least 200 payloads in every family', () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(200);
    const families = new Set(PAYLOADS.map((p) => p.cat));
    for (const f of ['script-tag', 'event-handler', 'url', 'svg-mathml', 'mutation', 'css', 'dangling', 'clobbering']) expect(families).toContain(f);
    expect(new Set(PAYLOADS.map((p) => p.p)).size).toBe(PAYLOADS.length);
  });

  it.each(pages.map((p) => [p.name, p] as const))('%s: text in, text out', async (name, page) => {
    const dom = new JSDOM(page.html, { url: `${ORIGIN}/${name}` });
    const extraction = extractPage(dom.window.document, { url: `${ORIGIN}/${name}` });
    expect(extraction.comments.length).toBeGreaterThan(0);
    if (name.includes('-text-')) {
      // Escaped payloads are words: every comment is found, and its text is the payload verbatim.
      expect(extraction.comments.length).toBe(page.payloads.length);
      expect(extraction.comments.some((c) => c.text.includes('__pwned('))).toBe(true);
    }
    // What leaves the page for the popup, storage and exports carries only http(s) URLs.
    const analysis = analyze(extraction);
    for (const c of analysis.comments) {
      expect(httpOnly(c.authorUrl), `authorUrl ${c.authorUrl}`).toBe(true);
      expect(httpOnly(c.permalink), `permalink ${c.permalink}`).toBe(true);
      for (const l of c.links) expect(httpOnly(l), `link ${l}`).toBe(true);
    }

    const host = document.createElement('div');
    document.body.append(host);
    const state = { kind: 'ready', analysis } as const;
    await act(() => render(<PopupView state={state} actions={createMockConnector(state).actions} />, host));
    // The first paint shows the first rows of the tree, the rest a frame later (threads.tsx).
    await act(() => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 10))));
    for (let i = 0; i < 10 && host.querySelector('[data-testid=show-more]'); i++) {
      await act(() => (host.querySelector('[data-testid=show-more]') as HTMLElement).click());
    }
    await act(() => (host.querySelector('[data-testid=expand-all]') as HTMLElement | null)?.click());
    expect(host.querySelectorAll('[role=treeitem]').length).toBe(extraction.comments.length);
    expect(dangerIn(host)).toEqual([]);
    render(null, host);
    host.remove();

    expect(liveMarkdown(toMarkdown(analysis))).toEqual([]);
    expect(JSON.parse(toJson(analysis)).comments.length).toBe(extraction.comments.length);
  });
});
