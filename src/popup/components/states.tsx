import type { LoadingProgress, PopupActions } from '../connector';
import type { Unreadable } from '../../shared/protocol';
import { useState } from 'preact/hooks';
import { useT, type MessageKey } from '../i18n';

/** The popup's states other than a readable discussion: never blank, never a stack trace. */

export function LoadingView({ progress }: { progress?: LoadingProgress }) {
  const t = useT();
  const text =
    progress?.stage === 'analysing' && progress.comments !== undefined
      ? t.n('loadingAnalysing', progress.comments)
      : t(progress?.stage === 'analysing' ? 'loadingAnalysingUnknown' : 'loadingReading');
  return (
    <div class="cl-state" data-testid="state-loading" role="status" aria-live="polite" aria-busy="true">
      <div class="cl-spinner" aria-hidden="true" />
      <p class="cl-state-title">{t('loadingTitle')}</p>
      <p class="cl-muted">{text}</p>
    </div>
  );
}

const UNREADABLE: Record<Unreadable, [MessageKey, MessageKey]> = {
  'browser-page': ['unreadableBrowserTitle', 'unreadableBrowserText'],
  'store-page': ['unreadableStoreTitle', 'unreadableStoreText'],
  'pdf-viewer': ['unreadablePdfTitle', 'unreadablePdfText'],
  'no-tab': ['unreadableNoTabTitle', 'unreadableNoTabText'],
  'no-access': ['unreadableNoAccessTitle', 'unreadableNoAccessText'],
};

export function UnreadableView({ reason }: { reason: Unreadable }) {
  const t = useT();
  const [title, text] = UNREADABLE[reason] ?? UNREADABLE['no-access'];
  return (
    <div class="cl-state" data-testid="state-unreadable" data-reason={reason} role="status">
      <p class="cl-state-title">{t(title)}</p>
      <p class="cl-muted">{t(text)}</p>
    </div>
  );
}

/** What the reading found of a comment section that gave no comment. */
export interface NoneFacts {
  /** The count the page announces. */
  announced?: number | null;
  closed?: boolean;
  /** The comment service whose frame holds the comments (its name), when one was found. */
  framed?: string | null;
  /** A notice above offers to read that frame. */
  frameOffered?: boolean;
}

/**
 * No comment read. What the page says of its comments tells which: they are in a service's frame (read
 * once allowed, or not loaded yet), the page announces some (they load later, or sit behind a button),
 * it has them closed, or it shows no sign of a comment section.
 */
export function NoneView({ actions, facts = {} }: { actions: PopupActions; facts?: NoneFacts }) {
  const t = useT();
  const { announced = null, closed = false, framed = null, frameOffered = false } = facts;
  const [title, text] = frameOffered
    ? [t('noneOwnTitle'), '']
    : framed
      ? [t('noneFramedTitle', framed), t('noneFramedText')]
      : announced !== null && announced > 0
        ? [t.n('noneAnnouncedTitle', announced), t('noneText')]
        : closed
          ? [t('noneClosedTitle'), t('noneClosedText')]
          : [t('noneTitle'), t('noneText')];
  return (
    <div class="cl-state" data-testid="state-none" role="status">
      <p class="cl-state-title">{title}</p>
      {text && <p class="cl-muted">{text}</p>}
      <button type="button" class="cl-button" onClick={() => actions.refresh()}>
        {t('refresh')}
      </button>
    </div>
  );
}

export function ErrorView({ message, details, actions }: { message: string; details: string; actions: PopupActions }) {
  const t = useT();
  const [copied, setCopied] = useState<boolean | null>(null);
  const copy = async () => setCopied(await actions.copy(`${message}\n\n${details}`).catch(() => false));
  return (
    <div class="cl-state" data-testid="state-error" role="alert">
      <p class="cl-state-title">{t('errorTitle')}</p>
      <p class="cl-muted">{t('errorText')}</p>
      <div class="cl-row">
        <button type="button" class="cl-button" data-testid="copy-error" onClick={copy}>
          {t('errorCopyDetails')}
        </button>
        <button type="button" class="cl-button cl-quiet" onClick={() => actions.refresh()}>
          {t('retry')}
        </button>
      </div>
      <p class="cl-muted" role="status" aria-live="polite">
        {copied === null ? '' : t(copied ? 'copied' : 'copyRefused')}
      </p>
    </div>
  );
}
