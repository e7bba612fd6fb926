import { gql } from '@apollo/client';
import type { NodeLabel, Sector } from '@nzr/graph-schema';
import { EXPLANATION_REASON } from '../../lib/reasons';
import type { Reason } from '../../lib/reasons';

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

export interface AllyData {
  readonly distanceKm: number;
  readonly hops: number | null;
  readonly score: number;
  readonly explanationDe: string;
  readonly reasons: readonly Reason[];
  readonly sharedTopicIds: readonly string[];
  readonly node: {
    readonly id: string;
    readonly name: string;
    readonly label: NodeLabel;
    readonly sector: Sector | null;
    readonly location: { readonly latitude: number; readonly longitude: number } | null;
  };
  readonly offers: readonly {
    readonly kind: string;
    readonly offer: { readonly id: string; readonly name: string };
  }[];
}
