import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Kept apart from vite.config.ts so tests never run the extension build plugins.
export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/unit/**/*.test.{ts,tsx}', 'test/security/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Lets the last effects of a jsdom file's components run before its window goes.
    setupFiles: ['test/unit/settle-effects.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    // Every core: most of the time is jsdom parsing saved pages, one file per worker.
    maxWorkers: Math.max(2, availableParallelism()),
  },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
});
