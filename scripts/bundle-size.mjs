// Gzipped size of what each part of the extension loads (entry file plus every chunk it
// imports), checked against the budget of issue 8. Usage: node scripts/bundle-size.mjs [dist/chrome]
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';

const BUDGET_KB = { content: 35, annotations: 35, popup: 60 };
const dist = path.resolve(process.argv[2] ?? 'dist/chrome');

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The file plus every module it imports (static `import ... from "./x.js"` and side-effect imports). */
function closure(entry) {
  const seen = new Set();
  const stack = [entry];
  while (stack.length) {
    const f = stack.pop();
    if (seen.has(f) || !existsSync(f)) continue;
    seen.add(f);
    if (!f.endsWith('.js')) continue;
    const src = readFileSync(f, 'utf8');
    for (const m of src.matchAll(/(?:import|export)\s*(?:[^'"]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
      stack.push(path.resolve(path.dirname(f), m[1]));
    }
  }
  return [...seen];
}

function htmlEntry(html) {
  const file = path.join(dist, html);
  const src = readFileSync(file, 'utf8');
  const refs = [...src.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => path.resolve(path.dirname(file), m[1].startsWith('/') ? path.join(dist, m[1]) : m[1]));
  return [...new Set([file, ...refs.flatMap((r) => (r.endsWith('.js') ? closure(r) : [r]))])];
}

const manifest = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8'));
const worker = manifest.background.service_worker ?? manifest.background.scripts[0];
const parts = {
  content: closure(path.join(dist, 'src/content/content-script.js')),
  // The annotations' script, injected only when the reader turns them on.
  annotations: closure(path.join(dist, 'src/content/annotations-script.js')),
  background: closure(path.join(dist, worker)),
  popup: htmlEntry(manifest.action.default_popup),
  options: htmlEntry(manifest.options_ui.page),
};

let over = 0;
for (const [name, files] of Object.entries(parts)) {
  const kb = files.reduce((s, f) => s + gz(f), 0) / 1024;
  const budget = BUDGET_KB[name];
  const verdict = budget ? (kb <= budget ? `within ${budget} KB` : `OVER ${budget} KB`) : 'no budget';
  if (budget && kb > budget) over++;
  console.log(`${name.padEnd(10)} ${kb.toFixed(1).padStart(6)} KB gzipped  (${files.length} files)  ${verdict}`);
}
if (over) {
  console.error(`bundle-size: ${over} part(s) over budget in ${dist}`);
  process.exit(1);
}
