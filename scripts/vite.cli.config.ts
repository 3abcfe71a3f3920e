import path from 'node:path';
import { defineConfig } from 'vite';

/**
 * The command line as one ES module for Node (dist/cli/main.mjs, `npm run build:cli`): started
 * from it, `comment-lens analyze` skips compiling the TypeScript sources on every run (see
 * bin/comment-lens.mjs). Packages stay outside the bundle and load from node_modules.
 */
const root = path.resolve(import.meta.dirname, '..');

export default defineConfig({
  root,
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: path.join(root, 'src/cli/main.ts'),
    outDir: path.join(root, 'dist/cli'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rollupOptions: { output: { format: 'es', entryFileNames: 'main.mjs' } },
  },
});
