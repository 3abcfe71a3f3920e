import { useState } from 'preact/hooks';
import type { Analysis, KeyPoint } from '../../core/analysis-types';
import type { CommentRecord } from '../../core/types';
import type { PopupActions } from '../connector';
import { useT } from '../i18n';
import { oneLine } from './format';
import { OnDeviceRewrite } from './on-device-rewrite';

const LISTED_COMMENTS = 30;

/** Key points with their share of the discussion; each opens the comments it stands for. */
export function KeyPoints({ analysis, actions, count }: { analysis: Analysis; actions: PopupActions; count: number }) {
  const t = useT();
  const points = analysis.summary?.keyPoints.slice(0, count) ?? [];
  const byId = new Map(analysis.comments.map((c) => [c.id, c]));
  return (
    <section class="cl-section" id="cl-key-points" data-testid="key-points" aria-labelledby="cl-kp-h">
      <h2 id="cl-kp-h" class="cl-h2">{t('keyPointsHeading')}</h2>
      {analysis.summaryPending ? (
        <p class="cl-muted" role="status" data-testid="key-points-pending">{t('keyPointsPending')}</p>
      ) : points.length === 0 ? (
        <p class="cl-muted">{t('keyPointsNone')}</p>
      ) : (
        <ol class="cl-key-points">
          {points.map((k, i) => (
            <KeyPointItem key={i} index={i} point={k} byId={byId} actions={actions} />
          ))}
        </ol>
      )}
      <OnDeviceRewrite points={points.map((k) => k.text)} lang={analysis.summary?.lang ?? analysis.lang ?? 'en'} />
    </section>
  );
}

function KeyPointItem({ point, index, byId, actions }: { point: KeyPoint; index: number; byId: Map<string, CommentRecord>; actions: PopupActions }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const pct = Math.round(point.share * 100);
  const listId = `cl-kp-${index}`;
  const comments = point.commentIds.map((id) => byId.get(id)).filter((c): c is CommentRecord => !!c);
  return (
    <li class="cl-key-point">
      <p class="cl-kp-text" dir="auto">
        {point.text}
      </p>
      <div class="cl-kp-meta">
        <span class="cl-share" role="img" aria-label={t('keyPointShare', pct)}>
          <span class="cl-share-fill" style={{ width: `${Math.max(2, pct)}%` }} />
        </span>
        <span class="cl-muted" aria-hidden="true">{t('percent', pct)}</span>
        <button type="button" class="cl-link" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
          {t.n(open ? 'keyPointHide' : 'keyPointSee', comments.length)}
        </button>
      </div>
      {open && (
        <ul id={listId} class="cl-kp-comments">
          {comments.slice(0, LISTED_COMMENTS).map((c) => (
            <li key={c.id}>
              <button type="button" class="cl-link cl-kp-comment" data-comment-id={c.id} onClick={() => actions.jumpTo(c.id)} title={t('jumpToComment')}>
                <strong dir="auto">{c.author || t('anonymous')}</strong> <span dir="auto">{oneLine(c.text, 110)}</span>
              </button>
            </li>
          ))}
          {comments.length > LISTED_COMMENTS && <li class="cl-muted">{t.n('moreComments', comments.length - LISTED_COMMENTS)}</li>}
        </ul>
      )}
    </li>
  );
}
