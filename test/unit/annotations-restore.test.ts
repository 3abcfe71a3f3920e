import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { roundTrip } from './annotations-harness';

// Every fixture page: annotations on, threads collapsed, off; the DOM must serialise exactly as before.
const dir = path.resolve(__dirname, '../fixtures');
const pages = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
const tally = { pages: 0, comments: 0, hosts: 0 };

describe('annotations leave no trace on the fixture pages', () => {
  it('has fixture pages to check', () => expect(pages.length).toBeGreaterThan(0));

  it.each(pages)('%s', async (f) => {
    const r = await roundTrip(path.join(dir, f), `http://127.0.0.1/${f}`);
    expect(r.errors).toEqual([]);
    expect(r.missing).toEqual([]);
    expect(r.hosts).toBe(r.expected);
    if (r.expected) {
      expect(r.during).not.toBe(r.before);
    }
    expect(r.after === r.before).toBe(true);
    expect(r.afterSecondRound === r.before).toBe(true);
    tally.pages++;
    tally.comments += r.comments;
    tally.hosts += r.hosts;
  });

  afterAll(() => console.log(`annotations-restore: ${tally.pages} fixture pages, ${tally.comments} comments, ${tally.hosts} annotated, DOM identical after off`));
});
