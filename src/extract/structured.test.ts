import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { schemaOrgAdapter } from './structured';
import { microformatsAdapter } from './structured-mf2';

const ctx = { url: 'https://example.org/post', deadline: Date.now() + 60_000, now: () => Date.now() };
const docOf = (body: string) =>
  new JSDOM(`<!doctype html><html><head></head><body>${body}</body></html>`, { url: ctx.url, virtualConsole: new VirtualConsole() })
    .window.document;

const microdata = `
<article itemscope itemtype="https://schema.org/BlogPosting"><h1>Le compost en appartement</h1>
 <div itemprop="comment" itemscope itemtype="https://schema.org/Comment" id="c1">
  <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Claire</span></span>
  <time itemprop="dateCreated" datetime="2024-02-01T08:00:00Z">1er février</time>
  <div itemprop="text"><p>Le lombricomposteur ne sent rien si on ne le surcharge pas.</p></div>
  <div itemprop="comment" itemscope itemtype="https://schema.org/Comment" id="c2">
   <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Olivier</span></span>
   <div itemprop="text"><p>Combien de vers faut-il pour commencer ?</p></div>
  </div>
 </div>
</article>`;

const jsonLd = `<script type="application/ld+json">${JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'DiscussionForumPosting',
  headline: 'Which e-bike battery?',
  commentCount: 2,
  comment: [
    {
      '@type': 'Comment',
      author: { '@type': 'Person', name: 'rkl' },
      dateCreated: '2023-06-01T10:00:00Z',
      text: 'Get the 500 Wh pack, the small one sags on hills.',
      comment: [{ '@type': 'Comment', author: 'mtb_anna', text: 'Agreed, and it keeps its range in winter.' }],
    },
  ],
})}</script>`;

const mf2 = `
<article class="h-entry"><h1 class="p-name">Self-hosting notes</h1>
 <div class="p-comment h-cite" id="r1"><a class="p-author h-card" href="https://a.example"><span class="p-name">Aaron</span></a>
  <time class="dt-published" datetime="2022-09-01T12:00:00Z">Sep 1</time><div class="e-content">Nice write-up, I use the same backup setup.</div>
  <div class="p-comment h-cite" id="r2"><span class="p-author h-card"><span class="p-name">Tantek</span></span><div class="p-content">Which backup tool?</div></div>
 </div>
</article>`;

describe('structured data readers', () => {
  it.each([
    ['schema.org microdata', schemaOrgAdapter, microdata, [['Claire', null], ['Olivier', 'c1']]],
    ['schema.org JSON-LD', schemaOrgAdapter, jsonLd, [['rkl', null], ['mtb_anna', 'jsonld-1']]],
    ['microformats2', microformatsAdapter, mf2, [['Aaron', null], ['Tantek', 'r1']]],
  ] as const)('%s: authors and reply parents', (_name, adapter, html, want) => {
    const doc = docOf(html);
    expect(adapter.detect(doc)).toBeGreaterThan(0);
    const res = adapter.extract(doc, ctx);
    expect(res?.comments.map((c) => [c.author, c.parentId])).toEqual(want);
    expect(res?.comments[1].depth).toBe(1);
  });

  it.each([
    ['a commentCount without comments', `<script type="application/ld+json">{"@type":"Article","commentCount":12}</script>`],
    ['an empty Comment item', `<div itemscope itemtype="https://schema.org/Comment"><span itemprop="author">x</span></div>`],
  ])('finds nothing in %s', (_name, html) => {
    const doc = docOf(html);
    expect(schemaOrgAdapter.extract(doc, ctx)).toBeNull();
    expect(microformatsAdapter.extract(doc, ctx)).toBeNull();
  });
});
