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

/** `storage.local` key set to true once the reader was asked for this service's frame. */
export const frameAskedKey = (service: string) => `frameAsked:${service}`;

async function askedBefore(service: string, api: FrameAccessApi): Promise<boolean> {
  const got: Record<string, unknown> = await api.storage.get(frameAskedKey(service)).catch(() => ({}));
  return got[frameAskedKey(service)] === true;
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
  const refused = await askedBefore(want.service.id, api);
  return { service: want.service.id, name: want.service.name, host: new URL(want.origin).host, origins: want.origins, refused };
}

/**
 * Asks the browser for the frame's origin. The request is made first, before any
 * await, so that it runs inside the click (a user gesture), as both browsers require;
 * that it was asked is written at once too (one key per service, no read first), in
 * case the popup closes while the browser's prompt is open. Resolves with the answer.
 */
export function askFrameAccess(frame: FrameAccess, api: FrameAccessApi): Promise<boolean> {
  const answer = api.request(frame.origins);
  const noted = api.storage.set({ [frameAskedKey(frame.service)]: true }).catch(() => undefined);
  return Promise.all([answer, noted]).then(([granted]) => granted === true);
}
