import { gql } from '@apollo/client';
import { EXPLANATION_REASON } from '../../lib/reasons';
import type { ResourceMatchList_MatchFragment } from '../../generated/graphql';

export const RESOURCE_MATCH_LIST_MATCH = gql`
  fragment ResourceMatchList_match on ResourceMatch {
    kind
    score
    distanceKm
    explanationDe
    reasons {
      ...Explanation_reason
    }
    need {
      id
      name
    }
    needOwner {
      id
      name
      label
    }
    offer {
      id
      name
    }
    offerOwner {
      id
      name
      label
    }
  }
  ${EXPLANATION_REASON}
`;

export type ResourceMatchData = ResourceMatchList_MatchFragment;
