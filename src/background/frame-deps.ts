import browser from 'webextension-polyfill';
import type { Extraction } from '../core/types';
import type { ContentRequests, Msg } from '../shared/protocol';
import { unpacked } from '../shared/wire';
import type { FrameDeps } from './frame-reading';

/**
 * Frames found and read with `scripting` and the host permissions the reader
 * granted, without the `webNavigation` permission: a one-line probe runs in
 * every frame the extension may read (Chrome leaves the others out of
 * `allFrames`; Firefox may answer them with an error, skipped here) and says
 * where it is; the content script then goes only into the comment frames.
 */
/**
 * Injects the reading script into one frame of a tab unless a live copy already answers there (`gone`: a
 * ping has just found none, so it is not asked again).
 */
export async function ensureReadingScript(tabId: number, frameId: number, file: string, gone = false): Promise<void> {
  if (gone || !(await readingAlive(tabId, frameId))) await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
}

/** True when a live copy of the reading script answers in the frame (false after a reload or a navigation). */
export function readingAlive(tabId: number, frameId = 0): Promise<boolean> {
  const ping: Msg<ContentRequests, 'ping'> = { type: 'ping' };
  return browser.tabs
    .sendMessage(tabId, ping, { frameId })
    .then((r) => (r as { ok?: boolean } | undefined)?.ok === true)
    .catch(() => false);
}

export function createFrameDeps(contentScript: string): FrameDeps {
  const extract: Msg<ContentRequests, 'extract'> = { type: 'extract' };
  return {
    hasOrigins: (origins) => browser.permissions.contains({ origins }),
    async frameUrls(tabId) {
      const results = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, func: () => location.href });
      return results.flatMap((r) => (typeof r.result === 'string' ? [{ frameId: r.frameId, url: r.result }] : []));
    },
    async extractFrame(tabId, frameId) {
      await ensureReadingScript(tabId, frameId, contentScript);
      return unpacked((await browser.tabs.sendMessage(tabId, extract, { frameId })) as Extraction);
    },
  };
}
