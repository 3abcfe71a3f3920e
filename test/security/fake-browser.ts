import { vi } from 'vitest';

/** Listener shape of runtime.onMessage (webextension-polyfill: the answer is a returned promise). */
export type Listener = (msg: unknown, sender: Record<string, unknown>) => unknown;

export const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';
export const BASE = `chrome-extension://${EXT_ID}/`;

/** Just enough of `browser` for the service worker and the content script to start and answer. */
export function fakeBrowser() {
  const listeners: Listener[] = [];
  const session = new Map<string, unknown>();
  const noop = { addListener: () => undefined };
  const browser = {
    runtime: {
      id: EXT_ID,
      getURL: (p: string) => BASE + p.replace(/^\//, ''),
      onMessage: { addListener: (f: Listener) => listeners.push(f) },
      onMessageExternal: noop,
      onConnectExternal: noop,
      onInstalled: noop,
      onStartup: noop,
    },
    storage: {
      session: {
        get: async (k: string) => (session.has(k) ? { [k]: session.get(k) } : {}),
        set: async (items: Record<string, unknown>) => void Object.entries(items).forEach(([k, v]) => session.set(k, v)),
        remove: async (k: string) => void session.delete(k),
      },
      local: { get: async () => ({}), set: async () => undefined, remove: async () => undefined, onChanged: noop },
    },
    tabs: {
      get: vi.fn(async () => ({ id: 7, url: 'https://example.com/post' })),
      query: vi.fn(async () => []),
      sendMessage: vi.fn(async () => ({ ok: true })),
      onRemoved: noop,
    },
    scripting: { executeScript: vi.fn(async () => []) },
    commands: { onCommand: noop },
    permissions: { contains: async () => false, onAdded: noop, onRemoved: noop },
  };
  return { browser, listeners, session };
}
