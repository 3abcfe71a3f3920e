import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { anchorOf } from './dom-utils';
import { qs, qsa, withPageIndex } from './page-index';
import { paginationOf } from './pagination';
import { attachDeclarativeShadowRoots, queryOpenShadows, SHADOW_HOSTS, shadowRootsOf, unreadShadowSystem } from './shadow';

const page = (body: string) => new JSDOM(`<!doctype html><html><body>${body}</body></html>`, { url: 'https://news.example/story/' }).window.document;
const coralPage = (mode: string, inner = '<div class="coral-comment" id="comment-c1"><p class="coral-comment-content">Bonjour à tous</p></div>') =>
  page(`<p><a href="/">home</a></p><div id="coral_thread"><div id="coral-shadow-container"><template shadowrootmode="${mode}">${inner}</template></div></div>`);

describe('attachDeclarativeShadowRoots', () => {
  it('turns an open template into an open shadow root and removes the template', () => {
    const doc = coralPage('open');
    expect(doc.querySelector('.coral-comment')).toBeNull(); // jsdom: still inert template content
    expect(attachDeclarativeShadowRoots(doc)).toBe(1);
    const host = doc.getElementById('coral-shadow-container') as Element;
    expect(host.querySelector('template')).toBeNull();
    expect(host.shadowRoot?.querySelector('.coral-comment-content')?.textContent).toBe('Bonjour à tous');
    // Moved into the page's document, not a copy in the template's inert one.
    expect(host.shadowRoot?.querySelector('.coral-comment')?.ownerDocument).toBe(doc);
    expect(attachDeclarativeShadowRoots(doc)).toBe(0);
  });

  it('attaches a closed root: the content leaves the light DOM and element.shadowRoot stays null', () => {
    const doc = coralPage('closed');
    expect(attachDeclarativeShadowRoots(doc)).toBe(1);
    const host = doc.getElementById('coral-shadow-container') as Element;
    expect(host.shadowRoot).toBeNull();
    expect(host.children.length).toBe(0);
    expect(doc.body.textContent).not.toContain('Bonjour');
  });

  it.each([
    ['an unknown mode', '<div id="h"><template shadowrootmode="sideways"><p>x</p></template></div>'],
    ['a host that cannot have a shadow root', '<a id="h" href="/"><template shadowrootmode="open"><p>x</p></template></a>'],
  ])('leaves %s as a template', (_, body) => {
    const doc = page(body);
    expect(attachDeclarativeShadowRoots(doc)).toBe(0);
    expect(doc.querySelector('#h > template')).not.toBeNull();
  });

  it('attaches nested declarative roots, innermost included', () => {
    const doc = page('<div id="outer"><template shadowrootmode="open"><section><div id="inner"><template shadowrootmode="open"><p class="deep">deep</p></template></div></section></template></div>');
    expect(attachDeclarativeShadowRoots(doc)).toBe(2);
    const inner = doc.getElementById('outer')?.shadowRoot?.getElementById('inner');
    expect(inner?.shadowRoot?.querySelector('.deep')?.textContent).toBe('deep');
  });

  it('moves nodes without re-parsing their text (markup in text stays text)', () => {
    const doc = coralPage('open', '<p class="coral-comment-content">&lt;img src=x onerror=alert(1)&gt;</p>');
    attachDeclarativeShadowRoots(doc);
    const root = doc.getElementById('coral-shadow-container')?.shadowRoot as ShadowRoot;
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('shadowRootsOf / unreadShadowSystem', () => {
  it('finds the open root a few levels under the host, once for nested hosts', () => {
    const doc = coralPage('open');
    attachDeclarativeShadowRoots(doc);
    const scan = shadowRootsOf(doc, SHADOW_HOSTS.coral);
    expect(scan.roots.length).toBe(1);
    expect(scan.unread).toEqual([]);
    expect(unreadShadowSystem(doc)).toBeNull();
  });

  it.each([
    ['a closed root', coralPage('closed'), 'coral'],
    ['a Coral thread never loaded', page('<div id="coral_talk_stream"><button>Show Comments</button></div>'), 'coral'],
    ['an OpenWeb container never loaded', page('<div data-spotim-module="conversation" data-post-id="p1"></div>'), 'openweb'],
    ['a page without either', page('<div id="comments"><p>Hi</p></div>'), null],
  ])('%s is reported unread', (_, doc, system) => {
    attachDeclarativeShadowRoots(doc);
    expect(unreadShadowSystem(doc)).toBe(system);
    // The popup says so through the pagination reading ("in a frame from coral that ... cannot read yet").
    expect(paginationOf(doc).framed).toBe(system);
  });
});

describe('the page index and shadow roots', () => {
  it('qs/qsa under the scan index (CLI) find elements inside an open root, and page-wide queries still stay out of it', () => {
    const doc = coralPage('open');
    attachDeclarativeShadowRoots(doc);
    const root = doc.getElementById('coral-shadow-container')?.shadowRoot as ShadowRoot;
    const comment = root.querySelector('.coral-comment') as Element;
    for (const scan of [true, false]) {
      withPageIndex(
        doc,
        () => {
          // A root not yet found by shadowRootsOf is searched all the same (the index does not know its names).
          expect(qs(root, '.coral-comment')).toBe(comment);
          // Found: its names count as present, for searches from its elements too.
          expect(shadowRootsOf(doc, SHADOW_HOSTS.coral).roots).toEqual([root]);
          expect(qs(root, '.coral-comment')).toBe(comment);
          expect(qsa(comment, '.coral-comment-content').length).toBe(1);
          expect(qs(doc, '.coral-comment')).toBeNull(); // as doc.querySelector: no piercing
        },
        { scan },
      );
    }
  });
});

describe('anchors of comments inside a shadow root', () => {
  it('anchorOf gives a selector the document cannot resolve; queryOpenShadows can', () => {
    const doc = coralPage('open');
    attachDeclarativeShadowRoots(doc);
    const comment = doc.getElementById('coral-shadow-container')?.shadowRoot?.querySelector('.coral-comment') as Element;
    const anchor = anchorOf(comment) as string;
    expect(anchor).toBe('#comment-c1');
    expect(doc.querySelector(anchor)).toBeNull();
    expect(doc.getElementById('comment-c1')).toBeNull();
    expect(queryOpenShadows(doc, anchor)).toBe(comment);
  });
});
