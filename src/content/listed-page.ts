/**
 * Registered (scripting.registerContentScripts, background/always-annotate.ts) on the sites the reader
 * asked to always annotate, and on no other page: it only tells the background that the page has
 * loaded, and the background, having checked the site is still listed and granted, reads the page and
 * turns its annotations on. Without it the background would have to wake for every tab's every update.
 */
type Runtime = { sendMessage(msg: unknown): Promise<unknown> | undefined };
const g = globalThis as unknown as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
const runtime = g.browser?.runtime ?? g.chrome?.runtime;
try {
  void runtime?.sendMessage({ type: 'listed-page-loaded' })?.catch(() => undefined);
} catch {
  // The extension was reloaded or removed since the page loaded: nothing to tell.
}
