import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  ANNOTATION_KINDS,
  DEFAULT_SETTINGS,
  SORT_ORDERS,
  SUMMARY_LENGTHS,
  forgetStoredData,
  originPattern,
  readSettings,
  toOrigin,
  writeSettings,
  type AnnotationKinds,
  type Settings,
  type SettingsPatch,
  type StorageLike,
} from '../shared/settings';
import { I18nContext, defaultTranslator, type MessageKey, type Translator } from '../popup/i18n';
import { SiteList } from './site-list';

/** The part of `browser.permissions` the options page uses (optional host permissions). */
export interface PermissionsLike {
  request(p: { origins: string[] }): Promise<boolean>;
  remove(p: { origins: string[] }): Promise<boolean>;
  contains(p: { origins: string[] }): Promise<boolean>;
}

export interface OptionsProps {
  /** Where settings live (`storage.local`). */
  storage: StorageLike;
  /** Every area "forget stored data" clears (`storage.local`, `storage.session`). */
  forgetAreas: StorageLike[];
  permissions: PermissionsLike;
  translator?: Translator;
}

const KIND_LABEL: Record<keyof AnnotationKinds, MessageKey> = {
  replyCounts: 'optKindReplyCounts',
  authorChips: 'optKindAuthorChips',
  replyTo: 'optKindReplyTo',
  newSinceLastVisit: 'optKindNewSinceLastVisit',
  signals: 'optKindSignals',
  threadCollapse: 'optKindThreadCollapse',
};
const SORT_LABEL: Record<string, MessageKey> = { page: 'sortPage', replies: 'sortReplies', newest: 'sortNewest' };
const LENGTH_LABEL: Record<string, MessageKey> = { short: 'optLengthShort', medium: 'optLengthMedium', long: 'optLengthLong' };

/** Options page: every setting saved as soon as it changes, with defaults before any visit. */
export function OptionsView({ storage, forgetAreas, permissions, translator }: OptionsProps) {
  const t = useMemo(() => translator ?? defaultTranslator(), [translator]);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState(false);

  useEffect(() => {
    readSettings(storage).then(setSettings, () => setSettings({ ...DEFAULT_SETTINGS }));
  }, [storage]);

  // Saves run one after another, so quick changes never overwrite each other.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const save = (patch: SettingsPatch) => {
    const next = queue.current.then(async () => {
      try {
        setSettings(await writeSettings(storage, patch));
        setStatus(t('optSaved'));
      } catch {
        setStatus(t('optSaveFailed'));
      }
    });
    queue.current = next;
    return next;
  };

  const addSite = (input: string) => {
    const origin = toOrigin(input);
    if (!origin || !settings) return setStatus(t('optSiteInvalid'));
    // Asked at once, inside the click: browsers grant optional permissions only during a user gesture.
    permissions.request({ origins: [originPattern(origin)] }).then(
      (granted) => (granted ? save({ alwaysAnnotate: [...settings.alwaysAnnotate, origin] }) : setStatus(t('optSiteRefused', origin))),
      () => setStatus(t('optSiteRefused', origin)),
    );
  };
  const removeSite = async (origin: string) => {
    if (!settings) return;
    await permissions.remove({ origins: [originPattern(origin)] }).catch(() => false);
    await save({ alwaysAnnotate: settings.alwaysAnnotate.filter((o) => o !== origin) });
  };
  const forget = async () => {
    if (!confirming) return setConfirming(true);
    setConfirming(false);
    await forgetStoredData(forgetAreas);
    setSettings(await readSettings(storage));
    setStatus(t('optForgotten'));
  };

  return (
    <I18nContext.Provider value={t}>
      <main class="cl-options" lang={t.lang}>
        <h1>{t('optTitle')}</h1>
        {settings === null ? (
          <p role="status">{t('loadingTitle')}</p>
        ) : (
          <>
            <fieldset data-testid="opt-kinds">
              <legend>{t('optKindsLegend')}</legend>
              {ANNOTATION_KINDS.map((k) => (
                <label key={k} class="cl-check">
                  <input
                    type="checkbox"
                    data-testid={`opt-kind-${k}`}
                    checked={settings.annotations[k]}
                    onChange={(e) => save({ annotations: { [k]: (e.currentTarget as HTMLInputElement).checked } })}
                  />
                  {t(KIND_LABEL[k])}
                </label>
              ))}
            </fieldset>
            <fieldset>
              <legend>{t('optPopupLegend')}</legend>
              <label class="cl-field">
                <span>{t('optDefaultSort')}</span>
                <select data-testid="opt-sort" value={settings.defaultSort} onChange={(e) => save({ defaultSort: (e.currentTarget as HTMLSelectElement).value as Settings['defaultSort'] })}>
                  {SORT_ORDERS.map((s) => (
                    <option key={s} value={s}>{t(SORT_LABEL[s])}</option>
                  ))}
                </select>
              </label>
              <label class="cl-field">
                <span>{t('optSummaryLength')}</span>
                <select data-testid="opt-length" value={settings.summaryLength} onChange={(e) => save({ summaryLength: (e.currentTarget as HTMLSelectElement).value as Settings['summaryLength'] })}>
                  {SUMMARY_LENGTHS.map((s) => (
                    <option key={s} value={s}>{t(LENGTH_LABEL[s])}</option>
                  ))}
                </select>
              </label>
            </fieldset>
            <SiteList sites={settings.alwaysAnnotate} permissions={permissions} onAdd={addSite} onRemove={removeSite} />
            <fieldset>
              <legend>{t('optForgetLegend')}</legend>
              <p class="cl-muted">{t('optForgetText')}</p>
              <button type="button" class="cl-button" data-testid="opt-forget" onClick={forget}>
                {t(confirming ? 'optForgetConfirm' : 'optForget')}
              </button>
            </fieldset>
          </>
        )}
        <p role="status" aria-live="polite" data-testid="opt-status" class="cl-muted">{status}</p>
      </main>
    </I18nContext.Provider>
  );
}
