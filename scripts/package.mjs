// `npm run package`: the two store-ready archives from a clean build, in artifacts/package/:
//   comment-lens-chrome-VERSION.zip   (Chrome Web Store: the contents of dist/chrome)
//   comment-lens-firefox-VERSION.zip  (addons.mozilla.org: web-ext build of dist/firefox)
//   comment-lens-source-VERSION.zip   (the sources AMO asks for with bundled code: git archive HEAD)
// It refuses to package a build that carries test permissions, source maps or remote hosts.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipDir } from './zip-dir.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(repo, 'artifacts/package');
const { version } = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8'));

function run(args, what) {
  const r = spawnSync(process.execPath, args, { cwd: repo, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status})`);
}

function files(dir) {
  return readdirSync(dir).flatMap((f) => (statSync(path.join(dir, f)).isDirectory() ? files(path.join(dir, f)) : [path.join(dir, f)]));
}

/** What a store build must not carry. */
function check(dir, browser) {
  const m = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  const problems = [];
  if (m.version !== version) problems.push(`manifest version ${m.version} != package.json ${version}`);
  if (m.host_permissions?.length) problems.push(`host_permissions ${JSON.stringify(m.host_permissions)} (test build?)`);
  const perms = [...(m.permissions ?? [])].sort().join(',');
  if (perms !== 'activeTab,scripting,storage') problems.push(`permissions ${perms}`);
  if (m.content_scripts) problems.push('static content_scripts');
  if (m.externally_connectable) problems.push('externally_connectable');
  if (m.content_security_policy) problems.push('content_security_policy loosened');
  if (browser === 'firefox' && !m.browser_specific_settings?.gecko?.id) problems.push('no gecko id');
  if (browser === 'chrome' && m.browser_specific_settings) problems.push('browser_specific_settings in the Chrome build');
  for (const f of files(dir)) {
    if (f.endsWith('.map')) problems.push(`source map ${path.relative(dir, f)}`);
    if (/\.(js|html)$/.test(f) && /127\.0\.0\.1|localhost:\d/.test(readFileSync(f, 'utf8'))) problems.push(`local test host in ${path.relative(dir, f)}`);
  }
  if (problems.length) throw new Error(`${browser} build is not store-ready:\n  ${problems.join('\n  ')}`);
}

const sha = (f) => createHash('sha256').update(readFileSync(f)).digest('hex');
const vite = path.join(repo, 'node_modules/vite/bin/vite.js');
const webExt = path.join(repo, 'node_modules/web-ext/bin/web-ext.js');

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const made = [];
for (const browser of ['chrome', 'firefox']) {
  const dir = path.join(repo, 'dist', browser);
  rmSync(dir, { recursive: true, force: true });
  run([vite, 'build', '--mode', browser, '--logLevel', 'warn'], `vite build --mode ${browser}`);
  check(dir, browser);
  const file = path.join(out, `comment-lens-${browser}-${version}.zip`);
  if (browser === 'chrome') zipDir(dir, file);
  else run([webExt, 'build', '--source-dir', dir, '--artifacts-dir', out, '--filename', path.basename(file), '--overwrite-dest'], 'web-ext build');
  made.push(file);
}
const source = path.join(out, `comment-lens-source-${version}.zip`);
const git = spawnSync('git', ['archive', '--format=zip', '-o', source, 'HEAD'], { cwd: repo, stdio: 'inherit' });
if (git.status === 0) made.push(source);
else console.warn('git archive failed: no source archive (needed by addons.mozilla.org for bundled code)');

for (const f of made.filter(existsSync)) console.log(`${path.relative(repo, f)}  ${statSync(f).size} bytes  sha256 ${sha(f)}`);
