// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import fr from '../../../public/_locales/fr/messages.json';
import type { Analysis } from '../../core/analysis-types';
import { App, PopupView } from '../app';
import type { FrameAccess, PopupState } from '../connector';
import { createTranslator, type Messages, type Translator } from '../i18n';
import { createMockConnector } from '../mock-connector';
import { emptyAnalysis, syntheticAnalysis } from '../test-data';

const disqus: FrameAccess = { service: 'disqus', name: 'Disqus', host: 'disqus.com', origins: ['https://disqus.com/*'], refused: false };
const framedPage = (): Analysis => {
  const a = emptyAnalysis();
  return { ...a, pagination: { ...a.pagination, framed: 'disqus', frameOrigin: 'https://disqus.com' } };
};
const ready = (frame?: FrameAccess, analysis = framedPage()): PopupState => ({ kind: 'ready', analysis, ...(frame ? { frame } : {}) });

const en = createTranslator({}, 'en');
const french = createTranslator(fr as Messages, 'fr');
const LANGS: [string, Translator, Record<string, string>][] = [
  ['en', en, {
    title: 'The comments are in a Disqus frame',
    button: 'Read the comments in the Disqus frame',
    refused: 'Reading the Disqus frame (disqus.com) is not allowed.',
    again: 'Ask again',
  }],
  ['fr', french, {
    title: 'Les commentaires sont dans un cadre Disqus',
    button: 'Lire les commentaires du cadre Disqus',
    refused: 'La lecture du cadre Disqus (disqus.com) n’est pas autorisée.',
    again: 'Redemander',
  }],
];

let host: HTMLElement;
afterEach(() => {
  if (host) render(null, host);
});
async function show(node: preact.ComponentChild): Promise<HTMLElement> {
  host = document.createElement('div');
  document.body.append(host);
  await act(() => render(node, host));
  return host;
}
const q = (sel: string) => host.querySelector(sel);

describe.each(LANGS)('the comment frame notice (%s)', (_lang, t, want) => {
  it('offers to read the frame, naming the service and the host, and asks on click', async () => {
    const mock = createMockConnector(ready(disqus));
    await show(<PopupView state={ready(disqus)} actions={mock.actions} translator={t} />);
    expect(q('[data-testid=frame-notice] .cl-state-title')?.textContent).toBe(want.title);
    expect(q('[data-testid=frame-notice]')?.textContent).toContain('disqus.com');
    const button = q('[data-testid=frame-read]') as HTMLButtonElement;
    expect(button.textContent).toBe(want.button);
    // The page itself still says it found no comments of its own.
    expect(q('[data-testid=state-none]')).not.toBeNull();
    await act(() => button.click());
    expect(mock.calls).toEqual([{ name: 'readFrame', args: [disqus] }]);
  });

  it('after a refusal shows a quiet line with a way to ask again', async () => {
    const mock = createMockConnector(ready(disqus), { frameGranted: false });
    await show(<App connector={mock} translator={t} />);
    await act(() => (q('[data-testid=frame-read]') as HTMLButtonElement).click());
    expect(q('[data-testid=frame-notice]')).toBeNull();
    expect(q('[data-testid=frame-refused]')?.textContent).toBe(`${want.refused} ${want.again}`);
    await act(() => (q('[data-testid=frame-ask-again]') as HTMLButtonElement).click());
    expect(mock.calls.map((c) => c.name)).toEqual(['readFrame', 'readFrame']);
    expect((mock.calls[1].args[0] as FrameAccess).refused).toBe(true);
  });

  it('goes away once the reader has granted it', async () => {
    const mock = createMockConnector(ready(disqus), { frameGranted: true });
    await show(<App connector={mock} translator={t} />);
    await act(() => (q('[data-testid=frame-read]') as HTMLButtonElement).click());
    expect(q('[data-testid=frame-notice]')).toBeNull();
    expect(q('[data-testid=frame-refused]')).toBeNull();
  });

  it('sits in the overview when the page has comments of its own too', async () => {
    const a = syntheticAnalysis({ comments: 12, seed: 3 });
    const withFrame = { ...a, pagination: { ...a.pagination, framed: 'disqus', frameOrigin: 'https://disqus.com' } };
    await show(<PopupView state={ready(disqus, withFrame)} actions={createMockConnector(ready()).actions} translator={t} />);
    expect(q('#cl-overview [data-testid=frame-read]')?.textContent).toBe(want.button);
  });

  it('is not there when no frame needs a permission', async () => {
    await show(<PopupView state={ready()} actions={createMockConnector(ready()).actions} translator={t} />);
    expect(q('[data-testid=frame-notice]')).toBeNull();
    expect(q('[data-testid=frame-refused]')).toBeNull();
    expect(q('[data-testid=state-none]')).not.toBeNull();
  });
});
