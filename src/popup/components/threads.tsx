import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Analysis } from '../../core/analysis-types';
import type { ThreadNode } from '../../core/types';
import { buildTree } from '../../core/tree';
import type { SortOrder } from '../../shared/settings';
import { useT } from '../i18n';
import { afterNextPaint } from '../after-paint';
import { NO_FILTER, branchIds, branchOf, isFiltering, matchingIds, questionsOf, sortRoots, visibleRows, withAncestors, type Row, type ThreadFilter } from './thread-model';
import { ThreadToolbar } from './thread-toolbar';
import { ThreadTree } from './thread-tree';

/** Rows rendered at first, and added by each "show more": big threads paint as fast as small ones. */
export const ROW_PAGE = 150;
/**
 * Rows of the popup's first paint; the rest of the first page of rows follows a frame later. A popup
 * just opened renders slowly (its code not yet compiled): a CPU profile of one, worker stopped, spent
 * ~65 ms rendering 150 rows before its first paint. The threads start below the popup's first screen
 * (the overview and the key points come first, 400 x 600 px), so these rows are there for a reader who
 * jumps to them: 10 rather than 30 took the first answer -> tree in the DOM from 25/21 to 19/18 ms
 * (medians of 10 cold openings, two rounds, scratch probe, 2026-11-28).
 */
export const FIRST_PAINT_ROWS = 10;

export interface ThreadsProps {
  analysis: Analysis;
  filter: ThreadFilter;
  onFilter: (f: ThreadFilter) => void;
  initialSort: SortOrder;
  summaryChars: number;
  onJump: (id: string) => void;
}

export function Threads({ analysis, filter, onFilter, initialSort, summaryChars, onJump }: ThreadsProps) {
  const t = useT();
  const [sort, setSort] = useState<SortOrder>(initialSort);
  const [expanded, setExpanded] = useState<Set<string>>(() => new Set());
  const [limit, setLimit] = useState(ROW_PAGE);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [seenFilter, setSeenFilter] = useState(filter);
  const [painted, setPainted] = useState(false);
  useEffect(() => afterNextPaint(() => setPainted(true)), []);

  const base = useMemo(() => {
    const roots = buildTree(analysis.comments);
    const parentOf = new Map<string, string | null>();
    const nodes = new Map<string, ThreadNode>();
    const stack = roots.map((r) => [r, null] as [ThreadNode, string | null]);
    while (stack.length) {
      const [n, parent] = stack.pop() as [ThreadNode, string | null];
      parentOf.set(n.comment.id, parent);
      nodes.set(n.comment.id, n);
      for (const ch of n.children) stack.push([ch, n.comment.id]);
    }
    const questions = questionsOf(analysis, (id) => nodes.get(id)?.children.length ?? 0);
    const summaries = new Map((analysis.summary?.threads ?? []).map((s) => [s.rootId, s]));
    const articleAuthors = new Set(analysis.stats.participants.filter((p) => p.isArticleAuthor).map((p) => p.author));
    return { roots, parentOf, questions, summaries, articleAuthors };
  }, [analysis]);

  const roots = useMemo(() => sortRoots(base.roots, sort), [base, sort]);
  const matches = useMemo(() => matchingIds(analysis.comments, filter, base.questions), [analysis, filter, base]);
  const keep = useMemo(() => (matches ? withAncestors(matches, base.parentOf) : null), [matches, base]);

  // A new filter opens the branches that lead to its matches (and closing it folds them back).
  if (seenFilter !== filter) {
    setSeenFilter(filter);
    setExpanded(new Set(keep ? branchIds(roots, keep) : []));
    setLimit(ROW_PAGE);
  }

  const { rows, more } = visibleRows(roots, expanded, keep, matches, limit);

  const setOpen = (row: Row, open: boolean) => {
    const next = new Set(expanded);
    if (open) for (const id of branchIds([row.node], keep)) next.add(id);
    else next.delete(row.node.comment.id);
    setExpanded(next);
  };
  const expandSiblings = (row: Row) => {
    const siblings = row.parentId === null ? roots : (rows.find((r) => r.node.comment.id === row.parentId)?.node.children ?? []);
    const next = new Set(expanded);
    for (const s of siblings) for (const id of branchOf(s)) next.add(id);
    setExpanded(next);
  };

  return (
    <section class="cl-section" id="cl-threads" aria-labelledby="cl-threads-h">
      <h2 id="cl-threads-h" class="cl-h2">{t('threadsHeading')}</h2>
      <ThreadToolbar
        sort={sort}
        onSort={(s) => {
          setSort(s);
          setLimit(ROW_PAGE);
        }}
        filter={filter}
        onFilter={onFilter}
        participants={analysis.stats.participants}
        onExpandAll={() => setExpanded(new Set(branchIds(roots, keep)))}
        onCollapseAll={() => setExpanded(new Set())}
      />
      <p class="cl-muted" role="status" aria-live="polite" data-testid="thread-status">
        {matches ? t.n('filterMatches', matches.size) : t.n('statsThreads', base.roots.length)}
        {isFiltering(filter) && ' '}
        {isFiltering(filter) && (
          <button type="button" class="cl-link" data-testid="clear-filters" onClick={() => onFilter(NO_FILTER)}>
            {t('clearFilters')}
          </button>
        )}
      </p>
      {rows.length > 0 && (
        <ThreadTree
          rows={painted ? rows : rows.slice(0, FIRST_PAINT_ROWS)}
          focusedId={focusedId}
          summaries={base.summaries}
          summaryChars={summaryChars}
          questions={base.questions}
          articleAuthors={base.articleAuthors}
          discussionLang={analysis.summary?.lang}
          onFocus={setFocusedId}
          onSetExpanded={setOpen}
          onExpandSiblings={expandSiblings}
          onJump={onJump}
        />
      )}
      {more && (
        <button type="button" class="cl-button cl-more" data-testid="show-more" onClick={() => setLimit(limit + ROW_PAGE)}>
          {t('showMore', ROW_PAGE)}
        </button>
      )}
    </section>
  );
}
