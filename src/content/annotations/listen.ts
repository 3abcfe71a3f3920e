/**
 * addEventListener undone when the signal aborts. Not `{ signal }`: the
 * signal may come from another realm than the target (jsdom, Firefox's
 * content-script sandbox), where the option is refused or ignored.
 */
export function listen<E extends Event>(
  target: EventTarget,
  type: string,
  fn: (e: E) => void,
  signal: AbortSignal,
  capture = false,
): void {
  if (signal.aborted) return;
  const h = fn as EventListener;
  target.addEventListener(type, h, capture);
  signal.addEventListener('abort', () => target.removeEventListener(type, h, capture), { once: true });
}
