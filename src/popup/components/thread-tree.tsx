import { useEffect, useRef } from 'preact/hooks';
import type { ThreadSummary } from '../../core/analysis-types';
import { useT } from '../i18n';
import { fold, type Row } from './thread-model';
import { ThreadRow } from './thread-row';

export interface TreeProps {
  rows: Row[];
  focusedId: string | null;
  summaries: Map<string, ThreadSummary>;
  summaryChars: number;
  questions: Map<string, boolean>;
  articleAuthors: Set<string>;
  discussionLang?: string;
  onFocus: (id: string) => void;
  /** Expand (with its whole branch) or collapse one row. */
  onSetExpanded: (row: Row, open: boolean) => void;
  /** Expand every sibling of a row (the `*` key). */
  onExpandSiblings: (row: Row) => void;
  onJump: (id: string) => void;
}

const TYPEAHEAD_MS = 600;

/**
 * The reply tree, keyboard-first (WAI-ARIA tree pattern): Up/Down move, Right
 * opens or goes to the first reply, Left closes or goes to the parent,
 * Home/End, Enter jumps to the comment on the page, Space opens or closes,
 * `*` opens all siblings, and typing a name moves to the next comment by it.
 */
export function ThreadTree(p: TreeProps) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  /** The row a key moved to, focused once it is rendered (a ref, so an older render's effect cannot focus the old row). */
  const pendingFocus = useRef<string | null>(null);
  const typed = useRef({ text: '', at: 0 });
  const current = Math.max(0, p.rows.findIndex((r) => r.node.comment.id === p.focusedId));

  useEffect(() => {
    const id = pendingFocus.current;
    if (id === null || !ref.current) return;
    for (const el of ref.current.querySelectorAll<HTMLElement>('[role=treeitem]')) {
      if (el.dataset.commentId === id) {
        pendingFocus.current = null;
        el.focus();
        el.scrollIntoView?.({ block: 'nearest' });
        break;
      }
    }
  });

  const go = (i: number, from: number) => {
    const r = p.rows[Math.max(0, Math.min(p.rows.length - 1, i))];
    if (!r || r === p.rows[from]) return;
    pendingFocus.current = r.node.comment.id;
    p.onFocus(r.node.comment.id);
  };

  const typeAhead = (ch: string, focusIndex: number) => {
    const now = Date.now();
    typed.current = { text: (now - typed.current.at < TYPEAHEAD_MS ? typed.current.text : '') + fold(ch), at: now };
    const q = typed.current.text;
    const n = p.rows.length;
    const start = q.length === 1 ? focusIndex + 1 : focusIndex;
    for (let k = 0; k < n; k++) {
      const i = (start + k) % n;
      if (fold(p.rows[i].node.comment.author).startsWith(q)) return go(i, focusIndex);
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    // The row that has focus is the one the key was pressed on (state may lag one render behind).
    const targetId = (e.target as HTMLElement | null)?.closest?.<HTMLElement>('[role=treeitem]')?.dataset.commentId;
    const at = p.rows.findIndex((r) => r.node.comment.id === targetId);
    const focusIndex = at >= 0 ? at : current;
    const row = p.rows[focusIndex];
    if (!row || e.altKey || e.ctrlKey || e.metaKey) return;
    const open = row.childCount > 0 && row.expanded;
    let handled = true;
    switch (e.key) {
      case 'ArrowDown': go(focusIndex + 1, focusIndex); break;
      case 'ArrowUp': go(focusIndex - 1, focusIndex); break;
      case 'Home': go(0, focusIndex); break;
      case 'End': go(p.rows.length - 1, focusIndex); break;
      case 'ArrowRight':
        if (row.childCount > 0 && !row.expanded) p.onSetExpanded(row, true);
        else if (open) go(focusIndex + 1, focusIndex);
        break;
      case 'ArrowLeft':
        if (open) p.onSetExpanded(row, false);
        else if (row.parentId) go(p.rows.findIndex((r) => r.node.comment.id === row.parentId), focusIndex);
        break;
      case 'Enter': p.onJump(row.node.comment.id); break;
      case ' ': if (row.childCount > 0) p.onSetExpanded(row, !row.expanded); break;
      case '*': p.onExpandSiblings(row); break;
      default:
        if (e.key.length === 1 && /\S/.test(e.key)) typeAhead(e.key, focusIndex);
        else handled = false;
    }
    if (handled) e.preventDefault();
  };

  return (
    <div role="tree" aria-label={t('treeLabel')} class="cl-tree" ref={ref} onKeyDown={onKeyDown}>
      {p.rows.map((row, i) => {
        const c = row.node.comment;
        return (
          <ThreadRow
            key={c.id}
            row={row}
            focused={i === current}
            summary={row.level === 1 ? p.summaries.get(c.id) : undefined}
            summaryChars={p.summaryChars}
            isQuestion={p.questions.has(c.id)}
            authorIsArticleAuthor={p.articleAuthors.has(c.author)}
            discussionLang={p.discussionLang}
            onToggle={(r) => p.onSetExpanded(r, !r.expanded)}
            onJump={p.onJump}
            onFocus={p.onFocus}
          />
        );
      })}
    </div>
  );
}
