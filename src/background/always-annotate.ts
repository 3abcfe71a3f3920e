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
 * Acting: a tiny script (content/listed-page.ts) is registered with
 * `scripting.registerContentScripts` on the listed origins whose permission is
 * granted, and on no other page. When such a page has loaded it tells the
 * background, which checks the site is still listed and granted, turns
 * annotations on for that tab and runs the ordinary pipeline (`analyze-tab`:
 * inject the content script, extract, analyse, annotate). Single-page
 * navigations are followed by the content script.
 *
 * Why not listen to `tabs.onUpdated`, as this did until 2026-11-28: a
 * listener there wakes the background for every update of every tab (each
 * page load, each title change) on every site, to start its code and decide
 * nothing is to be done. The registration is kept in step with the settings
 * and the permissions (`listedScriptSync`, on their changes and at install
 * and start-up); a stale one does no harm, as each message is checked against
 * both again.
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

/** The message content/listed-page.ts sends. */
export const LISTED_PAGE_LOADED = 'listed-page-loaded';

/** Who sent a message, as the browser says (runtime.MessageSender). */
export interface SenderLike {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

/**
 * A listed page's script says it has loaded: annotations on and a reading, when the page's site is still
 * listed and granted. Only the top frame of a tab counts; any other message or sender is ignored.
 */
export async function onListedPage(msg: unknown, sender: SenderLike, deps: AlwaysAnnotateDeps): Promise<boolean> {
  if ((msg as { type?: unknown } | null)?.type !== LISTED_PAGE_LOADED) return false;
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || sender.frameId !== 0) return false;
  try {
    if (!(await shouldAlwaysAnnotate(sender.url ?? sender.tab?.url, deps))) return false;
    await deps.turnOn(tabId);
    return true;
  } catch {
    // A tab closed or navigated meanwhile: nothing to annotate.
    return false;
  }
}

/** The id of the registered script (content/listed-page.ts). */
export const LISTED_SCRIPT_ID = 'comment-lens-listed-page';

interface ScriptRegistration {
  id: string;
  matches: string[];
  js: string[];
  runAt: 'document_idle';
  allFrames: false;
  persistAcrossSessions: true;
}

/** What this file asks of `browser.scripting`. */
export interface ScriptingLike {
  getRegisteredContentScripts(filter: { ids: string[] }): Promise<{ id: string; matches?: string[] }[]>;
  registerContentScripts(scripts: ScriptRegistration[]): Promise<unknown>;
  updateContentScripts(scripts: ScriptRegistration[]): Promise<unknown>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<unknown>;
}

/**
 * The match patterns the script is registered on: the listed sites whose permission is granted, sorted.
 * A pattern names no port (see originPattern); the site itself, port included, is checked again when
 * its page's script calls.
 */
export async function listedPatterns(deps: Omit<AlwaysAnnotateDeps, 'turnOn'>): Promise<string[]> {
  const { alwaysAnnotate } = await readSettings(deps.settings as StorageLike);
  const patterns = await Promise.all(
    alwaysAnnotate.map(async (o) => {
      const p = originPattern(o);
      return (await deps.permissions.contains({ origins: [p] }).catch(() => false)) ? p : null;
    }),
  );
  return [...new Set(patterns.filter((p): p is string => p !== null))].sort();
}

/**
 * Keeps the registered script in step with the listed, granted sites: registered on exactly those,
 * unregistered when there are none. Calls are run one after another (two changes at once, a site
 * removed and its permission given back, would otherwise both register). Returns the patterns.
 */
export function listedScriptSync(deps: Omit<AlwaysAnnotateDeps, 'turnOn'> & { scripting: ScriptingLike; file: string }): () => Promise<string[]> {
  let last: Promise<string[]> = Promise.resolve([]);
  const once = async (): Promise<string[]> => {
    const matches = await listedPatterns(deps);
    const [current] = await deps.scripting.getRegisteredContentScripts({ ids: [LISTED_SCRIPT_ID] });
    if (!matches.length) {
      if (current) await deps.scripting.unregisterContentScripts({ ids: [LISTED_SCRIPT_ID] });
      return matches;
    }
    const script: ScriptRegistration = { id: LISTED_SCRIPT_ID, matches, js: [deps.file], runAt: 'document_idle', allFrames: false, persistAcrossSessions: true };
    if (!current) await deps.scripting.registerContentScripts([script]);
    else if ([...(current.matches ?? [])].sort().join(' ') !== matches.join(' ')) await deps.scripting.updateContentScripts([script]);
    return matches;
  };
  return () => (last = last.then(once, once));
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
