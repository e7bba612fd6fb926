import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { SEARCH_BOX, SUGGESTION_COUNT } from './search.query';
import { Suggestions, optionId } from './Suggestions';
import type { SuggestionNode } from './Suggestions';

export interface SearchBoxProps {
  readonly onPick: (node: SuggestionNode) => void;
  /** Shown when a search finds nothing (e.g. a link to propose the missing entry). */
  readonly noHits?: ReactNode;
}

/** Search with suggestions (WAI-ARIA combobox with a listbox popup); debounced, arrow keys, Enter, Escape. */
export function SearchBox({ onPick, noHits }: SearchBoxProps) {
  const { t } = useTranslation();
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const debounced = useDebouncedValue(text.trim(), 200);
  const { data, loading } = useQuery(SEARCH_BOX, {
    variables: { text: debounced, first: SUGGESTION_COUNT },
    skip: debounced.length < 2,
  });
  const nodes = debounced.length < 2 ? [] : (data?.search.edges.map((edge) => edge.node) ?? []);
  const expanded = open && nodes.length > 0;

  const pick = (node: SuggestionNode) => {
    onPick(node);
    setText(node.name);
    setOpen(false);
    setActive(-1);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      setOpen(true);
      const delta = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) =>
        nodes.length === 0 ? -1 : (index + delta + nodes.length) % nodes.length,
      );
    } else if (event.key === 'Enter' && expanded) {
      const node = nodes[Math.max(active, 0)];
      if (node) pick(node);
    } else if (event.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    } else return;
    event.preventDefault();
  };

  return (
    <div className="search" role="search">
      <label htmlFor={id}>{t('search.label')}</label>
      <div className="combobox">
        <input
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(listId, active) : undefined}
          aria-describedby={`${id}-hint`}
          value={text}
          placeholder={t('search.placeholder')}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onFocus={() => setOpen(true)}
        />
        {expanded && <Suggestions id={listId} nodes={nodes} activeIndex={active} onPick={pick} />}
      </div>
      <p id={`${id}-hint`} className="hint">
        {t('search.hint')}
      </p>
      {noHits && data && !loading && debounced.length >= 2 && nodes.length === 0 && noHits}
      <p role="status" className="visually-hidden">
        {open && debounced.length >= 2 && !loading
          ? t('search.count', { count: nodes.length })
          : ''}
      </p>
    </div>
  );
}
