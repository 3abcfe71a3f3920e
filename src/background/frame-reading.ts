import { notes as NOTE } from '../core/notes';
import { mergeFrameReading } from '../core/frame-merge';
import { frameServiceOf, frameToRead, originPattern } from '../core/frames';
import type { Extraction } from '../core/types';

/** What reading a tab's comment frames needs from the browser, injected so tests can use stubs. */
export interface FrameDeps {
  /** Whether the extension holds all these host permissions now. */
  hasOrigins(origins: string[]): Promise<boolean>;
  /** The URL of each frame of the tab the extension may read; frames it may not read are left out. */
  frameUrls(tabId: number): Promise<{ frameId: number; url: string }[]>;
  /** The content script's reading of one frame (injected there first when needed). */
  extractFrame(tabId: number, frameId: number): Promise<Extraction>;
}

/** At most this many frames of one service are read (a page rarely has more than one). */
const MAX_FRAMES = 4;

/** True when the reading left comments in a frame that the extension may now read. */
export async function frameNowReadable(top: Extraction, deps: FrameDeps): Promise<boolean> {
  const want = frameToRead(top.pagination);
  return want !== null && (await deps.hasOrigins(want.origins).catch(() => false));
}

/**
 * The page's reading with the comments of its comment-service frame, when the
 * page embeds one and the reader has let Comment Lens read that origin; else the
 * page's reading as it was (with a note when the frame could not be read).
 */
export async function withFrameComments(tabId: number, top: Extraction, deps: FrameDeps): Promise<Extraction> {
  const want = frameToRead(top.pagination);
  if (!want || !(await deps.hasOrigins(want.origins).catch(() => false))) return top;
  const name = want.service.name;
  const noted = (note: string): Extraction => ({ ...top, notes: [...top.notes, note] });
  let frames: { frameId: number; url: string }[];
  try {
    frames = (await deps.frameUrls(tabId)).filter((f) => {
      const hit = f.frameId !== 0 ? frameServiceOf(f.url) : null;
      return hit?.service.id === want.service.id && originPattern(hit.origin) === want.origins[0];
    });
  } catch {
    return noted(NOTE.frameList(name));
  }
  if (frames.length === 0) return noted(NOTE.frameMissing(name));
  const readings = await Promise.all(frames.slice(0, MAX_FRAMES).map((f) => deps.extractFrame(tabId, f.frameId).catch(() => null)));
  const read = readings.filter((r): r is Extraction => r !== null && Array.isArray(r.comments));
  if (read.length === 0) return noted(NOTE.frameUnread(name));
  return mergeFrameReading(top, read, want.service, want.origin);
}
