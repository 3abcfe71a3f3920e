import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { HOST_TAG } from '../bars';
import { followChanges } from './follow-changes';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

function setup() {
  const dom = new JSDOM('<ol id="comments"><li id="comment-1">Encore un échec de Poutine alors…</li></ol>', { url: 'https://www.opex360.com/2015/12/21/syrie/' });
  const doc = dom.window.document;
  const ac = new AbortController();
  let calls = 0;
  followChanges(doc, { debounceMs: 10, minIntervalMs: 0, onChange: () => calls++ }, ac.signal);
  return { dom, doc, ac, calls: () => calls };
}

describe('followChanges', () => {
  it('reacts to a comment that loads later, once for a burst', async () => {
    const { doc, calls } = setup();
    for (const t of ['Pas un échec de Poutine : mais une victoire des ploutocrates', 'Sacré Juju … Au moins, en ce qui vous concerne']) {
      const li = doc.createElement('li');
      li.textContent = t;
      doc.getElementById('comments')?.append(li);
    }
    await wait(60);
    expect(calls()).toBe(1);
  });

  it('ignores our own bars, scripts and text-less widgets', async () => {
    const { doc, calls } = setup();
    doc.getElementById('comment-1')?.prepend(doc.createElement(HOST_TAG));
    doc.body.append(doc.createElement('script'));
    const spinner = doc.createElement('span');
    spinner.textContent = '⟳';
    doc.body.append(spinner);
    await wait(60);
    expect(calls()).toBe(0);
  });

  it('reacts to a single-page navigation, and to nothing once aborted', async () => {
    const { dom, doc, ac, calls } = setup();
    dom.window.history.pushState({}, '', '/2015/12/22/autre-article/');
    doc.body.append(doc.createElement('div'));
    await wait(60);
    expect(calls()).toBe(1);
    ac.abort();
    const li = doc.createElement('li');
    li.textContent = 'Un commentaire arrivé après coup, assez long pour compter.';
    doc.getElementById('comments')?.append(li);
    await wait(60);
    expect(calls()).toBe(1);
  });
});
