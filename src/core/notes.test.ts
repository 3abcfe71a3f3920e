import { describe, expect, it } from 'vitest';
import { noteParts, notes, type NoteKind } from './notes';

/** Every note with values that exercise its wording (one and several, names with spaces). */
const samples: { [K in NoteKind]: Parameters<(typeof notes)[K]>[] } = {
  partialComments: [[10000, 44963]],
  partialLongText: [[1, 20000], [3, 20000]],
  partialBudget: [[4000], [40]],
  loadMore: [['Coral', 'Load more'], ['OpenWeb', 'Show more comments']],
  folded: [['Coral', 1, 'Show all replies'], ['OpenWeb', 4, 'Show more replies']],
  unreadAreas: [['Coral', 1], ['OpenWeb', 3]],
  bots: [[1], [12]],
  hiddenTimeline: [['12 hidden items Load more…']],
  frameEmpty: [['Disqus', 'disqus.com']],
  frameRead: [[1, 'Disqus', 'disqus.com'], [208, 'Hyvor Talk', 'talk.hyvor.com']],
  frameList: [['Disqus']],
  frameMissing: [['Remark42']],
  frameUnread: [['giscus']],
};

describe('notes read back into their kind and values', () => {
  for (const kind of Object.keys(samples) as NoteKind[]) {
    it.each(samples[kind] as (string | number)[][])(`${kind} %j`, (...values) => {
      const text = (notes[kind] as (...a: (string | number)[]) => string)(...values);
      expect(noteParts(text)).toEqual({ kind, values });
    });
  }

  it('leaves a note of another kind alone', () => {
    expect(noteParts('Something else happened.')).toBeNull();
  });
});
