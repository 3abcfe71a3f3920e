#!/usr/bin/env node
// The command line. `npm run build` bundles it (dist/cli/main.mjs); that bundle runs when it is
// newer than every source file. Otherwise (a checkout being edited, or not built) the TypeScript
// sources run through tsx, which compiles them on each start: slower, same code.
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist/cli/main.mjs', import.meta.url);

/** Newest modification time under `dir` (ms), 0 for a missing directory. */
function newest(dir) {
  let max = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const p = `${dir}/${e.name}`;
    max = Math.max(max, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return max;
}

function bundleIsFresh() {
  try {
    return statSync(bundle).mtimeMs >= newest(fileURLToPath(new URL('../src', import.meta.url)));
  } catch {
    return false;
  }
}

// COMMENT_LENS_FROM_SOURCE=1 / COMMENT_LENS_BUNDLE=1 choose (tests compare the two).
const useBundle = process.env.COMMENT_LENS_BUNDLE === '1' || (process.env.COMMENT_LENS_FROM_SOURCE !== '1' && bundleIsFresh());
let main;
if (useBundle) {
  ({ main } = await import(bundle.href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
