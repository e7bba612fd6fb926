import { gql } from '@apollo/client';
import type { AllyList_AllyFragment } from '../../generated/graphql';
import { EXPLANATION_REASON } from '../../lib/reasons';

export const ALLY_LIST_ALLY = gql`
  fragment AllyList_ally on Ally {
    distanceKm
    hops
    score
    explanationDe
    reasons {
      ...Explanation_reason
    }
    sharedTopicIds
    node {
      id
      name
      label
      sector
      location {
        latitude
        longitude
      }
    }
    offers {
      kind
      offer {
        id
        name
      }
    }
  }
  ${EXPLANATION_REASON}
`;

export type AllyData = AllyList_AllyFragment;
