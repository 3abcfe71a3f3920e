import type { ThreadSummary } from '../../core/analysis-types';
import type { ThreadNode } from '../../core/types';
import { isNamed } from '../../core/authors';
import { useT } from '../i18n';
import { formatDate, languageName, oneLine } from './format';
import { isolate } from '../../core/bidi';
import type { Row } from './thread-model';

export interface RowProps {
  row: Row;
  focused: boolean;
  summary: ThreadSummary | undefined;
  summaryChars: number;
  isQuestion: boolean;
  authorIsArticleAuthor: boolean;
  /** The discussion's language: a comment in another one says so. */
  discussionLang?: string;
  onToggle: (row: Row) => void;
  onJump: (id: string) => void;
  onFocus: (id: string) => void;
}

const MAX_INDENT = 8;

/** Authors of a thread, first seen first: for threads the analysis did not summarise. */
function participantsOf(root: ThreadNode): string[] {
  const seen = new Set<string>();
  const stack = [root];
  while (stack.length) {
    const n = stack.pop() as ThreadNode;
    if (isNamed(n.comment.author)) seen.add(n.comment.author);
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return [...seen];
}
const SHOWN_PARTICIPANTS = 3;

/**
 * One comment of the tree (ARIA treeitem). A thread's first comment, collapsed,
 * shows only its one-line summary, reply count and participants. Text is plain
 * text: page content never reaches innerHTML.
 */
const primary = (tag: string) => tag.split('-')[0].toLowerCase();


export function ThreadRow({ row, focused, summary, summaryChars, isQuestion, authorIsArticleAuthor, discussionLang, onToggle, onJump, onFocus }: RowProps) {
  const t = useT();
  const c = row.node.comment;
  const asSummary = row.level === 1 && row.childCount > 0 && !row.expanded;
  const indent = Math.min(row.level - 1, MAX_INDENT);
  const people = asSummary ? (summary?.participants ?? participantsOf(row.node)) : [];
  const classes = ['cl-item', row.match ? '' : 'cl-context', asSummary ? 'cl-item-summary' : ''].filter(Boolean).join(' ');
  return (
    <div
      role="treeitem"
      class={classes}
      data-comment-id={c.id}
      aria-level={row.level}
      aria-setsize={row.setSize}
      aria-posinset={row.posInSet}
      aria-expanded={row.childCount > 0 ? row.expanded : undefined}
      tabIndex={focused ? 0 : -1}
      style={`--indent:${indent}`}
      onClick={() => onJump(c.id)}
      onFocus={(e) => e.target === e.currentTarget && onFocus(c.id)}
    >
      <div class="cl-item-head">
        {row.childCount > 0 ? (
          <span
            class="cl-twisty"
            aria-hidden="true"
            title={t(row.expanded ? 'collapse' : 'expand')}
            onClick={(e) => {
              e.stopPropagation();
              onToggle(row);
            }}
          >
            {row.expanded ? '▾' : '▸'}
          </span>
        ) : (
          <span class="cl-twisty-space" aria-hidden="true" />
        )}
        <span class="cl-author" dir="auto">
          {c.author || t('anonymous')}
        </span>
        {authorIsArticleAuthor && <span class="cl-badge">{t('articleAuthor')}</span>}
        {c.time && <time class="cl-time" dateTime={c.time}>{formatDate(c.time, t.lang, true)}</time>}
        {c.parentInferred && (
          <span class="cl-badge cl-inferred" title={t('inferredTitle')}>
            {t('inferredReply')}
          </span>
        )}
        {c.kind !== 'comment' && <span class="cl-badge">{t(c.kind === 'pingback' ? 'kindPingback' : 'kindTrackback')}</span>}
        {isQuestion && <span class="cl-badge">{t('questionBadge')}</span>}
        {c.lang && discussionLang && primary(c.lang) !== primary(discussionLang) && (
          <span class="cl-badge" data-testid="comment-lang">{t('writtenIn', languageName(primary(c.lang), t.lang))}</span>
        )}
        {c.links.length > 0 && <span class="cl-badge">{t.n('linkCount', c.links.length)}</span>}
      </div>
      {asSummary ? (
        <div class="cl-item-body">
          <p class="cl-summary" dir="auto">
            {oneLine(summary?.text || c.text, summaryChars)}
          </p>
          <p class="cl-muted cl-thread-meta">
            {t.n('threadReplies', row.node.descendants)}
            {people.length > 0 && ' · '}
            {people.length > 0 && t.n('threadParticipants', people.length, people.slice(0, SHOWN_PARTICIPANTS).map(isolate).join(', '))}
          </p>
        </div>
      ) : (
        <div class="cl-item-body cl-text" lang={c.lang}>
          {(c.paragraphs.length ? c.paragraphs : [c.text]).map((p, i) => (
            <p key={i} dir="auto">
              {p}
            </p>
          ))}
          {row.childCount > 0 && !row.expanded && <p class="cl-muted">{t.n('hiddenReplies', row.node.descendants)}</p>}
        </div>
      )}
    </div>
  );
}
