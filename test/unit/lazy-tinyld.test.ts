import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { deferTinyldModel } from '../../scripts/lazy-tinyld-plugin';

const published = readFileSync(path.resolve(import.meta.dirname, '../../node_modules/tinyld/dist/tinyld.light.browser.js'), 'utf8');
const dir = mkdtempSync(path.join(os.tmpdir(), 'cl-tinyld-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Tinyld = { detect(s: string): string; detectAll(s: string): { lang: string; accuracy: number }[] };
async function load(name: string, code: string): Promise<Tinyld> {
  const file = path.join(dir, `${name}.mjs`);
  writeFileSync(file, code);
  return (await import(/* @vite-ignore */ pathToFileURL(file).href)) as Tinyld;
}

const SAMPLES = [
  'Je n’ai pour ma part aucune confiance dans la parole de ce personnage !',
  'The sanctions hurt European farmers more than they hurt Moscow.',
  'Die Sanktionen schaden den Bauern mehr als dem Kreml.',
  'Las sanciones perjudican más a los agricultores que a Moscú.',
  'Le sanzioni danneggiano gli agricoltori più di Mosca.',
  'As sanções prejudicam mais os agricultores do que Moscovo.',
  'Санкции вредят фермерам больше, чем Москве.',
  'ok',
  '',
];

describe('the deferred tinyld model (scripts/lazy-tinyld-plugin.ts)', () => {
  it('detects exactly as the published module does, first call and after', async () => {
    const [orig, lazy] = await Promise.all([load('orig', published), load('lazy', deferTinyldModel(published))]);
    for (const s of SAMPLES) expect(lazy.detect(s), s).toBe(orig.detect(s));
    for (const s of SAMPLES) expect(lazy.detectAll(s), s).toEqual(orig.detectAll(s));
    expect(lazy.detect(SAMPLES[0])).toBe('fr');
  });

  it('refuses code it does not recognise instead of editing part of it', () => {
    expect(() => deferTinyldModel(published.replace('var E=f,_={uniques:', 'var E=f,_ = {uniques:'))).toThrow(/update scripts\/lazy-tinyld-plugin/);
    expect(() => deferTinyldModel(deferTinyldModel(published))).toThrow(/expected one/);
  });
});
