import { useEffect, useState } from 'preact/hooks';
import { originPattern } from '../shared/settings';
import { useT } from '../popup/i18n';
import type { PermissionsLike } from './options-view';

export interface SiteListProps {
  sites: string[];
  permissions: PermissionsLike;
  onAdd: (input: string) => void;
  onRemove: (origin: string) => void;
}

/** Sites where annotations are always on, each with whether its host permission is granted. */
export function SiteList({ sites, permissions, onAdd, onRemove }: SiteListProps) {
  const t = useT();
  const [input, setInput] = useState('');
  const [granted, setGranted] = useState<Record<string, boolean>>({});

  useEffect(() => {
    let live = true;
    Promise.all(sites.map(async (s) => [s, await permissions.contains({ origins: [originPattern(s)] }).catch(() => false)] as const)).then(
      (pairs) => live && setGranted(Object.fromEntries(pairs)),
    );
    return () => {
      live = false;
    };
  }, [sites, permissions]);

  return (
    <fieldset data-testid="opt-sites">
      <legend>{t('optSitesLegend')}</legend>
      <p class="cl-muted">{t('optSitesText')}</p>
      {sites.length === 0 ? (
        <p class="cl-muted">{t('optSitesNone')}</p>
      ) : (
        <ul class="cl-sites">
          {sites.map((s) => (
            <li key={s}>
              <span class="cl-site">{s}</span>
              <span class="cl-muted">{t(granted[s] ? 'optSiteGranted' : 'optSiteNotGranted')}</span>
              <button type="button" class="cl-button cl-small cl-quiet" aria-label={t('optSiteRemoveLabel', s)} onClick={() => onRemove(s)}>
                {t('optSiteRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="cl-toolbar-row"
        onSubmit={(e) => {
          e.preventDefault();
          onAdd(input);
          setInput('');
        }}
      >
        <input
          type="text"
          data-testid="opt-site-input"
          aria-label={t('optSiteInputLabel')}
          placeholder={t('optSitePlaceholder')}
          value={input}
          onInput={(e) => setInput((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" class="cl-button" data-testid="opt-site-add">
          {t('optSiteAdd')}
        </button>
      </form>
    </fieldset>
  );
}
