/**
 * Calls `cb` once the next frame has been painted (a timer set from inside that frame's callback);
 * returns a function that cancels it.
 */
export function afterNextPaint(cb: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(cb, 0)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
