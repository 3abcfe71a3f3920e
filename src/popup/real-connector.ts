import browser from 'webextension-polyfill';
import type { BackgroundRequests, Msg, Res, TabResult } from '../shared/protocol';
import type { Connector } from './connector';
import { unpacked } from '../shared/wire';
import type { FrameAccessApi } from './frame-access';
import { createConnector, type Asked } from './connector-flow';
import { afterNextPaint } from './after-paint';

/** Readings travel packed (see shared/wire.ts). */
function unpackedRes<R>(res: R): R {
  const r = res as { status?: string; analysis?: TabResultOk['analysis'] } | undefined;
  return (r?.status === 'ok' && r.analysis ? { ...r, analysis: unpacked(r.analysis) } : res) as R;
}

async function send<K extends keyof BackgroundRequests>(msg: Msg<BackgroundRequests, K>): Promise<Res<BackgroundRequests, K>> {
  return unpackedRes((await browser.runtime.sendMessage(msg)) as Res<BackgroundRequests, K>);
}

/** The first question as public/early-ask.js asked it, if it did. */
function askedEarly(): Promise<Asked | null> | undefined {
  const p = (globalThis as { __commentLensFirst?: Promise<Asked | null> }).__commentLensFirst;
  return p?.then((a) => (a ? { ...a, first: unpackedRes(a.first) } : null));
}
type TabResultOk = Extract<TabResult, { status: 'ok' }>;

/**
 * The tab the popup reads: the active tab of the current window. When the
 * popup is opened as a page of its own (tests, the screenshot harness), a
 * `?target=URL` names the tab instead; it only finds tabs the extension
 * already has host permission for.
 */
async function targetTab(): Promise<number | null> {
  const target = new URLSearchParams(location.search).get('target');
  if (target) {
    const tabs = await browser.tabs.query({});
    return tabs.find((t) => t.url === target)?.id ?? null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

const frameApi: FrameAccessApi = {
  contains: (origins) => browser.permissions.contains({ origins }),
  request: (origins) => browser.permissions.request({ origins }),
  storage: browser.storage.local,
};

/** After the next frame has painted (or 200 ms, should no frame come). */
const afterPaint = () =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 200);
    afterNextPaint(() => {
      clearTimeout(timer);
      resolve();
    });
  });

export function createRealConnector(): Connector {
  return createConnector({ send, targetTab, frameApi, afterPaint, openOptions: () => void browser.runtime.openOptionsPage(), asked: askedEarly() });
}
