import { FRAME_URLS, frameOf } from './frame-urls';
import type { Pagination } from './types';

/**
 * Hosted comment services that show their comments in a frame from another
 * origin: the page's own DOM does not hold them, and Comment Lens may read the
 * frame only with a host permission for the frame's origin (asked for at the
 * reader's click). One row per service: the frame URLs it uses and, when the
 * frame always comes from one origin, that origin (so a page that has not yet
 * loaded the frame still says whom to ask for). Self-hosted services (Remark42,
 * Coral's frame embed, Talkyard) are known by their frame's path; their origin is
 * the frame's. (Newer Coral draws into a shadow root instead: adapters/coral.ts.)
 *
 * Not here, because they draw into the page itself (read with the page's own
 * access): Commento, Isso, IntenseDebate, Viafoura, OpenWeb, Livefyre.
 */
export interface FrameService {
  id: string;
  /** As the reader knows it ("Disqus"). */
  name: string;
  /** Matches the frame's absolute URL (scheme, host and path). */
  url: RegExp;
  /** The origin of every frame of this service, when it has only one. */
  origin?: string;
}

const INFO: Record<string, { name: string; origin?: string }> = {
  disqus: { name: 'Disqus', origin: 'https://disqus.com' },
  facebook: { name: 'Facebook', origin: 'https://www.facebook.com' },
  hyvor: { name: 'Hyvor Talk', origin: 'https://talk.hyvor.com' },
  utterances: { name: 'utterances', origin: 'https://utteranc.es' },
  giscus: { name: 'giscus', origin: 'https://giscus.app' },
  remark42: { name: 'Remark42' },
  coral: { name: 'Coral' },
  talkyard: { name: 'Talkyard' },
};

export const FRAME_SERVICES: readonly FrameService[] = FRAME_URLS.map(([id, url]) => ({ id, url, name: INFO[id]?.name ?? id, origin: INFO[id]?.origin }));

export const frameService = (id: string): FrameService | null => FRAME_SERVICES.find((s) => s.id === id) ?? null;

/** The service whose comment frame this URL is, with the frame's origin; null for any other frame. */
export function frameServiceOf(href: string, base?: string): { service: FrameService; origin: string } | null {
  const hit = frameOf(href, base);
  const service = hit ? frameService(hit.id) : null;
  return hit && service ? { service, origin: hit.origin } : null;
}

/**
 * The host permission pattern covering an origin ("https://disqus.com/*"). Match
 * patterns carry no port (both browsers then match every port), so the port is dropped.
 */
export function originPattern(origin: string): string | null {
  try {
    const u = new URL(origin);
    return u.protocol === 'https:' || u.protocol === 'http:' ? `${u.protocol}//${u.hostname}/*` : null;
  } catch {
    return null;
  }
}

export interface FrameToRead {
  service: FrameService;
  origin: string;
  /** What to ask `permissions.request({ origins })` for. */
  origins: string[];
}

/** The comment frame a reading says it could not read, and the permission that would let it. */
export function frameToRead(p: Pagination): FrameToRead | null {
  const service = p.framed ? frameService(p.framed) : null;
  const origin = p.frameOrigin ?? service?.origin;
  if (!service || !origin) return null;
  // A self-hosted service's frame must come from the origin given; a fixed one from its own.
  if (service.origin && originPattern(origin) !== originPattern(service.origin)) return null;
  const pattern = originPattern(origin);
  return pattern ? { service, origin, origins: [pattern] } : null;
}
