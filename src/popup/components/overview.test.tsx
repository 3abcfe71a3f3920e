// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../core/analysis-types';
import { analyze } from '../../core/analyze';
import { toMarkdown } from '../../core/export';
import { PopupView } from '../app';
import { createMockConnector } from '../mock-connector';
import { syntheticExtraction } from '../test-data';
import { Overview } from './overview';
import { activityBuckets, countNote, depthCounts, missingReasons } from './overview-model';

describe('overview figures', () => {
  it.each([
    [[], 0, 0],
    [['2015-12-21T10:00:00Z', null, 'not a date'], 1, 1],
    [['2015-12-21T10:00:00Z', '2015-12-21T10:30:00Z', '2015-12-22T10:00:00Z', '2015-12-23T10:00:00Z'], 4, 4],
  ])('spreads %j over buckets', (times, buckets, total) => {
    const b = activityBuckets(times as (string | null)[]);
    expect(b).toHaveLength(buckets);
    expect(b.reduce((s, x) => s + x.count, 0)).toBe(total);
    if (b.length > 1) expect(b[0].count).toBe(2);
  });

  it('counts comments per depth', () => {
    const a = analyze(syntheticExtraction({ comments: 300, seed: 4 }));
    const d = depthCounts(a);
    expect(d.reduce((s, n) => s + n, 0)).toBe(300);
    expect(d[0]).toBe(a.stats.threads);
    expect(d.length).toBe(a.stats.maxDepth);
  });

  const ex = syntheticExtraction({ comments: 20, seed: 5 });
  it.each([
    ['paginated', { ...ex, pagination: { paginated: true, loadMore: false, framed: null } }, ['paginated']],
    ['a frame', { ...ex, pagination: { paginated: false, loadMore: false, framed: 'disqus.com' } }, ['framed']],
    ['no reason given', { ...ex, pagination: { paginated: false, loadMore: false, framed: null } }, ['unexplained']],
    ['all shown', { ...ex, announcedCount: 20, pagination: { paginated: false, loadMore: false, framed: null } }, []],
    ['no count announced', { ...ex, announcedCount: null, pagination: { paginated: false, loadMore: false, framed: null } }, []],
  ])('explains fewer comments shown: %s', (_n, extraction, kinds) => {
    expect(missingReasons(analyze(extraction)).map((r) => r.kind)).toEqual(kinds);
  });
});

describe("a page's count below the comments shown", () => {
  const none = { paginated: false, loadMore: false, framed: null };
  const base = analyze({ ...syntheticExtraction({ comments: 40, seed: 7 }), pagination: none });
  const { threads } = base.stats;
  const at = (announcedCount: number | null) => analyze({ ...syntheticExtraction({ comments: 40, seed: 7 }), announcedCount, pagination: none });

  it('is read as the number of threads when it equals it, as lower otherwise, and not at all when not below', () => {
    expect(threads).toBeGreaterThan(1);
    expect(threads).toBeLessThan(39);
    expect(countNote(at(threads))).toEqual({ kind: 'threads', announced: threads });
    expect(countNote(at(threads + 1))).toEqual({ kind: 'lower', announced: threads + 1 });
    expect(countNote(at(40))).toBeNull();
    expect(countNote(at(45))).toBeNull();
    expect(countNote(at(null))).toBeNull();
    // Not a shortfall: nothing announced is missing.
    expect(missingReasons(at(threads))).toEqual([]);
  });

  it('shows "N comments" and says what the count stands for, in the popup and the Markdown export', async () => {
    const el = await view(at(threads));
    expect(el.querySelector('[data-testid=stats-line]')?.textContent).toBe('40 comments');
    expect(el.querySelector('[data-testid=count-note]')?.textContent).toBe(`The page’s own count, ${threads}, is its number of threads: it leaves the replies out.`);
    expect(el.querySelector('.cl-reasons')).toBeNull();
    render(null, el);
    const lower = await view(at(threads + 1));
    expect(lower.querySelector('[data-testid=count-note]')?.textContent).toMatch(new RegExp(`^The page’s own count, ${threads + 1}, is below the comments shown`));
    render(null, lower);
    const full = await view(at(40));
    expect(full.querySelector('[data-testid=stats-line]')?.textContent).toBe('40 comments shown of 40 announced');
    expect(full.querySelector('[data-testid=count-note]')).toBeNull();
    render(null, full);
    expect(toMarkdown(at(threads))).toContain(`40 comments shown (the page's own count, ${threads}, is its number of threads)`);
    expect(toMarkdown(at(threads + 1))).toContain(`40 comments shown (the page's own count, ${threads + 1}, is lower)`);
    expect(toMarkdown(at(45))).toContain('40 comments shown of 45 announced');
  });
});

describe('comments without a name', () => {
  it('are counted apart, in the popup, the thread lines and the Markdown export', async () => {
    const base = syntheticExtraction({ comments: 60, seed: 9 });
    const comments = base.comments.map((c, i) => (i % 4 === 1 ? { ...c, author: '[deleted]' } : i % 9 === 2 ? { ...c, author: '' } : c));
    const unnamed = comments.filter((c) => c.author === '[deleted]' || c.author === '').length;
    const a = analyze({ ...base, comments });
    expect(a.stats.unnamed).toBe(unnamed);
    expect(a.stats.participants.some((p) => p.author === '[deleted]' || p.author === '—')).toBe(false);
    expect(a.summary?.threads.length).toBeGreaterThan(0);
    expect(a.summary?.threads.flatMap((t) => t.participants)).not.toContain('[deleted]');
    const el = await view(a);
    expect(el.querySelector('[data-testid=unnamed]')?.textContent).toBe(`${unnamed} comments without an author’s name (deleted accounts or anonymous)`);
    expect(el.querySelector('[data-testid=participants]')?.textContent).not.toContain('[deleted]');
    render(null, el);
    expect(toMarkdown(a)).toContain(`${unnamed} comments without an author's name`);
    const named = await view(analyze(base));
    expect(named.querySelector('[data-testid=unnamed]')).toBeNull();
    render(null, named);
  });
});

async function view(a: Analysis): Promise<HTMLElement> {
  const host = document.createElement('div');
  await act(() => render(<PopupView state={{ kind: 'ready', analysis: a }} actions={createMockConnector({ kind: 'loading' }).actions} />, host));
  return host;
}

describe('overview panel', () => {
  it('shows the article, counts, reasons, chart, depths and language', async () => {
    const base = syntheticExtraction({ comments: 120, seed: 6 });
    const comments = base.comments.map((c, i) => ({ ...c, lang: i % 10 === 0 ? 'en' : 'fr' }));
    const a = analyze({ ...base, comments, pagination: { paginated: false, loadMore: true, framed: 'disqus.com' } });
    const el = await view(a);
    expect(el.querySelector('[data-testid=stats-line]')?.textContent).toBe('120 comments shown of 123 announced');
    const reasons = el.querySelector('.cl-reasons')?.textContent ?? '';
    expect(reasons).toContain('load more');
    expect(reasons).toContain('disqus.com');
    expect(el.querySelector('.cl-meta')?.textContent).toContain('blog.example.fr');
    // The byline in its own direction inside "by …" (a first-strong isolate).
    expect(el.querySelector('.cl-meta')?.textContent).toContain(`by \u2068${a.article.byline}\u2069`);
    const chart = el.querySelector('svg[role=img]') as SVGElement;
    expect(chart.getAttribute('aria-label')).toMatch(/^Comments from .+ to .+; busiest period/);
    expect(chart.querySelectorAll('rect').length).toBeGreaterThan(1);
    expect(el.querySelectorAll('.cl-depths li')).toHaveLength(a.stats.maxDepth);
    expect(el.querySelector('[data-testid=languages]')?.textContent).toBe('Language: French, English');
    const author = [...el.querySelectorAll('[data-testid=participants] li')].find((li) => li.textContent?.includes('article author'));
    expect(author?.querySelector('.cl-chip-name')?.textContent).toBe(a.article.byline);
    render(null, el);
  });

  it('says "N comments" when the page announces no count, and marks closed comments', async () => {
    const none = { paginated: false, loadMore: false, framed: null };
    const el = await view(analyze({ ...syntheticExtraction({ comments: 1, seed: 6 }), announcedCount: null, closed: true, pagination: none }));
    expect(el.querySelector('[data-testid=stats-line]')?.textContent).toBe('1 comment · comments closed');
    expect(el.querySelector('.cl-reasons')).toBeNull();
    render(null, el);
  });

  it('keeps hostile comment text as text', async () => {
    const ex = syntheticExtraction({ comments: 2, seed: 8 });
    const evil = '<img src=x onerror="alert(1)"><script>alert(2)</script> & <b>bold</b>';
    ex.comments[0] = { ...ex.comments[0], author: '<svg onload=alert(3)>', text: evil, paragraphs: [evil], parentId: null };
    ex.comments[1] = { ...ex.comments[1], parentId: null };
    const el = await view(analyze(ex));
    expect(el.querySelector('img, script, svg[onload], b')).toBeNull();
    expect(el.textContent).toContain(evil);
    expect(el.textContent).toContain('<svg onload=alert(3)>');
    render(null, el);
  });
});

describe('notes from the reading', () => {
  it('shows partial-result notes as text, never as markup', () => {
    const a: Analysis = {
      ...analyze(syntheticExtraction({ comments: 5 }), { summary: false }),
      notes: ['Partial result: reading stopped after the time budget (4000 ms).', '<img src=x onerror=alert(1)>'],
    };
    const root = document.createElement('div');
    act(() => render(<Overview analysis={a} onAuthor={() => undefined} />, root));
    const notes = root.querySelector('[data-testid=notes]');
    expect(notes?.textContent).toContain('Partial result');
    expect(notes?.textContent).toContain('<img src=x');
    expect(notes?.querySelector('img')).toBeNull();
  });
});
