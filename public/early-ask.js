// @ts-check
/**
 * The popup's first question, asked before its modules load: a classic script in the popup's head runs
 * as soon as it is parsed, while the popup's module graph (Preact, the views, the polyfill) is still being
 * fetched and evaluated, ~30-50 ms on a cold opening. It asks the background for the tab's first look and
 * its annotations' state and leaves the answer, as it came (the reading still packed), in
 * `globalThis.__commentLensFirst` for the popup's connector (src/popup/real-connector.ts), which asks
 * again itself should this be missing or have failed. Plain JavaScript because it is copied as it is
 * (public/): it uses the browser's own API, `browser` (Firefox) or `chrome` (both return promises in MV3).
 */
(() => {
  const g = /** @type {any} */ (globalThis);
  const api = g.browser?.runtime?.sendMessage ? g.browser : g.chrome;
  if (!api?.runtime?.sendMessage || !api.tabs?.query) return;
  /**
   * The background answers through webextension-polyfill, which reports its failures in Chrome as an
   * object rather than a rejection.
   * @param {object} msg
   */
  const send = async (msg) => {
    const res = await api.runtime.sendMessage(msg);
    if (res && res.__mozWebExtensionPolyfillReject__) throw new Error(String(res.message));
    return res;
  };
  /** The active tab of the current window, or the tab `?target=URL` names (tests, the screenshot harness). */
  const targetTab = async () => {
    const target = new URLSearchParams(location.search).get('target');
    if (target) {
      const tabs = await api.tabs.query({});
      return tabs.find((/** @type {{url?: string}} */ t) => t.url === target)?.id ?? null;
    }
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? null;
  };
  // A stopped worker starts at its first message (30-58 ms before it can answer, measured): this one
  // starts it while the tab is being found (tabs.query, 3-16 ms), before the first question.
  send({ type: 'wake' }).catch(() => undefined);
  const first = (async () => {
    const id = await targetTab();
    if (id === null || id === undefined) return null;
    performance.mark('cl:ask');
    const [preview, ann] = await Promise.all([send({ type: 'preview-tab', tabId: id, refresh: false }), send({ type: 'get-annotations', tabId: id })]);
    performance.mark('cl:first-answer');
    return { id, first: preview, ann };
  })();
  first.catch(() => undefined); // the connector reports a failure (it asks again)
  g.__commentLensFirst = first;
})();
