import type { FrameService } from './frames';
import { notes as NOTE } from './notes';
import type { CommentRecord, Extraction } from './types';

/**
 * One reading from the top page's and its comment frame's: the article, title
 * and announced count are the page's; the comments, their platform and whether
 * more pages of them exist are the frame's. When the page had comments of its
 * own too, the frame's come after them, their ids prefixed with the service's
 * (`disqus:123`) so the two sets cannot clash.
 */
export function mergeFrameReading(top: Extraction, frames: readonly Extraction[], service: FrameService, origin: string): Extraction {
  const host = hostOf(origin);
  const frame = frames.reduce<Extraction | null>((a, b) => (!a || b.comments.length > a.comments.length ? b : a), null);
  if (!frame || frame.comments.length === 0) {
    return { ...top, notes: [...top.notes, NOTE.frameEmpty(service.name, host)] };
  }
  // The page's own comments count unless they are a copy of the same service's (a Disqus
  // plugin's saved copy beside the live frame): then the frame, which is live, replaces them.
  const own = top.comments.length > 0 && top.platform !== service.id;
  const comments = own ? [...top.comments, ...frame.comments.map((c) => prefixed(c, `${service.id}:`))] : frame.comments;
  return {
    ...top,
    platform: own ? top.platform : frame.platform,
    confidence: own ? Math.min(top.confidence, frame.confidence) : frame.confidence,
    announcedCount: top.announcedCount ?? frame.announcedCount,
    closed: top.closed || frame.closed,
    comments,
    pagination: {
      paginated: top.pagination.paginated || frame.pagination.paginated,
      loadMore: top.pagination.loadMore || frame.pagination.loadMore,
      framed: null,
      fromFrame: service.id,
    },
    notes: [...top.notes, ...frame.notes, NOTE.frameRead(frame.comments.length, service.name, host)],
  };
}

function prefixed(c: CommentRecord, p: string): CommentRecord {
  return { ...c, id: p + c.id, parentId: c.parentId === null ? null : p + c.parentId };
}

function hostOf(origin: string): string {
  try {
    return new URL(origin).host;
  } catch {
    return origin;
  }
}
