import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FEATURES } from '../../src/content/annotations/controller';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';

// Conventions of the annotation features (refined-github style): one feature per file, each
// documented, each drawn feature registered and tied to a setting, each file small.
const dir = path.resolve(__dirname, '../../src/content/annotations/features');
const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

describe('annotation features', () => {
  it.each(files)('%s is documented and small', (f) => {
    const src = readFileSync(path.join(dir, f), 'utf8');
    expect(src).toMatch(/\/\*\*[\s\S]+?\*\//);
    expect(src.split('\n').length).toBeLessThanOrEqual(150);
  });

  it('registers every per-comment feature once, each under its own file and setting', () => {
    const names = FEATURES.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const f of FEATURES) {
      expect(files).toContain(`${f.name}.ts`);
      if (f.kind) expect(Object.keys(DEFAULT_SETTINGS.annotations)).toContain(f.kind);
    }
    const kinds = new Set(FEATURES.map((f) => f.kind));
    for (const k of Object.keys(DEFAULT_SETTINGS.annotations)) expect(kinds.has(k as never)).toBe(true);
  });
});
