import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { Adapter } from '../types';

/**
 * Test support (imported only by *.test.ts): the real pages of ../shared/corpus
 * with per-comment gold, and one check of an adapter against that gold.
 */

export const corpusDir = path.resolve(__dirname, '../../..', '../shared/corpus');

/** Ids of corpus pages whose name starts with one of `prefixes`; [] (with a warning) when the corpus is absent. */
export function corpusPages(...prefixes: string[]): string[] {
  if (!existsSync(corpusDir)) {
    console.warn(`no corpus at ${corpusDir}: real-page tables for ${prefixes.join(', ')} are skipped`);
    return [];
  }
  return readdirSync(corpusDir)
    .filter((f) => f.endsWith('.html') && prefixes.some((p) => f.startsWith(p)))
    .map((f) => f.slice(0, -5));
}

export function loadCorpusPage(id: string, url = 'https://example.org/post/'): Document {
  const html = readFileSync(path.join(corpusDir, `${id}.html`), 'utf8');
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}

export interface GoldComment { author: string; parent: number | null; text: string; native_id?: string; empty_text?: boolean }

const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Every gold comment, in order: same author, same parent, same start of text. */
export function expectGold(
  adapter: Adapter,
  id: string,
  opts: { textChars?: number; ignore?: (g: GoldComment) => boolean } = {},
): void {
  const all = (JSON.parse(readFileSync(path.join(corpusDir, `${id}.gold.json`), 'utf8')) as { comments: GoldComment[] }).comments;
  // Gold entries the adapter rightly leaves out (placeholders such as "28 more comments"), renumbered.
  const kept = all.filter((g) => !opts.ignore?.(g));
  const renum = new Map(kept.map((g) => [all.indexOf(g), kept.indexOf(g)]));
  const gold = { comments: kept.map((g) => ({ ...g, parent: g.parent === null ? null : (renum.get(g.parent) ?? -1) })) };
  const url = 'https://example.org/post/';
  const doc = loadCorpusPage(id, url);
  expect(adapter.detect(doc)).toBeGreaterThan(0.1);
  const res = adapter.extract(doc, { url, deadline: Date.now() + 20_000, now: Date.now });
  const got = (res?.comments ?? []).filter((c) => c.kind === 'comment');
  const index = new Map(got.map((c, i) => [c.id, i]));
  expect(got.length).toBe(gold.comments.length);
  const n = opts.textChars ?? 40;
  gold.comments.forEach((g, i) => {
    const c = got[i];
    expect(norm(c.author), `author of #${i}`).toBe(norm(g.author));
    expect(c.parentId === null ? null : index.get(c.parentId), `parent of #${i}`).toBe(g.parent);
    expect(norm(c.text).slice(0, n), `text of #${i}`).toBe(norm(g.text).slice(0, n));
  });
}

/** Pages of the corpus without a comment thread: an adapter must find nothing there. */
export function negativePages(): string[] {
  return corpusPages('none-');
}

const tokens = (s: string): Map<string, number> => {
  const m = new Map<string, number>();
  for (const t of s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
};

/** Whole-text gold pages: token F1 of author + date + text of every comment against the gold text. */
export function textF1(adapter: Adapter, id: string): number {
  const gold = JSON.parse(readFileSync(path.join(corpusDir, `${id}.gold.json`), 'utf8')) as { comments_text: string };
  const url = 'https://example.org/post/';
  const res = adapter.extract(loadCorpusPage(id, url), { url, deadline: Date.now() + 20_000, now: Date.now });
  const got = tokens((res?.comments ?? []).map((c) => [c.author, c.timeText ?? '', c.text].join(' ')).join('\n'));
  const want = tokens(gold.comments_text);
  let overlap = 0;
  let nGot = 0;
  let nWant = 0;
  for (const [t, n] of got) {
    nGot += n;
    overlap += Math.min(n, want.get(t) ?? 0);
  }
  for (const n of want.values()) nWant += n;
  return nGot && nWant ? (2 * overlap) / (nGot + nWant) : 0;
}
