import { describe, expect, it } from 'vitest';
import { unreadableReason } from './page-kind';

describe('unreadableReason', () => {
  it.each([
    ['https://www.opex360.com/2015/12/21/syrie-daesh/', null],
    ['http://127.0.0.1:8080/seed.html', null],
    ['file:///home/me/page.html', null],
    ['chrome://extensions/', 'browser-page'],
    ['about:addons', 'browser-page'],
    ['moz-extension://abc/popup.html', 'browser-page'],
    ['view-source:https://example.org/', 'browser-page'],
    ['https://chromewebstore.google.com/detail/foo/abc', 'store-page'],
    ['https://chrome.google.com/webstore/detail/abc', 'store-page'],
    ['https://addons.mozilla.org/fr/firefox/addon/ublock-origin/', 'store-page'],
    ['https://example.org/report-2015.pdf', 'pdf-viewer'],
    ['', 'no-tab'],
    [undefined, 'no-tab'],
  ])('%s -> %s', (url, want) => {
    expect(unreadableReason(url)).toBe(want);
  });
});
