import { isAnnotationHost } from '../bars';
import { listen } from '../listen';

/**
 * Watches the page for comments that load later ("load more", lazy threads)
 * and for single-page navigations (the URL changes without a load). Changes
 * made by the annotations themselves (our hosts coming and going, the style
 * of collapsed replies) are ignored. Calls `onChange` after `debounceMs` of
 * quiet, and not more often than every `minIntervalMs`.
 */
const IGNORED = /^(script|style|link|meta|noscript|template|br)$/;

/** Comments carry text: elements with (almost) none (icons, spinners, counters ticking) are not worth a re-read. */
const MIN_TEXT = 20;

function relevant(records: MutationRecord[]): boolean {
  for (const r of records) {
    for (const list of [r.addedNodes, r.removedNodes]) {
      for (const n of Array.from(list)) {
        if (n.nodeType !== 1 || isAnnotationHost(n)) continue;
        if (IGNORED.test((n as Element).localName)) continue;
        if ((n.textContent ?? '').trim().length >= MIN_TEXT) return true;
      }
    }
  }
  return false;
}

export function followChanges(
  doc: Document,
  opts: { debounceMs: number; minIntervalMs?: number; onChange(): void },
  signal: AbortSignal,
): void {
  const win = doc.defaultView;
  if (!win || typeof win.MutationObserver !== 'function' || signal.aborted) return;
  let timer: number | null = null;
  let last = 0;
  let href = doc.location?.href ?? '';
  const minInterval = opts.minIntervalMs ?? 1500;

  const fire = () => {
    timer = null;
    if (signal.aborted) return;
    const wait = last + minInterval - Date.now();
    if (wait > 0) {
      timer = win.setTimeout(fire, wait);
      return;
    }
    last = Date.now();
    opts.onChange();
  };
  const schedule = () => {
    if (signal.aborted) return;
    if (timer !== null) win.clearTimeout(timer);
    timer = win.setTimeout(fire, opts.debounceMs);
  };

  const mo = new win.MutationObserver((records) => {
    const moved = (doc.location?.href ?? '') !== href;
    if (moved) href = doc.location?.href ?? '';
    if (moved || relevant(records)) schedule();
  });
  mo.observe(doc, { childList: true, subtree: true });
  const onNav = () => {
    if ((doc.location?.href ?? '') === href) return;
    href = doc.location?.href ?? '';
    schedule();
  };
  listen(win, 'popstate', onNav, signal);
  signal.addEventListener('abort', () => {
    mo.disconnect();
    if (timer !== null) win.clearTimeout(timer);
  });
}
