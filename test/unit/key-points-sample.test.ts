/**
 * Key points of a discussion read through a sample: comments outside it are listed about as often as
 * sampled ones (dev pages of ../shared/summary-corpus read through a sample of 80 passages, as a page of
 * thousands is read through one of 600). Skipped with a warning when ../shared is absent.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { keyPoints } from '../../src/core/summary/key-points';
import { prepareDocs } from '../../src/core/summary/prepare';
import { readWordPress } from '../../bench/wp-page';

const corpus = path.resolve(import.meta.dirname, '../../../shared/summary-corpus');
const present = fs.existsSync(corpus);
if (!present) console.warn(`key-points-sample.test: ${corpus} is absent, sampled-reading tests skipped`);
const pages = present ? fs.readdirSync(corpus).filter((f) => f.endsWith('.html')).sort() : [];
const CAP = 80;

/** Share of the comments listed under a key point, among the sampled ones and among the others. */
function listedShares(file: string): { inside: number; outside: number } {
  const page = readWordPress(path.join(corpus, file));
  const { units, vocab } = prepareDocs(page.comments, 'en');
  const eligible = units.filter((d) => d.eligible);
  // The sample keyPoints reads: evenly spaced eligible passages.
  const step = eligible.length / CAP;
  const sampled = new Set<string>();
  for (let x = 0; sampled.size < CAP && x < eligible.length; x += step) sampled.add(eligible[Math.floor(x)].comment.id);
  const listed = new Set(keyPoints(units, vocab, { titleTerms: new Set(), total: page.comments.length, sampleCap: CAP }).flatMap((k) => k.commentIds));
  const ids = [...new Set(eligible.map((d) => d.comment.id))];
  const share = (xs: string[]) => xs.filter((id) => listed.has(id)).length / xs.length;
  return { inside: share(ids.filter((id) => sampled.has(id))), outside: share(ids.filter((id) => !sampled.has(id))) };
}

describe.skipIf(!present)('a discussion read through a sample', () => {
  // One threshold for both listed 59% of the sampled comments and 20% of the others.
  test('comments outside the sample are listed about as often as sampled ones', () => {
    const shares = pages.map(listedShares);
    for (const s of shares) expect(s.outside).toBeGreaterThan(0.5 * s.inside);
    const mean = (k: 'inside' | 'outside') => shares.reduce((a, s) => a + s[k], 0) / shares.length;
    expect(mean('outside')).toBeGreaterThan(0.7 * mean('inside'));
  }, 60_000);
});
