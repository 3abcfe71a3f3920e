import type { FrameAccess } from '../connector';
import { useT } from '../i18n';

/**
 * The comments are in a comment service's frame (Disqus...) that Comment Lens may
 * not read yet: a clear notice with one button that asks the browser for that
 * host, the first time; once refused, a quiet line with a way to ask again.
 * `onRead` must reach `permissions.request` within the click (a user gesture).
 */
export function FrameNotice({ frame, onRead }: { frame: FrameAccess; onRead: (frame: FrameAccess) => void }) {
  const t = useT();
  if (frame.refused) {
    return (
      <p class="cl-muted" data-testid="frame-refused">
        {t('frameRefused', frame.name, frame.host)}{' '}
        <button type="button" class="cl-link" data-testid="frame-ask-again" onClick={() => onRead(frame)}>
          {t('frameAskAgain')}
        </button>
      </p>
    );
  }
  return (
    <div class="cl-section" data-testid="frame-notice" role="note" aria-labelledby="cl-frame-h">
      <p class="cl-state-title" id="cl-frame-h">
        {t('frameTitle', frame.name)}
      </p>
      <p class="cl-muted">{t('frameText', frame.host)}</p>
      <button type="button" class="cl-button" data-testid="frame-read" onClick={() => onRead(frame)}>
        {t('frameRead', frame.name)}
      </button>
    </div>
  );
}
