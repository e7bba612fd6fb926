import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import type { NodeLabel, RelationshipType } from '@nzr/graph-schema';

export interface EditableEdge {
  readonly id: string;
  readonly type: RelationshipType;
  readonly source: string;
  readonly target: string;
  readonly version: number;
  readonly properties: Readonly<Record<string, unknown>>;
}

export const EDIT_RELATIONSHIPS: TypedDocumentNode<
  {
    neighbourhood: {
      nodes: readonly { id: string; name: string; label: NodeLabel }[];
      edges: readonly EditableEdge[];
    };
  },
  { id: string }
> = gql`
  query EditRelationships($id: ID!) {
    neighbourhood(ids: [$id], depth: 1, limit: 300) {
      nodes {
        id
        name
        label
      }
      edges {
        id
        type
        source
        target
        version
        properties
      }
    }
  }
`;

export const UPDATE_RELATIONSHIP: TypedDocumentNode<
  { updateRelationship: EditableEdge },
  {
    type: RelationshipType;
    id: string;
    properties: Record<string, unknown>;
    expectedVersion: number;
  }
> = gql`
  mutation UpdateRelationship(
    $type: RelationshipType!
    $id: ID!
    $properties: JSONObject!
    $expectedVersion: Int!
  ) {
    updateRelationship(
      type: $type
      id: $id
      properties: $properties
      expectedVersion: $expectedVersion
    ) {
      id
      type
      source
      target
      version
      properties
    }
  }
`;

export const DELETE_RELATIONSHIP: TypedDocumentNode<
  { deleteRelationship: { deletedRelationshipIds: readonly string[] } },
  { type: RelationshipType; id: string; expectedVersion: number }
> = gql`
  mutation DeleteRelationship($type: RelationshipType!, $id: ID!, $expectedVersion: Int) {
    deleteRelationship(type: $type, id: $id, expectedVersion: $expectedVersion) {
      deletedRelationshipIds
    }
  }
`;
