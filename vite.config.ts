import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };

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

export default defineConfig(({ mode }) => {
  const browser: Browser = mode.startsWith('firefox') ? 'firefox' : 'chrome';
  const test = mode.endsWith('-test');
  return {
    plugins: [preact(), crx({ manifest: manifestFor(browser, test), browser })],
    define: {
      __BROWSER__: JSON.stringify(browser),
      __TEST_BUILD__: JSON.stringify(test),
    },
    build: {
      outDir: `dist/${browser}${test ? '-test' : ''}`,
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
