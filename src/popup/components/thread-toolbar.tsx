import type { Participant } from '../../core/types';
import { SORT_ORDERS, type SortOrder } from '../../shared/settings';
import { useT, type MessageKey } from '../i18n';
import type { ThreadFilter } from './thread-model';
import { isolate } from '../../core/bidi';

/** Authors offered in the filter: the most active, so 5,000 comments do not mean 1,000 options. */
const MAX_AUTHORS = 200;
const SORT_LABEL: Record<SortOrder, MessageKey> = { page: 'sortPage', replies: 'sortReplies', newest: 'sortNewest' };
const FLAGS: { key: 'links' | 'questions' | 'unanswered'; label: MessageKey }[] = [
  { key: 'links', label: 'filterLinks' },
  { key: 'questions', label: 'filterQuestions' },
  { key: 'unanswered', label: 'filterUnanswered' },
];

export interface ToolbarProps {
  sort: SortOrder;
  onSort: (s: SortOrder) => void;
  filter: ThreadFilter;
  onFilter: (f: ThreadFilter) => void;
  participants: Participant[];
  onExpandAll: () => void;
  onCollapseAll: () => void;
}

/** Search, sort, filters and expand/collapse all, above the reply tree. */
export function ThreadToolbar({ sort, onSort, filter, onFilter, participants, onExpandAll, onCollapseAll }: ToolbarProps) {
  const t = useT();
  return (
    <div class="cl-toolbar" role="group" aria-label={t('threadToolsLabel')}>
      <input
        type="search"
        class="cl-search"
        data-testid="thread-search"
        placeholder={t('searchPlaceholder')}
        aria-label={t('searchLabel')}
        value={filter.query}
        onInput={(e) => onFilter({ ...filter, query: (e.currentTarget as HTMLInputElement).value })}
      />
      <div class="cl-toolbar-row">
        <label class="cl-field">
          <span>{t('sortLabel')}</span>
          <select data-testid="thread-sort" value={sort} onChange={(e) => onSort((e.currentTarget as HTMLSelectElement).value as SortOrder)}>
            {SORT_ORDERS.map((s) => (
              <option key={s} value={s}>
                {t(SORT_LABEL[s])}
              </option>
            ))}
          </select>
        </label>
        <label class="cl-field">
          <span>{t('authorLabel')}</span>
          <select
            data-testid="thread-author"
            value={filter.author ?? ''}
            onChange={(e) => onFilter({ ...filter, author: (e.currentTarget as HTMLSelectElement).value || null })}
          >
            <option value="">{t('authorAll')}</option>
            {participants.slice(0, MAX_AUTHORS).map((p) => (
              <option key={p.author} value={p.author}>
                {t('authorOption', isolate(p.author), p.count)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div class="cl-toolbar-row">
        {FLAGS.map((f) => (
          <label key={f.key} class="cl-check">
            <input
              type="checkbox"
              data-testid={`filter-${f.key}`}
              checked={filter[f.key]}
              onChange={(e) => onFilter({ ...filter, [f.key]: (e.currentTarget as HTMLInputElement).checked })}
            />
            {t(f.label)}
          </label>
        ))}
      </div>
      <div class="cl-toolbar-row">
        <button type="button" class="cl-button cl-small" data-testid="expand-all" onClick={onExpandAll}>
          {t('expandAll')}
        </button>
        <button type="button" class="cl-button cl-small" data-testid="collapse-all" onClick={onCollapseAll}>
          {t('collapseAll')}
        </button>
      </div>
    </div>
  );
}
