import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { genericAdapter } from './generic';

/**
 * The generic detector on real saved pages of the shared corpus, read in
 * place: every page without a comment thread must give nothing, and pages of
 * sites no adapter knows (the Dragnet "unknown" ones) must give their thread.
 */
const corpus = path.resolve(__dirname, '../../../shared/corpus');
const present = existsSync(path.join(corpus, 'manifest.json'));
if (!present) console.warn(`generic-corpus.test: ${corpus} is absent, real-page tests skipped`);

interface Page {
  id: string;
  gold_kind: string;
  platform: string | null;
}
const pages: Page[] = present
  ? (JSON.parse(readFileSync(path.join(corpus, 'manifest.json'), 'utf8')) as { pages: Page[] }).pages
  : [];

function extract(id: string) {
  const html = readFileSync(path.join(corpus, `${id}.html`), 'utf8');
  const url = `https://example.org/${id}`;
  const doc = new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
  return genericAdapter.extract(doc, { url, deadline: Date.now() + 20_000, now: () => Date.now() });
}

const tokens = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function recallOf(found: string, gold: string): number {
  const bag = new Map<string, number>();
  for (const t of tokens(found)) bag.set(t, (bag.get(t) ?? 0) + 1);
  const g = tokens(gold);
  let hit = 0;
  for (const t of g) {
    const n = bag.get(t) ?? 0;
    if (n > 0) {
      hit++;
      bag.set(t, n - 1);
    }
  }
  return g.length ? hit / g.length : 0;
}

const negatives = pages.filter((p) => p.gold_kind === 'none').map((p) => [p.id]);
const unknownSites = pages
  .filter((p) => p.gold_kind === 'text' && /unknown/.test(p.platform ?? ''))
  .slice(0, 8)
  .map((p) => [p.id]);

describe.skipIf(!present)('generic detector on real corpus pages', () => {
  it.each(negatives)('%s has no comment thread: nothing is printed', (id) => {
    expect(extract(id)).toBeNull();
  });

  it.each(unknownSites)('%s (site without an adapter): most of the comment section is found', (id) => {
    const gold = JSON.parse(readFileSync(path.join(corpus, `${id}.gold.json`), 'utf8')) as { comments_text: string };
    const res = extract(id);
    const found = (res?.comments ?? []).map((c) => `${c.author} ${c.timeText ?? ''} ${c.text}`).join('\n');
    expect(recallOf(found, gold.comments_text)).toBeGreaterThan(0.5);
  });
});
