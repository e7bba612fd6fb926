import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import { ALLY_LIST_ALLY } from '../../../features/allies/allies.fragment';
import type { AlliesViewQuery, AlliesViewQueryVariables } from '../../../generated/graphql';

export const ALLIES_VIEW: TypedDocumentNode<AlliesViewQuery, AlliesViewQueryVariables> = gql`
  query AlliesView(
    $actorId: ID
    $regionId: ID
    $point: CoordinateInput
    $radiusKm: Float!
    $topicIds: [ID!]
  ) {
    alliesNearby(
      actorId: $actorId
      regionId: $regionId
      point: $point
      radiusKm: $radiusKm
      topicIds: $topicIds
      limit: 25
    ) {
      candidates
      radiusKm
      truncated
      center {
        latitude
        longitude
      }
      allies {
        ...AllyList_ally
      }
    }
  }
  ${ALLY_LIST_ALLY}
`;
