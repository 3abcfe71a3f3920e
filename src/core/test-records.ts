import type { CommentRecord } from './types';

/**
 * Test support: a plain top-level reader's comment with one paragraph, the
 * given fields laid over it. The core tests' own helpers are thin wrappers.
 */
export function commentRecord(fields: Pick<CommentRecord, 'id' | 'text'> & Partial<CommentRecord>): CommentRecord {
  return {
    parentId: null,
    author: '',
    authorUrl: null,
    time: null,
    paragraphs: [fields.text],
    links: [],
    permalink: null,
    depth: 0,
    kind: 'comment',
    ...fields,
  };
}
