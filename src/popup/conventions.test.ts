import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Rules the popup and options code must keep, checked on the sources themselves. */
const roots = [path.resolve(__dirname), path.resolve(__dirname, '../options')];
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(path.join(dir, d.name)) : /\.tsx?$/.test(d.name) && !/\.test\.tsx?$/.test(d.name) ? [path.join(dir, d.name)] : [],
  );
const sources = roots.flatMap(files).map((f) => ({ f: path.relative(path.resolve(__dirname, '../..'), f), text: readFileSync(f, 'utf8') }));
/** Entry points and the real connector run only inside the extension. */
const extensionOnly = /(^|\/)(main\.tsx|real-connector\.ts)$/;

describe('popup and options sources', () => {
  it('are there to check', () => {
    expect(sources.length).toBeGreaterThan(10);
  });

  it.each(sources.map((s) => [s.f, s.text]))('%s never puts markup from strings into the page', (_f, text) => {
    expect(text).not.toMatch(/dangerouslySetInnerHTML|\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML|document\.write/);
  });

  it.each(sources.filter((s) => !extensionOnly.test(s.f)).map((s) => [s.f, s.text]))(
    '%s runs outside an extension (no webextension-polyfill import)',
    (_f, text) => {
      expect(text).not.toMatch(/from ['"]webextension-polyfill['"]/);
    },
  );
});
