import { Parser, type Node } from 'commonmark';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PAYLOADS } from '../../test/fixtures/payloads/corpus.mjs';
import { analyze } from './analyze';
import { toMarkdown } from './export';
import { commentRecord } from './test-records';
import type { CommentRecord, Extraction } from './types';

/** Read by the reference CommonMark parser (commonmark.js), as a Markdown viewer would. */
function parsed(md: string): { kinds: Map<string, number>; text: string; strong: string[] } {
  const kinds = new Map<string, number>();
  const strong: string[] = [];
  let text = '';
  const walker = new Parser().parse(md).walker();
  for (let ev = walker.next(); ev; ev = walker.next()) {
    const node: Node = ev.node;
    if (!ev.entering) continue;
    kinds.set(node.type, (kinds.get(node.type) ?? 0) + 1);
    if (node.type === 'text') text += node.literal ?? '';
    if (node.type === 'softbreak' || node.type === 'linebreak') text += '\n';
    if (node.type === 'strong') strong.push(textOf(node));
  }
  return { kinds, text, strong };
}

function textOf(node: Node): string {
  let out = '';
  const walker = node.walker();
  for (let ev = walker.next(); ev; ev = walker.next()) if (ev.entering && ev.node.type === 'text') out += ev.node.literal ?? '';
  return out;
}

const extraction = (title: string, comments: CommentRecord[]): Extraction => ({
  url: 'https://example.org/post',
  title,
  lang: 'fr',
  platform: 'wordpress',
  confidence: 1,
  article: { title, byline: null, published: null, lang: 'fr', text: '', site: null },
  announcedCount: null,
  closed: false,
  comments,
  pagination: { paginated: false, loadMore: false, framed: null },
  notes: [],
});

/** What a viewer may show of page text: no markup of any kind made from it. */
const LIVE = ['html_inline', 'html_block', 'link', 'image', 'code', 'code_block', 'emph', 'thematic_break', 'block_quote'];

/** The document as the page wrote it, one line per comment, through the export and back. */
function roundTrip(texts: readonly string[], authors: readonly string[]) {
  const comments = texts.map((text, i) => commentRecord({ id: `c${i}`, text, author: authors[i % authors.length] ?? '' }));
  const md = toMarkdown(analyze(extraction(texts[0] ?? 'Titre', comments), { summary: true }));
  return { md, ...parsed(md) };
}

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
/** What a viewer shows of a text: CommonMark turns U+0000 into U+FFFD. */
const shown = (s: string) => flat(s).replace(/\0/g, '\uFFFD');
/** The texts the parsed Markdown does not show whole. */
const missing = (text: string, texts: readonly string[]) => texts.filter((t) => !text.includes(shown(t)));

describe('Markdown export of hostile page text', () => {
  it('no payload of the corpus becomes markup in a CommonMark viewer, and each reads as written', () => {
    const texts = PAYLOADS.map((p) => p.p.replace(/\{\{JS\}\}/g, 'alert(1)').replace(/\{\{URL\}\}/g, 'http://127.0.0.1:9/trap/1')).filter((t) => flat(t).length > 0 && flat(t).length < 200);
    expect(texts.length).toBeGreaterThan(150);
    const { kinds, text, strong } = roundTrip(texts, ['Auguste', '<b>x</b>', '[a](javascript:alert(1))', '**Juju**']);
    for (const k of LIVE) expect(kinds.get(k) ?? 0, k).toBe(0);
    expect(missing(text, texts)).toEqual([]);
    // The only strong text is the export's own: each comment's author.
    expect(new Set(strong)).toEqual(new Set(['Auguste', '<b>x</b>', '[a](javascript:alert(1))', '**Juju**']));
  });

  it('Markdown written in a comment stays text: images, links, autolinks, emphasis, code, entities', () => {
    const texts = [
      '![x](javascript:alert(1)) et ![y][ref] puis !\\[z](http://evil.example)',
      '[clic](http://evil.example "t") <http://evil.example> <a href=x>a</a> &lt;b&gt; &#60;i&#62;',
      '*emph* _emph_ `code` ~~barré~~ | a | b |',
      '[ref]: http://evil.example',
    ];
    const { kinds, text } = roundTrip(texts, ['A']);
    for (const k of LIVE) expect(kinds.get(k) ?? 0, k).toBe(0);
    expect(missing(text, texts)).toEqual([]);
  });

  it('text that starts a list item (key points, threads, questions) neither nests a list nor draws a rule', () => {
    const texts = ['- Les sanctions ne marchent pas.', '+ Et les visas pour le Kosovo ?', '1. Premier point sur Daesh.', '2) Second point sur la Syrie.', '--- fin du débat', '-5 degrés à Moscou ce matin.'];
    const comments = texts.map((text, i) => commentRecord({ id: `${i + 1}`, author: `A${i}`, text }));
    const md = toMarkdown(analyze(extraction('Syrie', comments), { summary: true }));
    const { kinds, text } = parsed(md);
    expect(md).toMatch(/^- \\- Les sanctions/m);
    expect(md).toMatch(/^- 1\\. Premier point/m);
    // One list per section (participants are a line; threads, questions, key points and comments are lists).
    expect(kinds.get('thematic_break') ?? 0).toBe(0);
    expect(kinds.get('list')).toBe(md.split('\n').filter((l, i, all) => l.startsWith('- ') && !all[i - 1]?.startsWith('- ') && !all[i - 1]?.startsWith('  ')).length);
    expect(missing(text, texts)).toEqual([]);
  });

  it('keeps "!" as written, and counts one reply and one participant in the singular', () => {
    const comments = [
      commentRecord({ id: '1', author: 'Auguste', text: 'Bravo à Hollande et Le Drian ! Enfin du réalisme dans cette affaire.' }),
      commentRecord({ id: '2', author: 'Juju', parentId: '1', depth: 1, text: 'Pas un échec de Poutine ! Une victoire de Washington.' }),
    ];
    const md = toMarkdown(analyze(extraction('Syrie', comments), { summary: true }));
    expect(md).toContain('Bravo à Hollande et Le Drian ! Enfin');
    expect(md).not.toContain('\\!');
    expect(md).toMatch(/— 1 reply, 2 participants \(1\)/);
  });

  it('any text: nothing live, and the text reads back whole', () => {
    const special = fc.constantFrom(...'\\`*_[]()<>#|!~&:;/"\'=-+.{} \nabcé1'.split(''));
    fc.assert(
      fc.property(fc.array(fc.string({ unit: special, minLength: 1, maxLength: 60 }), { minLength: 1, maxLength: 6 }), (raw) => {
        const texts = raw.map(flat).filter((t) => /[\p{L}\p{N}]/u.test(t));
        if (!texts.length) return;
        const { kinds, text } = roundTrip(texts, ['A', 'B']);
        for (const k of ['html_inline', 'html_block', 'link', 'image', 'code', 'emph']) expect(kinds.get(k) ?? 0, k).toBe(0);
        expect(missing(text, texts)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
