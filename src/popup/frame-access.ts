import type { Analysis } from '../core/analysis-types';
import { frameToRead } from '../core/frames';
import type { FrameAccess } from './connector';

/** The browser calls this needs (`permissions`, `storage.local`), injected so tests pass stubs. */
export interface FrameAccessApi {
  contains(origins: string[]): Promise<boolean>;
  /** `permissions.request`: must start within the reader's click. */
  request(origins: string[]): Promise<boolean>;
  storage: {
    get(key: string): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
  };
}

/** `storage.local` key: service id -> true once the reader was asked for that service's frame. */
export const FRAME_ASKED_KEY = 'frameAsked';

async function askedBefore(api: FrameAccessApi): Promise<Record<string, true>> {
  const got: Record<string, unknown> = await api.storage.get(FRAME_ASKED_KEY).catch(() => ({}));
  const v = got[FRAME_ASKED_KEY];
  if (!v || typeof v !== 'object' || Array.isArray(v)) return {};
  return Object.fromEntries(Object.entries(v).filter(([, on]) => on === true)) as Record<string, true>;
}

/**
 * The comment frame the popup should offer to read: the reading left comments
 * in a known service's frame and the extension lacks its host permission.
 * Asked before and still not granted counts as refused, even when the popup
 * closed before it heard the answer.
 */
export async function frameAccessFor(a: Analysis, api: FrameAccessApi): Promise<FrameAccess | undefined> {
  const want = frameToRead(a.pagination);
  if (!want) return undefined;
  if (await api.contains(want.origins).catch(() => false)) return undefined;
  const asked = await askedBefore(api);
  return { service: want.service.id, name: want.service.name, host: new URL(want.origin).host, origins: want.origins, refused: asked[want.service.id] === true };
}

/**
 * Asks the browser for the frame's origin. The request is made first, before any
 * await, so that it runs inside the click (a user gesture), as both browsers require;
 * that it was asked is written down next. Resolves with the reader's answer.
 */
export function askFrameAccess(frame: FrameAccess, api: FrameAccessApi): Promise<boolean> {
  const answer = api.request(frame.origins);
  const noted = askedBefore(api).then((asked) => api.storage.set({ [FRAME_ASKED_KEY]: { ...asked, [frame.service]: true } }));
  return Promise.all([answer, noted.catch(() => undefined)]).then(([granted]) => granted === true);
}
