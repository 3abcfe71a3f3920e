import type { CommentRecord } from '../core/types';

/**
 * How a reading travels between the extension's parts and sits in session
 * storage: a comment's `text` is its paragraphs joined, so it is left out and
 * put back on arrival, halving the bytes of a big thread (each message and
 * each stored copy is serialized whole, and that is most of the time between a
 * click and the picture on a 5,000-comment page). A text that is not its
 * paragraphs joined travels as it is.
 */
const joined = (c: CommentRecord) => c.paragraphs.join('\n\n');

export function packed<T extends { comments: CommentRecord[] }>(x: T): T {
  return {
    ...x,
    comments: x.comments.map((c) => {
      if (c.text !== joined(c)) return c;
      const { text: _text, ...rest } = c;
      return rest as CommentRecord;
    }),
  };
}

export function unpacked<T extends { comments: CommentRecord[] }>(x: T): T {
  if (!Array.isArray(x.comments) || x.comments.every((c) => typeof c.text === 'string')) return x;
  return { ...x, comments: x.comments.map((c) => (typeof c.text === 'string' ? c : { ...c, text: joined(c) })) };
}
