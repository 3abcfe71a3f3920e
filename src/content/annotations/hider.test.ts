import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { createHider } from './hider';

const page = () =>
  new JSDOM(
    '<ol><li id="a">Lagaffe</li><li id="b" style="color: red;margin-left:2em">Juju</li><li id="c" class="x" data-k="1">Auguste</li></ol>',
  ).window.document;

describe('createHider', () => {
  it.each(['a', 'b', 'c'])('puts #%s back exactly as it was', (id) => {
    const doc = page();
    const before = doc.body.innerHTML;
    const ac = new AbortController();
    const h = createHider(ac.signal);
    const el = doc.getElementById(id) as Element;
    h.hide(el);
    expect(h.isHidden(el)).toBe(true);
    expect(el.getAttribute('style')).toContain('display: none !important');
    h.show(el);
    expect(doc.body.innerHTML).toBe(before);
    h.hide(el);
    ac.abort();
    expect(doc.body.innerHTML).toBe(before);
  });

  it('counts: an element hidden by two threads shows again only when both are shown', () => {
    const doc = page();
    const h = createHider(new AbortController().signal);
    const el = doc.getElementById('a') as Element;
    h.hide(el);
    h.hide(el);
    h.show(el);
    expect(h.isHidden(el)).toBe(true);
    h.show(el);
    expect(el.hasAttribute('style')).toBe(false);
  });

  it('takes back only its own rule when the page restyled the element meanwhile', () => {
    const doc = page();
    const ac = new AbortController();
    const h = createHider(ac.signal);
    const el = doc.getElementById('a') as HTMLElement;
    h.hide(el);
    el.style.color = 'blue';
    ac.abort();
    expect(el.getAttribute('style')).toBe('color: blue;');
  });

  it('sees descendants of a hidden element as hidden, and does nothing after abort', () => {
    const doc = new JSDOM('<div id="p"><p id="q">x</p></div>').window.document;
    const ac = new AbortController();
    const h = createHider(ac.signal);
    h.hide(doc.getElementById('p') as Element);
    expect(h.isHidden(doc.getElementById('q') as Element)).toBe(true);
    ac.abort();
    h.hide(doc.getElementById('q') as Element);
    expect(doc.getElementById('q')?.hasAttribute('style')).toBe(false);
  });
});
