import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Analysis } from '../core/analysis-types';
import { frameService } from '../core/frames';
import { DEFAULT_SETTINGS, KEY_POINT_COUNT, SUMMARY_CHARS, readSettings, type Settings, type StorageLike } from '../shared/settings';
import type { Connector, FrameAccess, PopupActions, PopupState } from './connector';
import { I18nContext, defaultTranslator, useT, type Translator } from './i18n';
import { ExportPanel } from './components/export-panel';
import { FrameNotice } from './components/frame-notice';
import { Header } from './components/header';
import { warmFormats } from './components/format';
import { KeyPoints } from './components/key-points';
import { Overview } from './components/overview';
import { ErrorView, LoadingView, NoneView, UnreadableView } from './components/states';
import { NO_FILTER, type ThreadFilter } from './components/thread-model';
import { Threads } from './components/threads';
import './popup.css';

export interface ViewProps {
  state: PopupState;
  actions: PopupActions;
  settings?: Settings;
  /** Messages to use; the browser's (or bundled English) when absent. */
  translator?: Translator;
}

/** The whole popup as a pure function of state and actions (what tests render). */
export function PopupView({ state, actions, settings = DEFAULT_SETTINGS, translator }: ViewProps) {
  const t = useMemo(() => translator ?? defaultTranslator(), [translator]);
  return (
    <I18nContext.Provider value={t}>
      <main class="cl-popup" lang={t.lang}>
        <StateView state={state} actions={actions} settings={settings} />
      </main>
    </I18nContext.Provider>
  );
}

function StateView({ state, actions, settings }: { state: PopupState; actions: PopupActions; settings: Settings }) {
  switch (state.kind) {
    case 'loading':
      return <LoadingView progress={state.progress} />;
    case 'unreadable':
      return <UnreadableView reason={state.reason} />;
    case 'error':
      return <ErrorView message={state.message} details={state.details} actions={actions} />;
    case 'ready':
      return state.analysis.comments.length === 0 ? (
        <>
          {state.frame && <FrameNotice frame={state.frame} onRead={actions.readFrame} />}
          <NoneView
            actions={actions}
            facts={{
              announced: state.analysis.announcedCount,
              closed: state.analysis.closed,
              framed: state.analysis.pagination.framed ? (frameService(state.analysis.pagination.framed)?.name ?? null) : null,
              frameOffered: !!state.frame,
            }}
          />
        </>
      ) : (
        <ReadyView
          analysis={state.analysis}
          annotationsOn={state.annotationsOn ?? false}
          actions={actions}
          settings={settings}
          frame={state.frame}
          preview={state.preview === true}
        />
      );
  }
}

interface ReadyProps {
  analysis: Analysis;
  annotationsOn: boolean;
  actions: PopupActions;
  settings: Settings;
  frame?: FrameAccess;
  /** The first comments only: the whole reading is on its way. */
  preview: boolean;
}

function ReadyView({ analysis, annotationsOn, actions, settings, frame, preview }: ReadyProps) {
  const t = useT();
  const [filter, setFilter] = useState<ThreadFilter>(NO_FILTER);
  const showAuthor = (author: string) => {
    setFilter({ ...NO_FILTER, author });
    document.getElementById('cl-threads')?.scrollIntoView?.({ block: 'start' });
  };
  const sections = [
    ['cl-overview', t('overviewHeading')],
    ['cl-key-points', t('keyPointsHeading')],
    ['cl-threads', t('threadsHeading')],
    ['cl-export', t('exportHeading')],
  ];
  return (
    <>
      <Header analysis={analysis} annotationsOn={annotationsOn} actions={actions} />
      {preview && (
        <p class="cl-reading-more" data-testid="reading-more" role="status" aria-live="polite" aria-busy="true">
          <span class="cl-spinner cl-spinner-small" aria-hidden="true" />
          {t.n('readingMore', analysis.comments.length)}
        </p>
      )}
      <nav class="cl-nav" aria-label={t('sectionsLabel')}>
        {sections.map(([id, label]) => (
          <a key={id} href={`#${id}`}>
            {label}
          </a>
        ))}
      </nav>
      <Overview analysis={analysis} onAuthor={showAuthor} frame={frame} onReadFrame={actions.readFrame} />
      <KeyPoints analysis={analysis} actions={actions} count={KEY_POINT_COUNT[settings.summaryLength]} />
      <Threads
        key={settings.defaultSort}
        analysis={analysis}
        filter={filter}
        onFilter={setFilter}
        initialSort={settings.defaultSort}
        summaryChars={SUMMARY_CHARS[settings.summaryLength]}
        onJump={(id) => actions.jumpTo(id)}
      />
      {/* An export of the first comments only would pass for the whole discussion. */}
      {!preview && <ExportPanel analysis={analysis} actions={actions} />}
    </>
  );
}

export interface AppProps {
  connector: Connector;
  /** Settings to use; or `settingsStorage` to read them from (`storage.local`); else the defaults. */
  settings?: Settings;
  settingsStorage?: StorageLike;
  translator?: Translator;
}

/** The popup wired to a connector: shows 'loading' until the connector reports. */
export function App({ connector, settings: given, settingsStorage, translator }: AppProps) {
  const [state, setState] = useState<PopupState>({ kind: 'loading' });
  const [stored, setStored] = useState<Settings | undefined>(undefined);
  useEffect(() => {
    if (!settingsStorage) return;
    let live = true;
    readSettings(settingsStorage).then(
      (s) => live && setStored(s),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [settingsStorage]);
  const settings = given ?? stored;
  const [chosen, setChosen] = useState<boolean | null>(null);
  useEffect(
    () =>
      connector.start((s) => {
        setChosen(null);
        setState(s);
      }),
    [connector],
  );
  const t = useMemo(() => translator ?? defaultTranslator(), [translator]);
  // After the first paint (the loading view) and the connector's start, while the first answer is
  // awaited: the locale's formats, whose first making (tens of ms) would otherwise come between that
  // answer and the tree's paint.
  useEffect(() => {
    t.warm();
    warmFormats(t.lang);
  }, [t]);
  const actions = useMemo(
    () => ({
      ...connector.actions,
      setAnnotations(on: boolean) {
        setChosen(on);
        connector.actions.setAnnotations(on);
      },
    }),
    [connector],
  );
  // The reader's choice since the last state; else the state's own word; else the connector's.
  const shown: PopupState =
    state.kind === 'ready' ? { ...state, annotationsOn: chosen ?? state.annotationsOn ?? connector.annotationsOn } : state;
  return <PopupView state={shown} actions={actions} settings={settings} translator={t} />;
}
