import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { roundTrip } from './annotations-harness';

// Every saved page of the shared corpus (../shared/corpus, outside the repo): annotations on,
// threads collapsed, off; the DOM must serialise exactly as before, and nothing may throw.
const repoRoot = path.resolve(__dirname, '../..');
const dir = path.resolve(repoRoot, '../shared/corpus');
const present = existsSync(dir);
if (!present) console.warn(`annotations-corpus: ${dir} is absent, skipping the corpus DOM-restoration test`);
const pages = present ? readdirSync(dir).filter((f) => f.endsWith('.html')).sort() : [];
const tally = { pages: 0, withComments: 0, comments: 0, expected: 0, hosts: 0 };

describe.skipIf(!present)('annotations leave no trace on the corpus pages', () => {
  it('has corpus pages to check', () => expect(pages.length).toBeGreaterThan(0));

  it.each(pages)(
    '%s',
    async (f) => {
      const r = await roundTrip(path.join(dir, f), `https://example.org/${f}`);
      expect(r.errors).toEqual([]);
      expect(r.missing).toEqual([]);
      expect(r.hosts).toBe(r.expected);
      expect(r.after === r.before).toBe(true);
      expect(r.afterSecondRound === r.before).toBe(true);
      tally.pages++;
      if (r.comments) tally.withComments++;
      tally.comments += r.comments;
      tally.expected += r.expected;
      tally.hosts += r.hosts;
    },
    300_000,
  );

  afterAll(() =>
    console.log(
      `annotations-corpus: ${tally.pages}/${pages.length} pages restored exactly; ${tally.withComments} with comments, ` +
        `${tally.comments} comments, ${tally.expected} found on the page, ${tally.hosts} annotated`,
    ),
  );
});
