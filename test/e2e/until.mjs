// Shared by the real-browser tests.

/** Polls `fn` in the page until it returns something truthy (same call for Playwright and Puppeteer). */
export async function until(page, fn, arg, what, timeout = 20_000) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await page.evaluate(fn, arg).catch(() => null);
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}
