import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import type { NodePickerQuery, NodePickerQueryVariables } from '../generated/graphql';

export type PickedNode = NodePickerQuery['search']['edges'][number]['node'];

export const NODE_PICKER: TypedDocumentNode<NodePickerQuery, NodePickerQueryVariables> = gql`
  query NodePicker($text: String!, $labels: [NodeLabel!]) {
    search(text: $text, first: 8, filter: { labels: $labels }) {
      edges {
        node {
          id
          name
          label
        }
      }
    }
  }
`;
