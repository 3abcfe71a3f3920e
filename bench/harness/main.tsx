// The popup outside the extension, fed by the mock connector with recorded data, for the
// screenshot harness and the popup benchmark. `?data=FILE.json` names a PopupState to show.
import { render } from 'preact';
import { App } from '../../src/popup/app';
import { createMockConnector } from '../../src/popup/mock-connector';
import type { PopupState } from '../../src/popup/connector';
import '../../src/popup/popup.css';

declare global {
  interface Window {
    __harness: { ready: Promise<void>; renderStart: number; treePaint: number | null; fetchMs: number };
  }
}

const params = new URLSearchParams(location.search);
const file = params.get('data') ?? 'state.json';
const t0 = performance.now();
window.__harness = { ready: Promise.resolve(), renderStart: 0, treePaint: null, fetchMs: 0 };
window.__harness.ready = fetch(file)
  .then((r) => r.json() as Promise<PopupState>)
  .then((state) => {
    window.__harness.fetchMs = performance.now() - t0;
    const root = document.getElementById('app') as HTMLElement;
    const mo = new MutationObserver(() => {
      if (window.__harness.treePaint === null && document.querySelector('[role=tree], [data-testid^=state-]')) {
        // The frame after the tree is in the DOM is when it is painted.
        requestAnimationFrame(() => {
          window.__harness.treePaint = performance.now() - window.__harness.renderStart;
        });
        mo.disconnect();
      }
    });
    mo.observe(root, { childList: true, subtree: true });
    window.__harness.renderStart = performance.now();
    render(<App connector={createMockConnector(state)} />, root);
  });
