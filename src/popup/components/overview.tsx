import { useMemo } from 'preact/hooks';
import type { Analysis } from '../../core/analysis-types';
import type { FrameAccess } from '../connector';
import { useT, type Translator } from '../i18n';
import { announcedAs } from '../../core/stats';
import { ActivityChart } from './activity-chart';
import { FrameNotice } from './frame-notice';
import { languageName } from './format';
import { isolate } from '../../core/bidi';
import { noteText } from './note-text';
import { activityBuckets, countNote, depthCounts, languages, missingReasons, type MissingReason } from './overview-model';

const TOP_PARTICIPANTS = 10;

/**
 * "16 comments shown of 20 announced · comments closed", or "N comments" (also when the page's count
 * is below the comments shown: countNote says what it may stand for).
 */
export function statsLine(a: Analysis, t: Translator): string {
  const s = a.stats;
  const parts = [announcedAs(s) === 'of' ? t.n('statsShownOf', s.shown, s.announced as number) : t.n('statsCount', s.shown)];
  if (s.closed) parts.push(t('statsClosed'));
  return parts.join(' · ');
}

function reasonText(r: MissingReason, t: Translator): string {
  switch (r.kind) {
    case 'paginated':
      return t('reasonPaginated');
    case 'load-more':
      return t('reasonLoadMore');
    case 'framed':
      return t('reasonFramed', r.host);
    case 'pingbacks':
      return t.n('reasonPingbacks', r.count);
    case 'unexplained':
      return t.n('reasonUnexplained', r.count);
  }
}

export interface OverviewProps {
  analysis: Analysis;
  onAuthor: (author: string) => void;
  /** A comment frame the reader may let Comment Lens read, and what asks for it. */
  frame?: FrameAccess;
  onReadFrame?: (frame: FrameAccess) => void;
}

export function Overview({ analysis, onAuthor, frame, onReadFrame }: OverviewProps) {
  const t = useT();
  const s = analysis.stats;
  const reasons = missingReasons(analysis);
  const count = countNote(analysis);
  const buckets = useMemo(() => activityBuckets(analysis.comments.map((c) => c.time)), [analysis]);
  const depths = useMemo(() => depthCounts(analysis), [analysis]);
  const langs = languages(analysis);
  const maxDepthCount = Math.max(1, ...depths);
  const top = s.participants.slice(0, TOP_PARTICIPANTS);
  return (
    <section class="cl-section" id="cl-overview" aria-labelledby="cl-overview-h">
      <h2 id="cl-overview-h" class="cl-h2">{t('overviewHeading')}</h2>
      <p class="cl-stats" data-testid="stats-line">{statsLine(analysis, t)}</p>
      {count && (
        <p class="cl-muted" data-testid="count-note">
          {t(count.kind === 'threads' ? 'countThreads' : 'countLower', String(count.announced))}
        </p>
      )}
      {reasons.length > 0 && (
        <ul class="cl-reasons" aria-label={t('reasonsLabel')}>
          {reasons.map((r) => (
            <li key={r.kind}>{reasonText(r, t)}</li>
          ))}
        </ul>
      )}
      {frame && onReadFrame && <FrameNotice frame={frame} onRead={onReadFrame} />}
      {analysis.notes.length > 0 && (
        <ul class="cl-reasons" data-testid="notes" aria-label={t('notesLabel')}>
          {analysis.notes.slice(0, 5).map((n, i) => (
            <li key={i}>{noteText(n, t)}</li>
          ))}
        </ul>
      )}
      <p class="cl-muted">{[t.n('statsThreads', s.threads), t('statsDepth', s.maxDepth), t.n('statsLinks', s.links.total)].join(' · ')}</p>

      <h3 class="cl-h3">{t('participantsHeading')}</h3>
      <ul class="cl-participants" data-testid="participants">
        {top.map((p) => (
          <li key={p.author}>
            <button type="button" class="cl-chip" onClick={() => onAuthor(p.author)} title={t('participantFilter', isolate(p.author))}>
              <span class="cl-chip-name" dir="auto">
                {p.author}
              </span>
              <span class="cl-chip-count">{t.n('participantCount', p.count)}</span>
              {p.isArticleAuthor && <span class="cl-badge">{t('articleAuthor')}</span>}
            </button>
          </li>
        ))}
        {s.participants.length > top.length && <li class="cl-muted">{t.n('participantsMore', s.participants.length - top.length)}</li>}
      </ul>
      {s.unnamed > 0 && <p class="cl-muted" data-testid="unnamed">{t.n('participantsUnnamed', s.unnamed)}</p>}

      <h3 class="cl-h3">{t('activityHeading')}</h3>
      <ActivityChart buckets={buckets} />

      <details class="cl-details">
        <summary>{t('moreFigures')}</summary>
        <h3 class="cl-h3">{t('depthHeading')}</h3>
        <ul class="cl-depths">
          {depths.map((n, d) => (
            <li key={d}>
              <span class="cl-depth-label">{d === 0 ? t('depthTop') : t('depthLevel', d)}</span>
              <span class="cl-depth-bar" aria-hidden="true" style={{ width: `${Math.round((n / maxDepthCount) * 100)}%` }} />
              <span class="cl-depth-count">{n}</span>
            </li>
          ))}
        </ul>

        {langs.length > 0 && (
          <p class="cl-muted" data-testid="languages">
            {t('languageLabel', langs.map((l) => languageName(l.lang, t.lang)).slice(0, 3).join(', '))}
          </p>
        )}
      </details>
    </section>
  );
}
