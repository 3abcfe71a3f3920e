import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { corpusPages, loadCorpusPage } from './corpus-gold';
import { githubAdapter } from './github';

const URL_412 = 'https://github.com/octo-org/tidy-csv/issues/412';
const read = (name: string) => {
  const doc = new JSDOM(readFileSync(path.resolve(__dirname, '../../../test/fixtures', name), 'utf8'), { url: URL_412, virtualConsole: new VirtualConsole() }).window.document;
  return { doc, res: githubAdapter.extract(doc, { url: URL_412, deadline: Date.now() + 20_000, now: Date.now }) };
};

describe('github adapter, server-rendered timeline (test/fixtures/github-issue.html)', () => {
  const { doc, res } = read('github-issue.html');
  const got = res?.comments ?? [];
  test('detects the issue', () => expect(githubAdapter.detect(doc)).toBeGreaterThan(0.9));
  test('the eight people\'s comments, not the opening post, the bot nor the events', () => {
    expect(got.map((c) => c.id)).toEqual([1, 2, 3, 5, 6, 7, 8, 9].map((n) => `issuecomment-137700000${n}`));
    expect(got.map((c) => c.author)).not.toContain('github-actions');
    expect(got.map((c) => c.author)).not.toContain('tfeldman');
  });
  test.each([
    ['issuecomment-1377000001', 'dkrane', '2023-01-10T10:12:44Z', 'Same here on 2.4.1.'],
    ['issuecomment-1377000003', 'dkrane', '2023-01-10T12:40:31Z', 'Here it is:\n\nid,note 1,"first line second line"'],
    ['issuecomment-1377000005', 'camille-roux', '2023-01-11T08:05:57Z', 'Même problème chez nous'],
    ['issuecomment-1377000006', 'mhoffmann', '2023-01-11T15:33:20Z', 'les retours à la ligne dans une cellule\n\nYes, that is the same bug.'],
  ])('%s: %s at %s', (id, author, time, text) => {
    const c = got.find((x) => x.id === id);
    expect([c?.author, c?.time, c?.parentId, c?.depth, c?.kind]).toEqual([author, time, null, 0, 'comment']);
    expect(c?.text.startsWith(text)).toBe(true);
    expect([c?.authorUrl, c?.permalink, c?.anchor]).toEqual([`https://github.com/${author}`, `${URL_412}#${id}`, `#${id}`]);
  });
  test('links in the body, none from the header or reactions', () =>
    expect(got.find((c) => c.id === 'issuecomment-1377000002')?.links).toEqual(['https://github.com/octo-org/tidy-csv/commit/4f2a9c1']));
  test('the event labels and "Load more…" are in no comment', () => expect(got.map((c) => c.text).join(' ')).not.toMatch(/added the|mentioned this|Load more|locked/));
  test('locked, the bot and the hidden items said', () => {
    expect(res?.closed).toBe(true);
    expect(res?.notes?.join(' ')).toMatch(/1 comment by apps/);
    expect(res?.notes?.join(' ')).toMatch(/2 hidden items/);
  });
  test('not locked without the notice', () => {
    doc.querySelector('.discussion-timeline-actions')?.remove();
    expect(githubAdapter.extract(doc, { url: URL_412, deadline: Date.now() + 20_000, now: Date.now })?.closed).toBeUndefined();
  });
});

describe('github adapter, React issue viewer (test/fixtures/github-react.html)', () => {
  const { doc, res } = read('github-react.html');
  const got = res?.comments ?? [];
  test('detects the issue', () => expect(githubAdapter.detect(doc)).toBeGreaterThan(0.9));
  test('eight comments: not the issue body, dependabot[bot], the events nor the composer', () =>
    expect(got.map((c) => [c.id, c.author])).toEqual([
      ['issuecomment-2100000001', 'dkrane'],
      ['issuecomment-2100000002', 'mhoffmann'],
      ['issuecomment-2100000004', 'dkrane'],
      ['issuecomment-2100000005', 'camille-roux'],
      ['issuecomment-2100000006', 'mhoffmann'],
      ['issuecomment-2100000007', 'pbui'],
      ['issuecomment-2100000008', 'mhoffmann'],
      ['issuecomment-2100000009', 'oakes'],
    ]));
  test('fields of one comment', () => {
    const c = got.find((x) => x.id === 'issuecomment-2100000005');
    expect([c?.time, c?.text, c?.authorUrl, c?.permalink, c?.anchor]).toEqual([
      '2024-06-04T08:05:57Z',
      'Même souci avec les exports de notre tableur depuis la mise à jour.',
      'https://github.com/camille-roux',
      `${URL_412}#issuecomment-2100000005`,
      '#issuecomment-2100000005',
    ]);
    expect(got.find((x) => x.id === 'issuecomment-2100000004')?.links).toEqual(['https://github.com/user-attachments/files/1/sample.csv']);
  });
  test('no locked notice read here', () => expect(res?.closed).toBeUndefined());
});

const others = corpusPages('none-', 'wp-', 'hn-', 'so-');
describe.skipIf(!others.length)('github adapter on real pages of other systems', () => {
  test.each(others)('%s is not GitHub', (id) => expect(githubAdapter.detect(loadCorpusPage(id))).toBe(0));
});
