import type { Unreadable } from '../shared/protocol';

const STORE_HOSTS = [
  'chromewebstore.google.com',
  'chrome.google.com', // /webstore
  'addons.mozilla.org',
  'microsoftedge.microsoft.com',
];

/**
 * Why a tab's page cannot be read by an extension, or null when it can.
 * Browsers forbid scripts on their own pages and on their add-on stores;
 * the PDF viewer is not a DOM we can read.
 */
export function unreadableReason(url: string | undefined | null): Unreadable | null {
  if (!url) return 'no-tab';
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'browser-page';
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:' && u.protocol !== 'file:') return 'browser-page';
  const host = u.hostname;
  if (STORE_HOSTS.includes(host) && (host !== 'chrome.google.com' || u.pathname.startsWith('/webstore'))) {
    return 'store-page';
  }
  if (/\.pdf$/i.test(u.pathname)) return 'pdf-viewer';
  return null;
}
