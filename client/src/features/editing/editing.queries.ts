import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import type {
  CreateNodeMutation,
  CreateNodeMutationVariables,
  CreateRelationshipMutation,
  CreateRelationshipMutationVariables,
  DeleteNodeMutation,
  DeleteNodeMutationVariables,
  EditNodeQuery,
  EditNodeQueryVariables,
  UpdateNodeMutation,
  UpdateNodeMutationVariables,
} from '../../generated/graphql';

/** The node as the editor reads it (EditNode); a write answers with more (NodeEditor_written). */
export type EditableNode = NonNullable<EditNodeQuery['node']>;

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

export const EDIT_NODE: TypedDocumentNode<EditNodeQuery, EditNodeQueryVariables> = gql`
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

export const UPDATE_NODE: TypedDocumentNode<UpdateNodeMutation, UpdateNodeMutationVariables> = gql`
  mutation UpdateNode($id: ID!, $properties: JSONObject!, $expectedVersion: Int!) {
    updateNode(id: $id, properties: $properties, expectedVersion: $expectedVersion) {
      ...NodeEditor_written
    }
  }
  ${WRITTEN}
`;

export const CREATE_NODE: TypedDocumentNode<CreateNodeMutation, CreateNodeMutationVariables> = gql`
  mutation CreateNode($label: NodeLabel!, $properties: JSONObject!) {
    createNode(label: $label, properties: $properties) {
      ...NodeEditor_written
    }
  }
  ${WRITTEN}
`;

export const DELETE_NODE: TypedDocumentNode<DeleteNodeMutation, DeleteNodeMutationVariables> = gql`
  mutation DeleteNode($id: ID!, $expectedVersion: Int) {
    deleteNode(id: $id, expectedVersion: $expectedVersion) {
      deletedNodeIds
    }
  }
`;

export const CREATE_RELATIONSHIP: TypedDocumentNode<
  CreateRelationshipMutation,
  CreateRelationshipMutationVariables
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
