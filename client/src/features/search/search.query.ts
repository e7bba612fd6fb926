import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import { SEARCH_RESULT_ITEM_NODE } from './SearchResults';
import type { SearchResultItemNode } from './SearchResults';

export const SEARCH_PAGE_SIZE = 20;

export interface SearchPanelData {
  readonly search: {
    readonly edges: readonly { readonly cursor: string; readonly node: SearchResultItemNode }[];
    readonly pageInfo: { readonly endCursor: string | null; readonly hasNextPage: boolean };
  };
}

export interface SearchPanelVariables {
  readonly text: string;
  readonly first: number;
  readonly after?: string | null;
}

export const SEARCH_PANEL: TypedDocumentNode<SearchPanelData, SearchPanelVariables> = gql`
  query SearchPanel($text: String!, $first: Int!, $after: String) {
    search(text: $text, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...SearchResultItem_node
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
  ${SEARCH_RESULT_ITEM_NODE}
`;
