import { useState } from 'preact/hooks';
import type { Analysis } from '../../core/analysis-types';
import { toJson, toMarkdown } from '../../core/export';
import { hostOf } from '../../core/stats';
import type { PopupActions } from '../connector';
import { useT, type MessageKey } from '../i18n';
import { exportName } from './format';
import { siteOf } from './overview-model';

type Format = 'markdown' | 'json';
const FORMATS: { id: Format; ext: string; mime: string; render: (a: Analysis) => string; label: MessageKey }[] = [
  { id: 'markdown', ext: 'md', mime: 'text/markdown', render: toMarkdown, label: 'formatMarkdown' },
  { id: 'json', ext: 'json', mime: 'application/json', render: toJson, label: 'formatJson' },
];

/** Copy or download the discussion and its summary, in the command line's shapes. */
export function ExportPanel({ analysis, actions }: { analysis: Analysis; actions: PopupActions }) {
  const t = useT();
  const [status, setStatus] = useState('');
  const copy = async (f: (typeof FORMATS)[number]) => {
    const ok = await actions.copy(f.render(analysis)).catch(() => false);
    setStatus(t(ok ? 'copiedFormat' : 'copyRefused', t(f.label)));
  };
  const download = (f: (typeof FORMATS)[number]) => {
    const name = exportName(hostOf(analysis.url) ?? siteOf(analysis), f.ext);
    actions.download(name, f.mime, f.render(analysis));
    setStatus(t('downloaded', name));
  };
  return (
    <section class="cl-section" id="cl-export" aria-labelledby="cl-export-h">
      <h2 id="cl-export-h" class="cl-h2">{t('exportHeading')}</h2>
      {FORMATS.map((f) => (
        <div class="cl-toolbar-row" key={f.id} role="group" aria-label={t(f.label)}>
          <button type="button" class="cl-button" data-testid={`export-${f.id}`} onClick={() => download(f)}>
            {t('downloadFormat', t(f.label))}
          </button>
          <button type="button" class="cl-button cl-quiet" data-testid={`export-${f.id}-copy`} onClick={() => copy(f)}>
            {t('copyFormat', t(f.label))}
          </button>
        </div>
      ))}
      <p class="cl-muted" role="status" aria-live="polite" data-testid="export-status">
        {status}
      </p>
    </section>
  );
}
