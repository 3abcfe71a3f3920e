import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS, readSettings } from '../../shared/settings';
import { createSeenStore, type SeenStore } from '../seen-store';
import type { SetAnnotationsDeps } from './index';

/**
 * The browser side of the annotations' dependencies, for src/content/index.ts:
 * the reader's settings (which kinds to draw), the seen-comments store in
 * `storage.local`, and the browser's UI language. Not imported by unit tests.
 */
let seen: SeenStore | null = null;

export async function annotationDeps(): Promise<SetAnnotationsDeps> {
  seen ??= createSeenStore(browser.storage.local);
  const settings = await readSettings(browser.storage.local).catch(() => DEFAULT_SETTINGS);
  return { kinds: settings.annotations, seen, lang: browser.i18n.getUILanguage() };
}
