import { extractPage } from '../extract';
import { FIRST_LOOK_COMMENTS } from '../core/first-look';
import { contentValidators, validate, type ContentRequests, type Msg } from '../shared/protocol';
import { packed, unpacked } from '../shared/wire';
import { ANNOTATIONS_BRIDGE, bridgeSlot } from './bridge';
import { jumpTo } from './jump';

/**
 * The reading script: injected on demand (activeTab + scripting) when the reader opens the
 * popup. Answers only our own background, never the page: page scripts cannot reach runtime
 * messaging, and we check the sender all the same. The annotations live in a script of their
 * own, injected when they are turned on (bridge.ts).
 *
 * No webextension-polyfill here: the one API this script uses, runtime messaging, is the same
 * in both browsers when answered through `sendResponse`, and the polyfill would be a tenth of
 * what every reading injects.
 */
interface Sender {
  id?: string;
  tab?: unknown;
}
interface Runtime {
  id?: string;
  onMessage: { addListener(fn: (msg: unknown, sender: Sender, respond: (r: unknown) => void) => boolean | undefined): void };
}
const runtime = (): Runtime | undefined => {
  const g = globalThis as unknown as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
  return g.browser?.runtime ?? g.chrome?.runtime;
};

const FLAG = Symbol.for('comment-lens.content');
const g = globalThis as unknown as Record<symbol, (() => boolean) | undefined>;

// Injected once per page; but after an extension reload or update the earlier copy is cut off
// from the extension (its runtime.id is gone), and this fresh copy must take over.
const alive = () => {
  try {
    return typeof runtime()?.id === 'string';
  } catch {
    return false;
  }
};
if (!g[FLAG]?.()) {
  g[FLAG] = alive;
  runtime()?.onMessage.addListener((msg, sender, respond) => {
    if (sender.id !== runtime()?.id || sender.tab) return undefined;
    if (!validate<ContentRequests>(contentValidators, msg)) return undefined;
    handle(msg as Msg<ContentRequests, keyof ContentRequests>).then(respond, (e: unknown) => respond({ ok: false, error: String(e) }));
    return true; // the answer comes later, through respond
  });
}

async function handle(msg: Msg<ContentRequests, keyof ContentRequests>): Promise<unknown> {
  switch (msg.type) {
    case 'ping':
      return { ok: true };
    case 'extract': {
      const { budgetMs } = msg as Msg<ContentRequests, 'extract'>;
      const ex = extractPage(document, { url: location.href, ...(budgetMs ? { budgetMs, firstLook: true } : {}) });
      // A first look that ran out of time is painted, not kept: its first comments are all that
      // need to travel (a message of thousands of comments costs more than the reading did).
      return packed(ex.outOfTime && budgetMs ? { ...ex, comments: ex.comments.slice(0, FIRST_LOOK_COMMENTS) } : ex);
    }
    case 'jump-to': {
      const m = msg as Msg<ContentRequests, 'jump-to'>;
      return { ok: jumpTo(document, m.commentId, m.anchor) };
    }
    case 'annotate': {
      const m = msg as Msg<ContentRequests, 'annotate'>;
      const annotations = bridgeSlot[ANNOTATIONS_BRIDGE];
      // Not injected (yet): nothing to turn off, and nothing to draw with.
      if (!annotations?.alive()) return { ok: !m.on };
      return { ok: await annotations.set(document, m.on, m.analysis ? unpacked(m.analysis) : m.analysis, (doc, url) => extractPage(doc, { url })) };
    }
  }
}
