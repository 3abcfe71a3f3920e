import browser, { type Runtime } from 'webextension-polyfill';
import { extractPage } from '../extract';
import { contentValidators, validate, type ContentRequests, type Msg } from '../shared/protocol';
import { packed, unpacked } from '../shared/wire';
import { setAnnotations } from './annotations';
import { annotationDeps } from './annotations/browser-deps';
import { jumpTo } from './jump';

/**
 * Injected on demand (activeTab + scripting) when the reader opens the popup.
 * Answers only our own background, never the page: page scripts cannot reach
 * runtime messaging, and we check the sender all the same.
 */
const FLAG = Symbol.for('comment-lens.content');
const g = globalThis as unknown as Record<symbol, (() => boolean) | undefined>;

// Injected once per page; but after an extension reload or update the earlier copy is cut off
// from the extension (its runtime.id is gone), and this fresh copy must take over.
const alive = () => {
  try {
    return typeof browser.runtime?.id === 'string';
  } catch {
    return false;
  }
};
if (!g[FLAG]?.()) {
  g[FLAG] = alive;
  browser.runtime.onMessage.addListener((msg: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || sender.tab) return undefined;
    if (!validate<ContentRequests>(contentValidators, msg)) return undefined;
    return handle(msg as Msg<ContentRequests, keyof ContentRequests>);
  });
}

async function handle(msg: Msg<ContentRequests, keyof ContentRequests>): Promise<unknown> {
  switch (msg.type) {
    case 'ping':
      return { ok: true };
    case 'extract':
      return packed(extractPage(document, { url: location.href }));
    case 'jump-to': {
      const m = msg as Msg<ContentRequests, 'jump-to'>;
      return { ok: jumpTo(document, m.commentId, m.anchor) };
    }
    case 'annotate': {
      const m = msg as Msg<ContentRequests, 'annotate'>;
      return { ok: setAnnotations(document, m.on, m.analysis ? unpacked(m.analysis) : m.analysis, m.on ? await annotationDeps() : {}) };
    }
  }
}
