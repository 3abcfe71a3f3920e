import { afterAll } from 'vitest';

// Preact runs effects after the next frame, or after 35 ms when no frame comes. One still pending
// when a jsdom test file ends would run against its torn-down window ("cancelAnimationFrame is not
// defined", seen once on a loaded machine, after the popup's tests): each jsdom file waits for them.
afterAll(async () => {
  if (typeof requestAnimationFrame === 'function') await new Promise((r) => setTimeout(r, 100));
});
