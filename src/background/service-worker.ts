import browser, { type Runtime } from 'webextension-polyfill';
import contentScript from '../content/content-script.ts?script&iife';
import annotationsScript from '../content/annotations-script.ts?script&iife';
import { backgroundValidators, validate, type BackgroundRequests, type ContentRequests, type Msg } from '../shared/protocol';
import { alwaysAnnotateListener, annotateTab } from './always-annotate';
import { createFrameDeps, ensureReadingScript, readingAlive } from './frame-deps';
import { handlers, type BackgroundDeps } from './handlers';
import { createTabStore, type SessionArea } from './tab-store';

// A reading is copied to session storage a second after it is kept: its key points, asked for at
// once by the popup, are made first, and go in the same write (see TabStoreOptions).
const store = createTabStore(browser.storage.session as unknown as SessionArea, { writeDelayMs: 1000 });

const deps: BackgroundDeps = {
  store,
  tabUrl: async (tabId) => (await browser.tabs.get(tabId)).url,
  ensureContent: (tabId, gone) => ensureReadingScript(tabId, 0, contentScript, gone),
  readingAlive: (tabId) => readingAlive(tabId, 0),
  async sendToTab(tabId, msg) {
    // The annotations' own script goes in only when they are turned on (content/bridge.ts); it
    // registers once and ignores later injections.
    if (msg.type === 'annotate' && (msg as { on?: boolean }).on) {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [annotationsScript] });
    }
    return browser.tabs.sendMessage(tabId, msg, { frameId: 0 }) as never;
  },
  frames: createFrameDeps(contentScript),
};

/** Only our own extension pages (popup, options) may command the background. */
function fromOwnPage(sender: Runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  const base = browser.runtime.getURL('');
  return typeof sender.url === 'string' && sender.url.startsWith(base);
}

browser.runtime.onMessage.addListener((msg: unknown, sender: Runtime.MessageSender) => {
  if (!fromOwnPage(sender) || !validate<BackgroundRequests>(backgroundValidators, msg)) return undefined;
  const m = msg as Msg<BackgroundRequests, keyof BackgroundRequests>;
  const handler = handlers[m.type] as (msg: unknown, d: BackgroundDeps) => Promise<unknown>;
  return handler(m, deps);
});

browser.commands?.onCommand.addListener(async (command) => {
  if (command !== 'toggle-annotations') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const on = !(await store.annotations(tab.id));
  await handlers['set-annotations']({ type: 'set-annotations', tabId: tab.id, on }, deps).catch(() => undefined);
});

// "Always annotate on this site": only origins the reader listed and granted.
browser.tabs.onUpdated.addListener(
  alwaysAnnotateListener({
    settings: browser.storage.local,
    permissions: browser.permissions,
    turnOn: (tabId) => annotateTab(tabId, deps),
  }),
);

browser.tabs.onRemoved.addListener((tabId) => {
  void store.forget(tabId);
});

export type { ContentRequests };
