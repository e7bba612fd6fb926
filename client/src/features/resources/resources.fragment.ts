import { gql } from '@apollo/client';
import { EXPLANATION_REASON } from '../../lib/reasons';
import type { Reason } from '../../lib/reasons';

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
    }
    offer {
      id
      name
    }
    offerOwner {
      id
      name
    }
  }
  ${EXPLANATION_REASON}
`;

interface Named {
  readonly id: string;
  readonly name: string;
}

export interface ResourceMatchData {
  readonly kind: string;
  readonly score: number;
  readonly distanceKm: number | null;
  readonly explanationDe: string;
  readonly reasons: readonly Reason[];
  readonly need: Named;
  readonly needOwner: Named;
  readonly offer: Named;
  readonly offerOwner: Named;
}
