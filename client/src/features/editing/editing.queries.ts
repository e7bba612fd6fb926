import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import type { NodeLabel } from '@nzr/graph-schema';

export interface EditableNode {
  readonly id: string;
  readonly label: NodeLabel;
  readonly name: string;
  readonly version: number;
  readonly properties: Readonly<Record<string, unknown>>;
}

/** Everything the cache needs to update the map, table and details after a write. */
const WRITTEN = gql`
  fragment NodeEditor_written on GraphNode {
    id
    label
    name
    version
    description
    sector
    visibility
    location {
      latitude
      longitude
    }
    properties
    updatedAt
  }
`;

export const EDIT_NODE: TypedDocumentNode<{ node: EditableNode | null }, { id: string }> = gql`
  query EditNode($id: ID!) {
    node(id: $id) {
      id
      label
      name
      version
      properties
    }
  }
`;

export const UPDATE_NODE: TypedDocumentNode<
  { updateNode: EditableNode },
  { id: string; properties: Record<string, unknown>; expectedVersion: number }
> = gql`
  mutation UpdateNode($id: ID!, $properties: JSONObject!, $expectedVersion: Int!) {
    updateNode(id: $id, properties: $properties, expectedVersion: $expectedVersion) {
      ...NodeEditor_written
    }
  }
  ${WRITTEN}
`;

export const CREATE_NODE: TypedDocumentNode<
  { createNode: EditableNode },
  { label: NodeLabel; properties: Record<string, unknown> }
> = gql`
  mutation CreateNode($label: NodeLabel!, $properties: JSONObject!) {
    createNode(label: $label, properties: $properties) {
      ...NodeEditor_written
    }
  }
  ${WRITTEN}
`;

export const DELETE_NODE: TypedDocumentNode<
  { deleteNode: { deletedNodeIds: readonly string[] } },
  { id: string; expectedVersion: number | null }
> = gql`
  mutation DeleteNode($id: ID!, $expectedVersion: Int) {
    deleteNode(id: $id, expectedVersion: $expectedVersion) {
      deletedNodeIds
    }
  }
`;

export const CREATE_RELATIONSHIP: TypedDocumentNode<
  {
    createRelationship: {
      id: string;
      type: string;
      source: string;
      target: string;
      version: number;
    };
  },
  { type: string; from: string; to: string; properties: Record<string, unknown> }
> = gql`
  mutation CreateRelationship(
    $type: RelationshipType!
    $from: ID!
    $to: ID!
    $properties: JSONObject
  ) {
    createRelationship(type: $type, from: $from, to: $to, properties: $properties) {
      id
      type
      source
      target
      version
    }
  }
`;

export interface PickedNode {
  readonly id: string;
  readonly name: string;
  readonly label: NodeLabel;
}

export const NODE_PICKER: TypedDocumentNode<
  { search: { edges: readonly { node: PickedNode }[] } },
  { text: string; labels: readonly NodeLabel[] }
> = gql`
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
