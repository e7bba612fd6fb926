import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import type {
  MergeNodesMutation,
  MergeNodesMutationVariables,
  PossibleDuplicatesQuery,
  PossibleDuplicatesQueryVariables,
} from '../../generated/graphql';

export const DUPLICATE_PAIR = gql`
  fragment DuplicatePair_pair on DuplicatePair {
    a {
      id
      name
      label
      version
      properties
    }
    b {
      id
      name
      label
      version
      properties
    }
    similarity
    sameName
    sameMunicipality
    distanceKm
    sharedContact
  }
`;

export const POSSIBLE_DUPLICATES: TypedDocumentNode<
  PossibleDuplicatesQuery,
  PossibleDuplicatesQueryVariables
> = gql`
  query PossibleDuplicates($regionId: ID, $nodeId: ID) {
    possibleDuplicates(regionId: $regionId, nodeId: $nodeId, limit: 100) {
      pairs {
        ...DuplicatePair_pair
      }
      more
      truncated
    }
  }
  ${DUPLICATE_PAIR}
`;

export const MERGE_NODES: TypedDocumentNode<MergeNodesMutation, MergeNodesMutationVariables> = gql`
  mutation MergeNodes($input: MergeNodesInput!) {
    mergeNodes(input: $input) {
      node {
        id
        name
        version
      }
      removedId
      movedRelationships
      skippedRelationships
      takenProperties
    }
  }
`;
