import type { Analysis } from '../../core/analysis-types';
import type { PopupActions } from '../connector';
import { useT } from '../i18n';
import { formatDate } from './format';
import { isolate } from '../../core/bidi';
import { siteOf } from './overview-model';

/** Article title, site, date and author; the annotations switch; refresh and options. */
export function Header({ analysis, annotationsOn, actions }: { analysis: Analysis; annotationsOn: boolean; actions: PopupActions }) {
  const t = useT();
  const a = analysis.article;
  const title = a.title || analysis.title || analysis.url;
  const meta = [siteOf(analysis), formatDate(a.published, t.lang), a.byline ? t('byAuthor', isolate(a.byline)) : ''].filter(Boolean);
  return (
    <header class="cl-header">
      <div class="cl-header-top">
        <h1 class="cl-title" data-testid="article-title" lang={a.lang ?? analysis.lang ?? undefined} dir="auto">
          {title}
        </h1>
        <div class="cl-header-tools">
          <button type="button" class="cl-icon" title={t('refresh')} aria-label={t('refresh')} onClick={() => actions.refresh()}>
            <svg viewBox="0 0 16 16" aria-hidden="true" width="16" height="16">
              <path d="M13 3v4H9M13 7A5 5 0 1 0 12 11" fill="none" stroke="currentColor" stroke-width="1.6" />
            </svg>
          </button>
          <button type="button" class="cl-icon" title={t('openOptions')} aria-label={t('openOptions')} onClick={() => actions.openOptions()}>
            <svg viewBox="0 0 16 16" aria-hidden="true" width="16" height="16">
              <circle cx="8" cy="8" r="2.2" fill="none" stroke="currentColor" stroke-width="1.6" />
              <path d="M8 1.5v2M8 12.5v2M1.5 8h2M12.5 8h2M3.4 3.4l1.4 1.4M11.2 11.2l1.4 1.4M3.4 12.6l1.4-1.4M11.2 4.8l1.4-1.4" stroke="currentColor" stroke-width="1.6" />
            </svg>
          </button>
        </div>
      </div>
      {meta.length > 0 && <p class="cl-meta">{meta.join(' · ')}</p>}
      <label class="cl-switch">
        <input
          type="checkbox"
          role="switch"
          data-testid="annotations-toggle"
          checked={annotationsOn}
          aria-checked={annotationsOn}
          onChange={(e) => actions.setAnnotations((e.currentTarget as HTMLInputElement).checked)}
        />
        <span class="cl-switch-track" aria-hidden="true" />
        <span>{t('annotationsSwitch')}</span>
      </label>
    </header>
  );
}
