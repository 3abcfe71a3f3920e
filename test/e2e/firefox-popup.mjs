// Opening the extension's popup page in a Firefox tab (Puppeteer over WebDriver BiDi).
//
// goto on a moz-extension:// URL may never resolve, so it is not awaited. But a wait started while
// the tab still shows about:blank can fail outright when the navigation discards that document's
// realm (a BiDi error Puppeteer does not retry: "Waiting for selector ... failed" a few seconds in).
// So the popup is handed over only once the document itself reports the extension's URL.
export async function openFirefoxPopup(browser, base, target, { width = 400, height = 600 } = {}) {
  const popup = await browser.newPage();
  await popup.setViewport({ width, height });
  const url = `${base}/src/popup/index.html?target=${encodeURIComponent(target)}`;
  popup.goto(url).catch(() => undefined);
  await settledAt(popup, base);
  return popup;
}

/** Waits (up to 20 s) until the page's own document is at `base` and parsed; throws otherwise. */
export async function settledAt(page, base, timeoutMs = 20_000) {
  // The page object's url() may lag behind the navigation: ask the document itself.
  const at = () =>
    page.evaluate(() => (document.readyState === 'loading' ? '' : location.href)).catch(() => '');
  const end = Date.now() + timeoutMs;
  let href = '';
  while (Date.now() < end) {
    href = await at();
    if (href.startsWith(base)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the popup tab never reached ${base} (last seen: ${href || 'nothing'})`);
}
