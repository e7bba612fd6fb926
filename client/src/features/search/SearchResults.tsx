import { gql } from '@apollo/client';
import type { NodeLabel, Sector } from '@nzr/graph-schema';
import { useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

export const SEARCH_RESULT_ITEM_NODE = gql`
  fragment SearchResultItem_node on GraphNode {
    id
    name
    label
    sector
  }
`;

export interface SearchResultItemNode {
  readonly id: string;
  readonly name: string;
  readonly label: NodeLabel;
  readonly sector: Sector | null;
}

export interface SearchResultsProps {
  readonly nodes: readonly SearchResultItemNode[];
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
}

/** The hits as a list of buttons; arrow keys move between them (Tab works as well). */
export function SearchResults({ nodes, selectedId, onSelect }: SearchResultsProps) {
  const { t } = useTranslation();
  const list = useRef<HTMLUListElement>(null);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const buttons = [...(list.current?.querySelectorAll('button') ?? [])];
    const current = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next =
      event.key === 'ArrowDown'
        ? Math.min(current + 1, buttons.length - 1)
        : Math.max(current - 1, 0);
    buttons[next]?.focus();
    event.preventDefault();
  };

  if (nodes.length === 0) return <p>{t('search.none')}</p>;
  return (
    <ul
      ref={list}
      className="search-results"
      aria-label={t('search.results')}
      onKeyDown={onKeyDown}
    >
      {nodes.map((node) => (
        <li key={node.id}>
          <button
            type="button"
            aria-current={node.id === selectedId}
            onClick={() => onSelect(node.id)}
          >
            <span className="result-name">{node.name}</span>
            <span className="result-kind">
              {t(`label.${node.label}`)}
              {node.sector ? ` · ${t(`sector.${node.sector}`)}` : ''}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
