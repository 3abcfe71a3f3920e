import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/analyze';
import type { Analysis } from '../../core/analysis-types';
import { extractPage } from '../../extract';
import { authorHue, buildViews } from './model';

const seed = path.resolve(__dirname, '../../../test/fixtures/seed-wordpress.html');
const url = 'http://127.0.0.1/seed-wordpress.html';
const seedAnalysis = (): Analysis => analyze(extractPage(new JSDOM(readFileSync(seed, 'utf8'), { url }).window.document, { url }));

describe('authorHue', () => {
  it.each([
    ['Lagaffe', 'lagaffe'],
    ['  Auguste ', 'AUGUSTE'],
    ['Jean Maxence', 'jean maxence'],
  ])('%s and %s get the same colour', (a, b) => expect(authorHue(a)).toBe(authorHue(b)));
  it('spreads different names over the wheel', () => {
    const hues = new Set(['nonmaisdisdonc', 'Lagaffe', 'Juju', 'Auguste', 'Parabellum', 'Plusdepognon', 'Raymond75'].map(authorHue));
    expect(hues.size).toBeGreaterThanOrEqual(6);
    for (const h of hues) expect(h).toBeGreaterThanOrEqual(0);
  });
});

describe('buildViews on the founding example', () => {
  const a = seedAnalysis();
  const views = buildViews(a);

  it('has a view per comment', () => expect(views.size).toBe(a.comments.length));

  it('counts replies, thread size and authors from the analysis', () => {
    for (const c of a.comments) {
      const v = views.get(c.id);
      expect(v?.replies).toBe(a.stats.repliesPerComment[c.id]);
      const p = a.stats.participants.find((x) => x.author.toLowerCase() === c.author.trim().toLowerCase());
      expect(v?.authorCount).toBe(p?.count);
    }
    const root = a.comments.find((c) => c.parentId === null && (a.stats.repliesPerComment[c.id] ?? 0) > 0);
    expect(root).toBeTruthy();
    const rv = views.get(root?.id ?? '');
    const inThread = [...views.values()].filter((v) => v.threadRootId === root?.id);
    expect(rv?.threadSize).toBe(inThread.length);
    expect(rv?.descendants).toBe(inThread.length - 1);
    expect(new Set(rv?.descendantIds)).toEqual(new Set(inThread.filter((v) => v.id !== root?.id).map((v) => v.id)));
  });

  it('names the parent of each reply', () => {
    for (const c of a.comments) {
      const v = views.get(c.id);
      if (c.parentId === null) expect(v?.parent).toBeNull();
      else expect(v?.parent?.author).toBe(a.comments.find((p) => p.id === c.parentId)?.author.trim());
    }
  });

  it('marks a link signal with its domains', () => {
    const withLink = a.comments.filter((c) => c.links.length);
    expect(withLink.length).toBeGreaterThan(0);
    for (const c of withLink) expect(views.get(c.id)?.signals.some((s) => s.kind === 'link' && s.evidence.length > 0)).toBe(true);
  });
});

describe('signals from the summary', () => {
  const base = seedAnalysis();
  const [c1, c2] = base.comments;
  const a: Analysis = {
    ...base,
    comments: base.comments.map((c) => (c.id === c2.id ? { ...c, parentInferred: true } : c)),
    stats: { ...base.stats, participants: base.stats.participants.map((p) => ({ ...p, isArticleAuthor: p.author === c1.author })) },
    summary: {
      lang: 'fr', keyPoints: [], threads: [], keywords: [], exchanges: [],
      questions: [{ commentId: c1.id, text: 'Et que fait-on des Mistral ?', answered: true }],
      tone: {
        distribution: {},
        perComment: [{ commentId: c2.id, exclamation: 3, capitals: 2, insults: ['crétins'], agreement: [], disagreement: ['pas du tout'] }],
      },
    },
  };
  const views = buildViews(a);

  it('takes questions, tone, inferred parents and the article author from the analysis', () => {
    expect(views.get(c1.id)?.signals.find((s) => s.kind === 'question')).toEqual({ kind: 'question', evidence: ['Et que fait-on des Mistral ?'], answered: true });
    expect(views.get(c1.id)?.isArticleAuthor).toBe(true);
    const kinds = views.get(c2.id)?.signals.map((s) => s.kind);
    expect(kinds).toEqual(expect.arrayContaining(['disagree', 'strong-words', 'emphatic']));
    expect(views.get(c2.id)?.parent?.inferred).toBe(true);
  });
});
