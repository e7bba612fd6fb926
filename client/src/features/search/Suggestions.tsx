import { gql } from '@apollo/client';
import type { Suggestions_NodeFragment } from '../../generated/graphql';
import { useTranslation } from 'react-i18next';

export const SUGGESTION_NODE = gql`
  fragment Suggestions_node on GraphNode {
    id
    name
    label
    sector
  }
`;

export type SuggestionNode = Suggestions_NodeFragment;

export interface SuggestionsProps {
  readonly id: string;
  readonly nodes: readonly SuggestionNode[];
  readonly activeIndex: number;
  readonly onPick: (node: SuggestionNode) => void;
}

export const optionId = (listId: string, index: number) => `${listId}-option-${index}`;

/** The listbox of the search combobox; the input keeps focus, the active option is aria-selected. */
export function Suggestions({ id, nodes, activeIndex, onPick }: SuggestionsProps) {
  const { t } = useTranslation();
  return (
    <ul id={id} role="listbox" className="suggestions" aria-label={t('search.results')}>
      {nodes.map((node, index) => (
        <li
          key={node.id}
          id={optionId(id, index)}
          role="option"
          aria-selected={index === activeIndex}
          // mousedown would move focus away from the input before the click lands.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onPick(node)}
        >
          <span className="result-name">{node.name}</span>
          <span className="result-kind">
            {t(`label.${node.label}`)}
            {node.sector ? ` · ${t(`sector.${node.sector}`)}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}
