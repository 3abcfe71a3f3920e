import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import path from 'node:path';

// Builds the popup harness (the popup with a mock connector) as a plain web page: dist/harness.
export default defineConfig({
  root: path.resolve(import.meta.dirname, 'harness'),
  base: './',
  plugins: [preact()],
  build: { outDir: path.resolve(import.meta.dirname, '../dist/harness'), emptyOutDir: true },
  publicDir: false,
  logLevel: 'warn',
});
