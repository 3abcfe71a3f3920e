import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/analyze';
import { extractPage } from '../../extract';
import { localAnalysis } from './local-analysis';

describe('localAnalysis', () => {
  it('is the analysis without its text part', () => {
    const url = 'http://127.0.0.1/seed-wordpress.html';
    const html = readFileSync(path.resolve(__dirname, '../../../test/fixtures/seed-wordpress.html'), 'utf8');
    const doc = new JSDOM(html, { url }).window.document;
    const local = localAnalysis(doc, url);
    const full = analyze(extractPage(doc, { url }), { summary: false });
    expect(local.comments).toEqual(full.comments);
    expect(local.stats).toEqual(full.stats);
    expect(local.summary).toBeNull();
    expect(local.version).toBe(full.version);
  });
});
