/**
 * The summary on real pages: the French founding example (saved WordPress fixture) and the
 * key-point corpus in ../shared/summary-corpus (skipped with a warning when absent).
 */
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { extractPage } from '../../src/extract';
import { analyze } from '../../src/core/analyze';
import { buildTree } from '../../src/core/tree';
import { summarize } from '../../src/core/summary';
import { withoutRemarks } from '../../src/core/summary/line';
import { readWordPress } from '../../bench/wp-page';
import { scoreKeyPoints, type KpGold } from '../../bench/kp-metrics';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const seedFile = path.join(repoRoot, 'test/fixtures/seed-wordpress.html');

describe.skipIf(!fs.existsSync(seedFile))('summary of the French founding example', () => {
  const dom = new JSDOM(fs.readFileSync(seedFile, 'utf8'), { url: 'https://example.org/seed' });
  const a = analyze(extractPage(dom.window.document, { url: 'https://example.org/seed' }));
  const s = a.summary;
  const ids = new Set(a.comments.map((c) => c.id));

  test('is in French, with one line per top-level thread', () => {
    expect(s?.lang).toBe('fr');
    expect(s?.threads.map((t) => t.replies)).toEqual(buildTree(a.comments).map((r) => r.descendants));
    for (const t of s?.threads ?? []) expect(t.text.length).toBeGreaterThan(20);
  });

  test('key points stand for existing comments and are never greetings or bare quotes', () => {
    expect(s?.keyPoints.length).toBeGreaterThan(3);
    for (const k of s?.keyPoints ?? []) {
      expect(k.commentIds.length).toBeGreaterThan(0);
      for (const id of k.commentIds) expect(ids.has(id)).toBe(true);
      expect(k.text.split(/\s+/).length).toBeGreaterThan(4);
      expect(k.text).not.toMatch(/^«[^»]*»$/);
    }
  });

  test('no key point or thread line opens or closes on a remark ("MDR ?", "Nous en reparlerons..!")', () => {
    const lines = [...(s?.keyPoints ?? []), ...(s?.threads ?? [])].map((k) => k.text.replace(/…$/, ''));
    for (const line of lines) expect(withoutRemarks(line, 'fr')).toBe(line);
    expect(s?.keyPoints.find((k) => k.commentIds.includes('131220'))?.text).toMatch(/^PS le pragmatisme/);
  });

  test('a reader finds the sanctions and the visas among the key points', () => {
    const text = (s?.keyPoints ?? []).map((k) => k.text).join('\n');
    expect(text).toMatch(/sanctions/i);
    expect(text).toMatch(/visas/i);
  });

  test('a short discussion lists distinct comments\' claims, each linked to its comment', () => {
    const kps = s?.keyPoints ?? [];
    for (const [re, id] of [[/confiance/, '131220'], [/Daesh/, '131210'], [/civils syriens/, '131250']] as const) {
      const kp = kps.find((k) => re.test(k.text));
      expect(kp?.commentIds).toContain(id);
    }
    // One comment can give two key points (two distinct passages), never the same claim twice.
    expect(new Set(kps.map((k) => k.text)).size).toBe(kps.length);
    expect(kps.find((k) => /Géorgie/.test(k.text))?.commentIds).toContain('131208');
  });

  test('questions, exchanges and tone are filled', () => {
    expect(s?.questions.some((q) => /Kosovars/.test(q.text))).toBe(true);
    expect(s?.exchanges[0]?.count).toBeGreaterThanOrEqual(2);
    expect(s?.tone.perComment.some((t) => t.insults.includes('bourrins'))).toBe(true);
  });
});

const corpus = path.resolve(repoRoot, '../shared/summary-corpus');
const hasCorpus = fs.existsSync(corpus);
if (!hasCorpus) console.warn(`summary-quality: ${corpus} is absent, corpus figures skipped`);

describe.skipIf(!hasCorpus)('key points on the shared summary corpus', () => {
  test('beat the simple baselines on average (cov@5 > 0.72, wcov@5 > 0.79, redundancy@5 < 0.30)', () => {
    const pages = fs.readdirSync(corpus).filter((f) => f.endsWith('.html'));
    const rows = pages.map((f) => {
      const gold = JSON.parse(fs.readFileSync(path.join(corpus, f.replace(/\.html$/, '.gold.json')), 'utf8')) as KpGold;
      const page = readWordPress(path.join(corpus, f));
      return scoreKeyPoints(gold, summarize({ ...page, roots: buildTree(page.comments) }).keyPoints);
    });
    const mean = (k: 'cov5' | 'wcov5' | 'red5') => rows.reduce((a, r) => a + r[k], 0) / rows.length;
    expect(mean('cov5')).toBeGreaterThan(0.72);
    expect(mean('wcov5')).toBeGreaterThan(0.79);
    expect(mean('red5')).toBeLessThan(0.3);
  }, 180_000);
});
