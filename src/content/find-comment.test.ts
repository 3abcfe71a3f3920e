import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractPage } from '../extract';
import { attachDeclarativeShadowRoots } from '../extract/shadow';
import { findComment } from './find-comment';

const fixture = (name: string) => readFileSync(path.resolve(__dirname, `../../test/fixtures/${name}`), 'utf8');
const URL_ = 'https://news.example.org/a/';
const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const start = (c: { paragraphs: string[] }) => norm(c.paragraphs[0]).slice(0, 20);

describe('findComment: what jump-to-comment and the annotations point at', () => {
  it('finds every comment of a thread drawn in an open shadow root (Coral) by its anchor', () => {
    const doc = new JSDOM(fixture('coral.html'), { url: URL_ }).window.document;
    attachDeclarativeShadowRoots(doc); // what a browser's parser does
    const ex = extractPage(doc, { url: URL_ });
    expect(ex.comments.length).toBeGreaterThan(5);
    for (const c of ex.comments) {
      const el = findComment(doc, c.id, c.anchor ?? null);
      expect(el, c.id).not.toBeNull();
      expect(el?.getRootNode()).not.toBe(doc); // inside the shadow root
      expect(norm(el?.textContent)).toContain(start(c));
    }
  });

  it('finds light-DOM comments by anchor, falls back to ids, and answers null for an unknown comment', () => {
    const doc = new JSDOM(fixture('seed-wordpress.html'), { url: URL_ }).window.document;
    const ex = extractPage(doc, { url: URL_ });
    for (const c of ex.comments) expect(norm(findComment(doc, c.id, c.anchor ?? null)?.textContent)).toContain(start(c));
    const first = ex.comments[0];
    expect(findComment(doc, first.id, '#no-such-anchor')).not.toBeNull(); // by id
    expect(findComment(doc, first.id, '[[[bad selector')).not.toBeNull();
    expect(findComment(doc, 'no-such-comment', '#no-such-anchor')).toBeNull();
  });
});
