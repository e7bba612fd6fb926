import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import type {
  DeleteRelationshipMutation,
  DeleteRelationshipMutationVariables,
  EditRelationshipsQuery,
  EditRelationshipsQueryVariables,
  UpdateRelationshipMutation,
  UpdateRelationshipMutationVariables,
} from '../../generated/graphql';

export type EditableEdge = EditRelationshipsQuery['neighbourhood']['edges'][number];

export const EDIT_RELATIONSHIPS: TypedDocumentNode<
  EditRelationshipsQuery,
  EditRelationshipsQueryVariables
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
  UpdateRelationshipMutation,
  UpdateRelationshipMutationVariables
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
  DeleteRelationshipMutation,
  DeleteRelationshipMutationVariables
> = gql`
  mutation DeleteRelationship($type: RelationshipType!, $id: ID!, $expectedVersion: Int) {
    deleteRelationship(type: $type, id: $id, expectedVersion: $expectedVersion) {
      deletedRelationshipIds
    }
  }
`;
