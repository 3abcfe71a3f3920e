import { defineConfig } from 'vite';
import path from 'node:path';

// The extraction as one classic script (dist/bench/extract.js) to inject into benchmark pages.
export default defineConfig({
  build: {
    outDir: path.resolve(import.meta.dirname, '../dist/bench'),
    emptyOutDir: true,
    lib: { entry: path.resolve(import.meta.dirname, 'extract-entry.ts'), formats: ['iife'], name: 'CommentLensBench', fileName: () => 'extract.js' },
  },
  publicDir: false,
  logLevel: 'warn',
});
