import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import { SUGGESTION_NODE } from './Suggestions';
import type {
  ChosenNodeQuery,
  ChosenNodeQueryVariables,
  SearchBoxQuery,
  SearchBoxQueryVariables,
} from '../../generated/graphql';

export const SUGGESTION_COUNT = 8;

export const SEARCH_BOX: TypedDocumentNode<SearchBoxQuery, SearchBoxQueryVariables> = gql`
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

/** The name of a node chosen through the search (its id lives in the URL). */
export const CHOSEN_NODE: TypedDocumentNode<ChosenNodeQuery, ChosenNodeQueryVariables> = gql`
  query ChosenNode($id: ID!) {
    node(id: $id) {
      id
      name
    }
  }
`;
