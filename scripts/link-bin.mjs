// `npm ci` / `npm install` run this (the package's `prepare` script): it links the command line
// into node_modules/.bin, where `npx comment-lens` finds it at once. A `bin` entry in package.json
// would make npx load the whole dependency tree first (npm exec's Arborist pass, about 1.5 s of
// every run on this project); the project's .npmrc says `yes=false`, so npx never fetches a
// package of that name from the registry instead.
import { chmodSync, lstatSync, mkdirSync, symlinkSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(repo, 'bin/comment-lens.mjs');
const link = path.join(repo, 'node_modules/.bin/comment-lens');
mkdirSync(path.dirname(link), { recursive: true });
try {
  lstatSync(link);
  unlinkSync(link);
} catch {
  // not there yet
}
symlinkSync(path.relative(path.dirname(link), target), link);
chmodSync(target, 0o755);
console.log(`linked ${path.relative(repo, link)} -> ${path.relative(repo, target)}`);
