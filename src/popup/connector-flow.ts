import type { BackgroundRequests, Msg, Res, TabResult } from '../shared/protocol';
import type { Connector, FrameAccess, PopupState } from './connector';
import { withSummaryOf } from '../core/summary-merge';
import type { Analysis } from '../core/analysis-types';
import { askFrameAccess, frameAccessFor, type FrameAccessApi } from './frame-access';

/** What the connector asks of the browser, injected so that tests drive it with stubs. */
export interface ConnectorDeps {
  /** A question to the background (readings unpacked). */
  send<K extends keyof BackgroundRequests>(msg: Msg<BackgroundRequests, K>): Promise<Res<BackgroundRequests, K>>;
  /** The tab the popup reads. */
  targetTab(): Promise<number | null>;
  frameApi: FrameAccessApi;
  /** Resolves once the state just given has been painted. */
  afterPaint(): Promise<void>;
  openOptions(): void;
  /** The first question's answer when it was asked before the popup's modules ran (public/early-ask.js). */
  asked?: Promise<Asked | null>;
}

/** The tab read, its first look and its annotations' state. */
export interface Asked {
  id: number;
  first: Res<BackgroundRequests, 'preview-tab'>;
  ann: Res<BackgroundRequests, 'get-annotations'>;
}

const toState = (r: TabResult, annotationsOn: boolean, frame?: FrameAccess): PopupState =>
  r.status === 'ok'
    ? { kind: 'ready', analysis: r.analysis, annotationsOn, ...(frame ? { frame } : {}), ...(r.preview ? { preview: true } : {}) }
    : r.status === 'unreadable'
      ? { kind: 'unreadable', reason: r.reason }
      : { kind: 'error', message: r.message, details: r.details };

/**
 * The popup's questions in order: the tab's first look and annotations' state at once, then (the first
 * look painted) the whole reading, then its key points.
 */
export function createConnector({ send, targetTab, frameApi, afterPaint, openOptions, asked }: ConnectorDeps): Connector {
  let tabId: number | null = null;
  let onState: (s: PopupState) => void = () => undefined;
  let last: PopupState | null = null;
  let frame: FrameAccess | undefined;

  /** The tab, its first look and its annotations state. (The marks are for the benchmark's timeline.) */
  const ask = async (refresh: boolean): Promise<Asked | null> => {
    const id = await targetTab();
    if (id === null) return null;
    performance.mark('cl:ask');
    const [first, ann] = await Promise.all([send({ type: 'preview-tab', tabId: id, refresh }), send({ type: 'get-annotations', tabId: id })]);
    performance.mark('cl:first-answer');
    return { id, first, ann };
  };
  // Asked as soon as the popup's script runs, not after its first render (or before, by early-ask.js; asked
  // again should that have failed).
  let early: Promise<Asked | null> | null = asked ? asked.catch(() => ask(false)) : ask(false);
  early.catch(() => undefined); // a failure is reported by run()

  /**
   * The reading completed with its key points. Only the summary travels; should the tab's kept
   * reading have changed meanwhile (another count of comments), that reading comes whole.
   */
  const summaryFor = async (held: Analysis, id: number): Promise<Analysis> => {
    const got = await send({ type: 'summarize-tab', tabId: id });
    if (got?.status === 'ok' && got.comments === held.comments.length) return withSummaryOf(held, got.summary);
    if (got?.status === 'ok') {
      const whole = await send({ type: 'analyze-tab', tabId: id, refresh: false });
      if (whole?.status === 'ok' && !whole.analysis.summaryPending) return whole.analysis;
    }
    return { ...held, summaryPending: false };
  };

  const run = async (refresh: boolean) => {
    onState({ kind: 'loading', progress: { stage: 'reading' } });
    try {
      const asked = await (!refresh && early ? early : ask(refresh));
      early = null;
      if (!asked) return onState({ kind: 'unreadable', reason: 'no-tab' });
      // A first look at once (the first comments of a big thread), then the whole reading.
      const { first, ann } = asked;
      tabId = asked.id;
      connector.annotationsOn = ann?.on === true;
      if (!first) return onState({ kind: 'error', message: 'no-answer', details: 'The background did not answer.' });
      // A first look that found nothing yet says nothing ("no comments" would be wrong a moment later).
      if (first.status === 'ok' && first.preview && first.analysis.comments.length > 0) {
        onState((last = toState(first, connector.annotationsOn, frame)));
        // The whole reading is asked for once that first look is on screen: the page reading itself whole
        // and the worker's first analysis slowed its paint on two cores (tree 41-52 -> 28-31 ms after the
        // first answer, cold; key points no later; node bench/popup-ab.mjs, 2026-11-28).
        await afterPaint();
      }
      const res = first.status === 'ok' && first.preview ? await send({ type: 'analyze-tab', tabId, refresh }) : first;
      if (!res) return onState({ kind: 'error', message: 'no-answer', details: 'The background did not answer.' });
      // Comments in a frame (Disqus...) the reader has not let us read yet: the popup offers to.
      frame = res.status === 'ok' ? await frameAccessFor(res.analysis, frameApi).catch(() => undefined) : undefined;
      onState((last = toState(res, connector.annotationsOn, frame)));
      // The tree is on screen; the key points follow.
      if (res.status === 'ok' && res.analysis.summaryPending) {
        const analysis = await summaryFor(res.analysis, tabId);
        onState((last = toState({ status: 'ok', analysis }, connector.annotationsOn, frame)));
      }
    } catch (e) {
      onState({ kind: 'error', message: 'analysis-failed', details: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) });
    }
  };

  const connector: Connector = {
    annotationsOn: false,
    start(cb) {
      onState = cb;
      void run(false);
    },
    actions: {
      refresh: () => void run(true),
      jumpTo(commentId) {
        if (tabId !== null) void send({ type: 'jump-to', tabId, commentId }).catch(() => undefined);
      },
      setAnnotations(on) {
        connector.annotationsOn = on;
        if (tabId !== null) void send({ type: 'set-annotations', tabId, on }).catch(() => undefined);
      },
      async copy(text) {
        try {
          await navigator.clipboard.writeText(text);
          return true;
        } catch {
          return false;
        }
      },
      download(filename, mime, text) {
        const url = URL.createObjectURL(new Blob([text], { type: mime }));
        const a = document.createElement('a');
        a.href = url;
        a.download = filename;
        a.click();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      },
      openOptions,
      readFrame(f) {
        // Straight from the click: askFrameAccess requests before it awaits anything.
        void askFrameAccess(f, frameApi).then(
          (granted) => {
            if (granted) return void run(true);
            frame = { ...f, refused: true };
            if (last?.kind === 'ready') onState((last = { ...last, frame }));
          },
          () => undefined,
        );
      },
    },
  };
  return connector;
}
