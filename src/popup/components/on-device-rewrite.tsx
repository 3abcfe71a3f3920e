import { useEffect, useState } from 'preact/hooks';
import { onDeviceAvailable, rewriteKeyPoints } from '../on-device';
import { useT } from '../i18n';

type Phase = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; text: string } | { kind: 'failed' };

/** "Rewrite these key points" — shown only where an on-device summarizer is ready. */
export function OnDeviceRewrite({ points, lang }: { points: string[]; lang: string }) {
  const t = useT();
  const [offered, setOffered] = useState(false);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  useEffect(() => {
    let live = true;
    void onDeviceAvailable(lang).then((ok) => live && setOffered(ok));
    return () => {
      live = false;
    };
  }, [lang]);
  if (!offered || points.length === 0) return null;
  const run = () => {
    setPhase({ kind: 'busy' });
    rewriteKeyPoints(points, lang).then(
      (text) => setPhase({ kind: 'done', text }),
      () => setPhase({ kind: 'failed' }),
    );
  };
  return (
    <div class="cl-on-device" aria-live="polite">
      {phase.kind !== 'done' && (
        <button type="button" class="cl-button" disabled={phase.kind === 'busy'} onClick={run} data-testid="rewrite-key-points">
          {phase.kind === 'busy' ? t('rewriting') : t('rewriteKeyPoints')}
        </button>
      )}
      {phase.kind === 'failed' && <p class="cl-muted">{t('rewriteFailed')}</p>}
      {phase.kind === 'done' && (
        <>
          <p class="cl-kp-text" style={{ whiteSpace: 'pre-line' }}>{phase.text}</p>
          <p class="cl-muted">{t('rewriteNote')}</p>
        </>
      )}
    </div>
  );
}
