import browser, { type Runtime } from 'webextension-polyfill';
import contentScript from '../content/content-script.ts?script&iife';
import annotationsScript from '../content/annotations-script.ts?script&iife';
import listedPageScript from '../content/listed-page.ts?script&iife';
import { backgroundValidators, validate, type BackgroundRequests, type ContentRequests, type Msg } from '../shared/protocol';
import { annotateTab, listedScriptSync, onListedPage, type ScriptingLike } from './always-annotate';
import { SETTINGS_KEY } from '../shared/settings';
import { createFrameDeps, ensureReadingScript, readingAlive } from './frame-deps';
import { handlers, type BackgroundDeps } from './handlers';
import { createTabStore, type SessionArea } from './tab-store';

// A reading is copied to session storage a second after it is kept: its key points, asked for at
// once by the popup, are made first, and go in the same write (see TabStoreOptions).
// What is kept for a tab closed since goes at a later write (no listener to tabs' closing: it would
// start this worker for every tab closed).
const store = createTabStore(browser.storage.session as unknown as SessionArea, {
  writeDelayMs: 1000,
  openTabs: async () => (await browser.tabs.query({})).flatMap((t) => (t.id === undefined ? [] : [t.id])),
});

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

const alwaysDeps = { settings: browser.storage.local, permissions: browser.permissions };

browser.runtime.onMessage.addListener((msg: unknown, sender: Runtime.MessageSender) => {
  // A page of a site the reader asked to always annotate has loaded (content/listed-page.ts).
  if (sender.id === browser.runtime.id && sender.tab && !fromOwnPage(sender)) {
    void onListedPage(msg, sender, { ...alwaysDeps, turnOn: (tabId) => annotateTab(tabId, deps) });
    return undefined;
  }
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

// "Always annotate on this site": a script registered on the origins the reader listed and granted
// (see always-annotate.ts), kept in step with the settings and the permissions. These events are the
// extension's own or the reader's: no page wakes this worker.
const syncListed = listedScriptSync({ ...alwaysDeps, scripting: browser.scripting as unknown as ScriptingLike, file: `/${listedPageScript.replace(/^\//, '')}` });
const resync = () => void syncListed().catch(() => undefined);
// The local area's own event: storage.onChanged would also carry every session write (a reading's
// MB, old and new) into this worker.
browser.storage.local.onChanged.addListener((changes) => {
  if (SETTINGS_KEY in changes) resync();
});
browser.permissions.onAdded.addListener(resync);
browser.permissions.onRemoved.addListener(resync);
browser.runtime.onInstalled.addListener(resync);
browser.runtime.onStartup.addListener(resync);

export type { ContentRequests };
