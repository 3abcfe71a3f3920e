// @vitest-environment jsdom
// No command from the page: the service worker answers only our own pages, the content script only
// our background, unknown or malformed messages are dropped, and nothing listens to the page's
// postMessage. Random messages (fast-check) never reach a handler unless their shape is valid.
import fc from 'fast-check';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { backgroundValidators, contentValidators, validate } from '../../src/shared/protocol';
import { BASE, EXT_ID, fakeBrowser, type Listener } from './fake-browser';

const fake = fakeBrowser();
vi.mock('webextension-polyfill', () => ({ default: fake.browser }));
vi.mock('../../src/content/content-script.ts?script&iife', () => ({ default: 'content.js' }));
vi.mock('../../src/content/annotations-script.ts?script&iife', () => ({ default: 'annotations.js' }));
vi.mock('../../src/content/listed-page.ts?script&iife', () => ({ default: 'listed-page.js' }));

const windowListeners: string[] = [];
let background: Listener;
let content: Listener;

beforeAll(async () => {
  const add = window.addEventListener.bind(window);
  window.addEventListener = ((type: string, ...rest: Parameters<typeof add> extends [unknown, ...infer R] ? R : never) => {
    windowListeners.push(type);
    return add(type, ...(rest as [EventListener]));
  }) as typeof window.addEventListener;
  await import('../../src/background/service-worker');
  background = fake.listeners[fake.listeners.length - 1];
  // The reading script uses the browser's own runtime (no polyfill) and answers through sendResponse.
  (globalThis as unknown as { browser: unknown }).browser = fake.browser;
  await import('../../src/content/content-script');
  const raw = fake.listeners[fake.listeners.length - 1] as unknown as (m: unknown, s: unknown, respond: (r: unknown) => void) => unknown;
  content = ((m: unknown, s: unknown) => {
    let answer: (r: unknown) => void = () => undefined;
    const later = new Promise((r) => (answer = r));
    return raw(m, s, answer) === true ? later : undefined;
  }) as Listener;
  expect(fake.listeners.length).toBeGreaterThanOrEqual(2);
});

const popup = { id: EXT_ID, url: `${BASE}src/popup/index.html` };
const forgedSenders = [
  { name: 'a web page (content script context of a tab)', s: { id: EXT_ID, url: 'https://evil.example/', tab: { id: 3 } } },
  { name: 'another extension', s: { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/popup.html' } },
  { name: 'another extension claiming our page', s: { id: 'zzzz', url: `${BASE}src/popup/index.html` } },
  { name: 'our id from a page URL', s: { id: EXT_ID, url: 'https://evil.example/chrome-extension://' } },
  { name: 'a look-alike origin', s: { id: EXT_ID, url: `chrome-extension://${EXT_ID}.evil.example/` } },
  { name: 'no id', s: { url: `${BASE}src/popup/index.html` } },
  { name: 'no url', s: { id: EXT_ID } },
];

describe('the service worker obeys only our own pages', () => {
  it('answers a valid request from the popup', async () => {
    await expect(background({ type: 'get-annotations', tabId: 7 }, popup)).resolves.toEqual({ on: false });
  });

  it('answers the popup\'s wake without reaching any tab', async () => {
    const calls = () => fake.browser.scripting.executeScript.mock.calls.length + fake.browser.tabs.sendMessage.mock.calls.length;
    const before = calls();
    await expect(background({ type: 'wake' }, popup)).resolves.toEqual({ ok: true });
    expect(calls()).toBe(before);
  });

  it.each(forgedSenders)('drops a valid request from $name', ({ s }) => {
    for (const msg of [{ type: 'get-annotations', tabId: 7 }, { type: 'set-annotations', tabId: 7, on: true }, { type: 'analyze-tab', tabId: 7, refresh: true }]) {
      expect(background(msg, s)).toBeUndefined();
    }
    expect(fake.browser.scripting.executeScript).not.toHaveBeenCalled();
  });

  it("reads no page whose script says it loaded unless its site is listed and granted (nothing is, here)", async () => {
    const page = { id: EXT_ID, url: 'https://evil.example/', frameId: 0, tab: { id: 3, url: 'https://evil.example/' } };
    expect(background({ type: 'listed-page-loaded' }, page)).toBeUndefined();
    expect(background({ type: 'analyze-tab', tabId: 3, refresh: true }, page)).toBeUndefined();
    await new Promise((r) => setTimeout(r, 10));
    expect(fake.browser.scripting.executeScript).not.toHaveBeenCalled();
    expect(fake.browser.tabs.sendMessage.mock.calls.filter((c: unknown[]) => c[0] === 3)).toEqual([]); // nothing asked of that tab
  });

  it('drops prototype keys, unknown types and malformed payloads', () => {
    const bad: unknown[] = [
      null, 'analyze-tab', [], { type: '__proto__' }, { type: 'constructor' }, { type: 'toString' }, { type: 'hasOwnProperty' },
      JSON.parse('{"type":"get-annotations","__proto__":{"tabId":7}}'), { type: 'analyze-tab', tabId: -1, refresh: true },
      { type: 'analyze-tab', tabId: 1.5, refresh: true }, { type: 'analyze-tab', tabId: '7', refresh: true },
      { type: 'jump-to', tabId: 7, commentId: 'x'.repeat(5000) }, { type: 'jump-to', tabId: 7, commentId: '' },
      { type: 'set-annotations', tabId: 7, on: 'yes' }, { type: 'extract' }, { type: 'annotate', on: true, analysis: null },
    ];
    for (const m of bad) expect(background(m, popup), JSON.stringify(m)).toBeUndefined();
  });

  it('random messages pass validation only with a valid shape, and never throw (fast-check)', () => {
    const arbMsg = fc.oneof(
      fc.anything(),
      fc.record({ type: fc.constantFrom(...Object.keys(backgroundValidators), ...Object.keys(contentValidators), '__proto__', ''), tabId: fc.anything(), on: fc.anything(), refresh: fc.anything(), commentId: fc.anything(), anchor: fc.anything(), analysis: fc.anything() }, { requiredKeys: ['type'] }),
    );
    fc.assert(
      fc.property(arbMsg, (m) => {
        const ok = validate(backgroundValidators, m);
        if (!ok) expect(background(m, popup)).toBeUndefined();
        else {
          const r = m as Record<string, unknown>;
          // Every request naming a tab names a real tab id ('wake' names none and does nothing).
          expect(r.type === 'wake' || (Number.isInteger(r.tabId) && (r.tabId as number) >= 0)).toBe(true);
        }
        validate(contentValidators, m);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the content script obeys only our background', () => {
  const bg = { id: EXT_ID, url: `${BASE}service-worker-loader.js` };
  it('answers a ping from the background', async () => {
    await expect(content({ type: 'ping' }, bg)).resolves.toEqual({ ok: true });
  });
  it.each([
    { name: 'another tab (a content script)', s: { id: EXT_ID, tab: { id: 3 }, url: 'https://evil.example/' } },
    { name: 'another extension', s: { id: 'zzzz' } },
    { name: 'no id', s: {} },
  ])('drops requests from $name', ({ s }) => {
    for (const m of [{ type: 'ping' }, { type: 'extract' }, { type: 'jump-to', commentId: 'c1', anchor: '#c1' }]) expect(content(m, s)).toBeUndefined();
  });
  it('drops malformed requests from the background', () => {
    for (const m of [{ type: 'jump-to', commentId: 7, anchor: null }, { type: 'annotate', on: 'true', analysis: null }, { type: 'annotate', on: true, analysis: [] }, { type: 'eval' }]) {
      expect(content(m, bg)).toBeUndefined();
    }
  });
  it("listens to nothing the page can send: no window 'message' listener, no external messaging", () => {
    expect(windowListeners).not.toContain('message');
    const src = path.resolve(__dirname, '../../src');
    const files: string[] = [];
    const walk = (d: string) => readdirSync(d).forEach((f) => (statSync(path.join(d, f)).isDirectory() ? walk(path.join(d, f)) : /\.tsx?$/.test(f) && !/\.test\./.test(f) && files.push(path.join(d, f))));
    walk(src);
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      expect(text, f).not.toMatch(/addEventListener\(\s*['"]message['"]|onMessageExternal|onConnectExternal|\bonmessage\s*=/);
    }
    const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '../../manifest.json'), 'utf8'));
    expect(manifest.externally_connectable).toBeUndefined();
  });
});
