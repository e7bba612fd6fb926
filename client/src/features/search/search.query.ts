import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import { SUGGESTION_NODE } from './Suggestions';
import type { SuggestionNode } from './Suggestions';

export const SUGGESTION_COUNT = 8;

export interface SearchBoxData {
  readonly search: { readonly edges: readonly { readonly node: SuggestionNode }[] };
}

export interface SearchBoxVariables {
  readonly text: string;
  readonly first: number;
}

export const SEARCH_BOX: TypedDocumentNode<SearchBoxData, SearchBoxVariables> = gql`
  query SearchBox($text: String!, $first: Int!) {
    search(text: $text, first: $first) {
      edges {
        node {
          ...Suggestions_node
        }
      }
    }
  }
  ${SUGGESTION_NODE}
`;

export interface ChosenNodeData {
  readonly node: { readonly id: string; readonly name: string } | null;
}

/** The name of a node chosen through the search (its id lives in the URL). */
export const CHOSEN_NODE: TypedDocumentNode<ChosenNodeData, { readonly id: string }> = gql`
  query ChosenNode($id: ID!) {
    node(id: $id) {
      id
      name
    }
  }
`;
