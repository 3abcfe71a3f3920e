/**
 * A reading's page index kept for the next reading of the same page (a first look's, for the whole
 * reading that follows it), while a MutationObserver says the page's elements and attributes have
 * not changed.
 */
import type { IndexOptions, PageIndex } from './page-walk';

/** An index kept for the next reading of its page, and the watch on the page meanwhile. */
interface Kept {
  index: PageIndex;
  watch: MutationObserver;
  timer: ReturnType<typeof setTimeout>;
}
const kept = new WeakMap<Document, Kept>();
/** How long a kept index waits for the next reading (a first look's is asked for within a second or so). */
const KEEP_MS = 30_000;

function drop(doc: Document): Kept | undefined {
  const k = kept.get(doc);
  if (!k) return undefined;
  kept.delete(doc);
  k.watch.disconnect();
  clearTimeout(k.timer);
  return k;
}

/**
 * Watches the page from now on: the first change of its elements or attributes (a comment added,
 * a class name set by a script) drops the index. Text changes leave the index's names as they are.
 * Nothing is kept where the page cannot be watched.
 */
export function keep(doc: Document, index: PageIndex): void {
  drop(doc);
  const Watch = doc.defaultView?.MutationObserver;
  if (!Watch) return;
  const k: Kept = { index, watch: new Watch(() => drop(doc)), timer: setTimeout(() => drop(doc), KEEP_MS) };
  // In Node (jsdom), the wait does not hold the process open.
  (k.timer as { unref?: () => void }).unref?.();
  k.watch.observe(doc, { subtree: true, childList: true, attributes: true });
  kept.set(doc, k);
}

/** The kept index of `doc`, when nothing changed since (and the reading wants one of its kind); dropped either way. */
export function takeKept(doc: Document, opts: IndexOptions): PageIndex | null {
  // Changes not yet handed to the watch are in its queue (emptied when it stops).
  const changed = (kept.get(doc)?.watch.takeRecords().length ?? 0) > 0;
  const k = drop(doc);
  return !k || changed || !k.index.elements !== !opts.scan ? null : k.index;
}
