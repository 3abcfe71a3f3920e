import { defineConfig } from 'vitest/config';

// Kept apart from vite.config.ts so tests never run the extension build plugins.
export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/unit/**/*.test.{ts,tsx}', 'test/security/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
  },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
});
