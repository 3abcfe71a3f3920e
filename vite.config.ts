import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };
import { noInnerHtml } from './scripts/no-inner-html-plugin.ts';
import { lazyTinyld } from './scripts/lazy-tinyld-plugin.ts';

type Browser = 'chrome' | 'firefox';

/**
 * One manifest.json, two builds. Modes: chrome, firefox, and the test builds
 * chrome-test / firefox-test, which add a host permission for 127.0.0.1 only,
 * so the real-browser tests can open the popup as a page and reach a local tab.
 */
export function manifestFor(browser: Browser, test: boolean): ManifestV3Export {
  const m = structuredClone(baseManifest) as Record<string, unknown> & typeof baseManifest;
  const worker = m.background.service_worker;
  if (browser === 'firefox') {
    (m as Record<string, unknown>).background = { scripts: [worker], type: 'module' };
  } else {
    delete (m as Record<string, unknown>).browser_specific_settings;
  }
  if (test) (m as Record<string, unknown>).host_permissions = ['http://127.0.0.1/*'];
  return m as unknown as ManifestV3Export;
}

/**
 * crxjs lists every content script it builds as web-accessible on all sites,
 * which lets any page detect the extension. Ours is injected with
 * scripting.executeScript, which needs no such entry: drop it after the build.
 */
function narrowWebAccessibleResources(outDir: string): Plugin {
  return {
    name: 'comment-lens:narrow-web-accessible-resources',
    apply: 'build',
    enforce: 'post',
    writeBundle() {
      const file = path.resolve(outDir, 'manifest.json');
      const m = JSON.parse(readFileSync(file, 'utf8'));
      const war = (m.web_accessible_resources ?? [])
        .map((w: { resources: string[] }) => ({ ...w, resources: w.resources.filter((r) => !r.startsWith('src/content/')) }))
        .filter((w: { resources: string[] }) => w.resources.length > 0);
      if (war.length) m.web_accessible_resources = war;
      else delete m.web_accessible_resources;
      writeFileSync(file, JSON.stringify(m, null, 2));
      // crxjs also emits an ES-module copy of each injected script that nothing loads.
      const assets = path.resolve(outDir, 'assets');
      for (const f of readdirSync(assets)) {
        if (/^(content-script|annotations-script|listed-page)\.ts-/.test(f) && f.endsWith('.js')) rmSync(path.join(assets, f));
      }
    },
  };
}

export default defineConfig(({ mode }) => {
  const browser: Browser = mode.startsWith('firefox') ? 'firefox' : 'chrome';
  const test = mode.endsWith('-test');
  const outDir = `dist/${browser}${test ? '-test' : ''}`;
  return {
    plugins: [noInnerHtml(), lazyTinyld(), preact(), crx({ manifest: manifestFor(browser, test), browser }), narrowWebAccessibleResources(outDir)],
    define: {
      __BROWSER__: JSON.stringify(browser),
      __TEST_BUILD__: JSON.stringify(test),
    },
    build: {
      outDir,
      emptyOutDir: true,
      target: browser === 'firefox' ? 'firefox128' : 'chrome120',
      sourcemap: false,
      rollupOptions: {
        input: { options: 'src/options/index.html' },
      },
    },
    legacy: { skipWebSocketTokenCheck: true },
  };
});
