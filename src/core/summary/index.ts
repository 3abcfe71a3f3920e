import type { Summary } from '../analysis-types';
import type { ArticleRecord, CommentRecord, ThreadNode } from '../types';

export interface SummaryInput {
  comments: readonly CommentRecord[];
  roots: readonly ThreadNode[];
  article: ArticleRecord;
  lang: string | null;
}

/** Placeholder until the text analysis lands: thread lines from each root's first sentence. */
export function summarize(input: SummaryInput): Summary {
  const threads = input.roots.map((r) => {
    const participants = new Set<string>();
    let depth = 0;
    const stack: [typeof r, number][] = [[r, 1]];
    while (stack.length) {
      const [n, d] = stack.pop() as [typeof r, number];
      participants.add(n.comment.author);
      depth = Math.max(depth, d);
      for (const ch of n.children) stack.push([ch, d + 1]);
    }
    return {
      rootId: r.comment.id,
      text: r.comment.text.split(/(?<=[.!?])\s/)[0].slice(0, 200),
      replies: r.descendants,
      participants: [...participants],
      depth,
    };
  });
  return {
    lang: input.lang ?? 'und',
    keyPoints: [],
    threads,
    keywords: [],
    questions: [],
    exchanges: [],
    tone: { distribution: {}, perComment: [] },
  };
}
