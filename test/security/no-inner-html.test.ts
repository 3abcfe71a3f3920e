// Page HTML is rendered only as text: nothing in our sources writes HTML, and the build removes
// the one innerHTML assignment the bundles would otherwise carry (Preact's dangerouslySetInnerHTML).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { disableInnerHtml } from '../../scripts/no-inner-html-plugin';

const repo = path.resolve(__dirname, '../..');
const sources = (d: string): string[] =>
  readdirSync(d).flatMap((f) => {
    const p = path.join(d, f);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) ? [p] : [];
  });

describe('no HTML from strings', () => {
  it('our sources never write HTML, evaluate strings or open windows', () => {
    const bad = /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function\(|setTimeout\(\s*['"`]|createContextualFragment|DOMParser|srcdoc|window\.open\(/;
    const hits = sources(path.join(repo, 'src')).filter((f) => !f.includes(`${path.sep}cli${path.sep}`)).flatMap((f) =>
      readFileSync(f, 'utf8').split('\n').flatMap((line, i) => (bad.test(line) && !/^\s*(\/\/|\*)/.test(line) ? [`${path.relative(repo, f)}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(hits).toEqual([]);
  });

  it("the build plugin removes Preact's innerHTML assignment (and only that)", () => {
    const file = createRequire(import.meta.url).resolve('preact');
    const code = readFileSync(file, 'utf8');
    expect(code).toMatch(/\.innerHTML=/);
    const { code: out, replaced } = disableInnerHtml(code);
    expect(replaced).toBe(1);
    expect(out).not.toMatch(/\.innerHTML\s*=/);
    expect(out.length - code.length).toBeLessThan(200);
  });
});
