import { originPattern, readSettings, toOrigin, writeSettings, type StorageLike } from '../shared/settings';
import { handlers, type BackgroundDeps } from './handlers';

/**
 * "Always annotate on this site".
 *
 * Asking: the reader clicks (popup or options page); inside that click we ask
 * for that one site's optional host permission (`https://site/*`, nothing
 * wider) and, once granted, add the origin to `settings.alwaysAnnotate`.
 * Browsers grant optional permissions only during a user gesture, so
 * `permissions.request` is called before anything is awaited.
 *
 * Acting: the background listens to `tabs.onUpdated`. When a tab finishes
 * loading (`status: 'complete'`) on a listed origin whose permission is still
 * granted, it turns annotations on for that tab and runs the ordinary
 * pipeline (`analyze-tab`: inject the content script, extract, analyse,
 * annotate). Single-page navigations are followed by the content script.
 *
 * Why not `scripting.registerContentScripts`: the full analysis runs in the
 * background, so a registered script would still have to call back for it;
 * registrations must also be kept in step with settings and permissions
 * across restarts. Here every event checks the current settings and
 * permissions, so removing a site or revoking its permission (options page,
 * browser UI) simply stops it, with no bookkeeping.
 */

export interface PermissionsLike {
  request(p: { origins: string[] }): Promise<boolean>;
  contains(p: { origins: string[] }): Promise<boolean>;
  remove(p: { origins: string[] }): Promise<boolean>;
}

export interface AlwaysAnnotateDeps {
  /** Where the settings live (`storage.local`). */
  settings: Pick<StorageLike, 'get'>;
  permissions: Pick<PermissionsLike, 'contains'>;
  /** Turns annotations on in a tab and analyses it; `annotateTab(tabId, backgroundDeps)` below. */
  turnOn(tabId: number): Promise<unknown>;
}

/** True when `url`'s origin is listed and its host permission granted. */
export async function shouldAlwaysAnnotate(url: string | undefined, deps: Omit<AlwaysAnnotateDeps, 'turnOn'>): Promise<boolean> {
  const origin = url ? toOrigin(url) : null;
  if (!origin || !/^https?:\/\//.test(url ?? '')) return false;
  const { alwaysAnnotate } = await readSettings(deps.settings as StorageLike);
  if (!alwaysAnnotate.includes(origin)) return false;
  return deps.permissions.contains({ origins: [originPattern(origin)] }).catch(() => false);
}

/** Listener for `browser.tabs.onUpdated`. */
export function alwaysAnnotateListener(deps: AlwaysAnnotateDeps) {
  return async (tabId: number, change: { status?: string }, tab: { url?: string }): Promise<void> => {
    if (change.status !== 'complete') return;
    try {
      if (await shouldAlwaysAnnotate(tab.url, deps)) await deps.turnOn(tabId);
    } catch {
      // A tab closed or navigated meanwhile: nothing to annotate.
    }
  };
}

/** Annotations on for a tab, then the ordinary analysis (which sends them to the page). */
export async function annotateTab(tabId: number, deps: BackgroundDeps): Promise<void> {
  await deps.store.setAnnotations(tabId, true);
  await handlers['analyze-tab']({ type: 'analyze-tab', tabId, refresh: true }, deps);
}

export type AskResult = 'granted' | 'refused' | 'invalid';

/**
 * For the popup's / options page's click: asks for the site's host permission
 * at once (still inside the gesture), then remembers the site.
 */
export function askAlwaysAnnotate(url: string, deps: { permissions: Pick<PermissionsLike, 'request'>; settings: StorageLike }): Promise<AskResult> {
  const origin = toOrigin(url);
  if (!origin || !/^https?:\/\//.test(url)) return Promise.resolve('invalid');
  const asked = deps.permissions.request({ origins: [originPattern(origin)] }).catch(() => false);
  return asked.then(async (granted) => {
    if (!granted) return 'refused';
    const s = await readSettings(deps.settings);
    if (!s.alwaysAnnotate.includes(origin)) await writeSettings(deps.settings, { alwaysAnnotate: [...s.alwaysAnnotate, origin] });
    return 'granted';
  });
}

/** Forgets the site and gives its host permission back. */
export async function stopAlwaysAnnotate(url: string, deps: { permissions: Pick<PermissionsLike, 'remove'>; settings: StorageLike }): Promise<void> {
  const origin = toOrigin(url);
  if (!origin) return;
  const s = await readSettings(deps.settings);
  await writeSettings(deps.settings, { alwaysAnnotate: s.alwaysAnnotate.filter((o) => o !== origin) });
  await deps.permissions.remove({ origins: [originPattern(origin)] }).catch(() => false);
}
