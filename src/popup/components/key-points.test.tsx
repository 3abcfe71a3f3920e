// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { Analysis } from '../../core/analysis-types';
import { DEFAULT_SETTINGS, type SummaryLength } from '../../shared/settings';
import { PopupView } from '../app';
import { createMockConnector, type MockConnector } from '../mock-connector';
import { syntheticAnalysis } from '../test-data';

function withKeyPoints(n: number): Analysis {
  const a = syntheticAnalysis({ comments: 60, seed: 9, summary: true });
  const ids = a.comments.map((c) => c.id);
  const keyPoints = Array.from({ length: n }, (_, i) => ({
    text: `Point clé numéro ${i + 1} : la coordination reste théorique.`,
    commentIds: ids.slice(i * 5, i * 5 + 3 + i),
    share: (3 + i) / ids.length,
  }));
  return { ...a, summary: { ...(a.summary as NonNullable<Analysis['summary']>), keyPoints } };
}

let host: HTMLElement;
let c: MockConnector;
async function show(a: Analysis, summaryLength: SummaryLength = 'medium') {
  c = createMockConnector({ kind: 'ready', analysis: a });
  host = document.createElement('div');
  await act(() => render(<PopupView state={{ kind: 'ready', analysis: a }} actions={c.actions} settings={{ ...DEFAULT_SETTINGS, summaryLength }} />, host));
  return host.querySelector('[data-testid=key-points]') as HTMLElement;
}
afterEach(() => render(null, host));

describe('key points', () => {
  it.each([
    ['short', 3],
    ['medium', 5],
    ['long', 8],
  ] as const)('lists as many as the %s summary length allows', async (len, want) => {
    const kp = await show(withKeyPoints(8), len);
    expect(kp.querySelectorAll('.cl-key-point')).toHaveLength(want);
  });

  it('shows each share and opens its comments, which jump to the page', async () => {
    const a = withKeyPoints(2);
    const kp = await show(a);
    const second = kp.querySelectorAll('.cl-key-point')[1] as HTMLElement;
    const pct = Math.round(a.summary!.keyPoints[1].share * 100);
    expect(second.querySelector('[role=img]')?.getAttribute('aria-label')).toBe(`${pct} percent of the discussion`);
    const toggle = second.querySelector('button[aria-expanded]') as HTMLButtonElement;
    expect(toggle.textContent).toBe('See its 4 comments');
    await act(() => toggle.click());
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const links = [...second.querySelectorAll<HTMLButtonElement>('.cl-kp-comment')];
    expect(links.map((l) => l.dataset.commentId)).toEqual(a.summary!.keyPoints[1].commentIds);
    await act(() => links[2].click());
    expect(c.calls).toEqual([{ name: 'jumpTo', args: [a.summary!.keyPoints[1].commentIds[2]] }]);
  });

  it('says so when there are none', async () => {
    const kp = await show(withKeyPoints(0));
    expect(kp.textContent).toContain('No key points for this discussion');
  });
});
