import type { Plugin } from 'vite';

/**
 * tinyld (language detection, pinned at 1.3.4) builds its model's data (a 55 KB object literal) and
 * decodes it when its module is evaluated: in the service worker that is at every start, before the
 * worker can answer the popup's first question, although the first look (tree and counts) detects no
 * language; only the text analysis after it does. This defers both to the first detection. Each edit is
 * checked: a tinyld whose code differs fails the build rather than being left half-edited (update the
 * edits with it). The extension's bundles take the module's node.mjs file (identical to browser.js).
 * Measured in Node, the module imported alone (scratch, 3 runs each, the machine busy with a CI run):
 * import 77-85 ms as published, 8.5-17.7 ms deferred; the first detection then 30-67 ms instead of 1.6.
 */
const EDITS: [string, string][] = [
  // The decoded model and the set of its unique grams become a function's work...
  ['var E=f,_={uniques:', 'var E,_,$,__clDecodeModel=()=>{f=__clDict();E=f;_={uniques:'],
  ['},$=new Set(Object.keys(f.uniques));function C0', '};$=new Set(Object.keys(f.uniques))};function C0'],
  // ...done by the first detection.
  ['return b(e)?p(e,o,_,$):[]', 'return b(e)?(_||__clDecodeModel(),p(e,o,_,$)):[]'],
];

/** Where the object literal opening at `open` closes (braces in its strings skipped). */
function literalEnd(code: string, open: number): number {
  let depth = 0;
  let quote = '';
  for (let i = open; i < code.length; i++) {
    const c = code[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  throw new Error('tinyld: the model\'s literal does not close: update scripts/lazy-tinyld-plugin.ts');
}

const DICT = 'var f={id:"tinyld-dict",';

export function deferTinyldModel(code: string): string {
  // The model's data itself (a 55 KB object literal) is built by the first detection too.
  const start = code.indexOf(DICT);
  if (start < 0 || code.indexOf(DICT, start + 1) >= 0) throw new Error(`tinyld: expected one "${DICT}": update scripts/lazy-tinyld-plugin.ts`);
  const open = start + 'var f='.length;
  const end = literalEnd(code, open);
  let out = `${code.slice(0, start)}var f,__clDict=()=>(${code.slice(open, end + 1)})${code.slice(end + 1)}`;
  for (const [from, to] of EDITS) {
    const n = out.split(from).length - 1;
    if (n !== 1) throw new Error(`tinyld: expected one "${from}", found ${n}: update scripts/lazy-tinyld-plugin.ts`);
    out = out.replace(from, to);
  }
  return out;
}

export function lazyTinyld(): Plugin {
  return {
    name: 'comment-lens:lazy-tinyld',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]tinyld[\\/]dist[\\/]tinyld\.light\.(?:browser\.js|node\.mjs)$/.test(id.split('?')[0])) return null;
      try {
        return { code: deferTinyldModel(code), map: null };
      } catch (e) {
        this.error((e as Error).message);
      }
    },
  };
}
