import { useQuery } from '@apollo/client/react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { SEARCH_PAGE_SIZE, SEARCH_PANEL } from './search.query';
import { SearchResults } from './SearchResults';

export interface SearchPanelProps {
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
}

/** Search box and hits; owns the search query and its "load more" paging. */
export function SearchPanel({ selectedId, onSelect }: SearchPanelProps) {
  const { t } = useTranslation();
  const inputId = useId();
  const [text, setText] = useState('');
  const debounced = useDebouncedValue(text.trim());
  const { data, loading, error, fetchMore } = useQuery(SEARCH_PANEL, {
    variables: { text: debounced, first: SEARCH_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const pageInfo = data?.search.pageInfo;
  const results = useRef<HTMLDivElement>(null);

  return (
    <section className="search" aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`}>{t('search.heading')}</h2>
      <form role="search" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={inputId}>{t('search.label')}</label>
        <input
          id={inputId}
          type="search"
          value={text}
          placeholder={t('search.placeholder')}
          aria-describedby={`${inputId}-hint`}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            // ArrowDown leaves the box for the first hit; SearchResults moves on from there.
            if (event.key !== 'ArrowDown') return;
            results.current?.querySelector('button')?.focus();
            event.preventDefault();
          }}
        />
        <p id={`${inputId}-hint`} className="hint">
          {t('search.hint')}
        </p>
      </form>
      {error && <ErrorMessage error={error} />}
      {loading && !data && <p role="status">{t('common.loading')}</p>}
      <div ref={results}>
        {data && (
          <SearchResults
            nodes={data.search.edges.map((edge) => edge.node)}
            selectedId={selectedId}
            onSelect={onSelect}
          />
        )}
      </div>
      {pageInfo?.hasNextPage && (
        <button
          type="button"
          disabled={loading}
          onClick={() => void fetchMore({ variables: { after: pageInfo.endCursor } })}
        >
          {t('search.more')}
        </button>
      )}
    </section>
  );
}
