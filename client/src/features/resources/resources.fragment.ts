import { gql } from '@apollo/client';
import { EXPLANATION_REASON } from '../../lib/reasons';
import type {
  ResourceMatchList_MatchFragment,
  UnmatchedResourceList_ItemFragment,
} from '../../generated/graphql';

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

export const UNMATCHED_RESOURCE = gql`
  fragment UnmatchedResourceList_item on UnmatchedResource {
    kind
    resource {
      id
      name
    }
    owner {
      id
      name
    }
  }
`;

export type UnmatchedResourceData = UnmatchedResourceList_ItemFragment;
