import { gql } from '@apollo/client';
import type { Sector } from '@nzr/graph-schema';
import { EXPLANATION_REASON } from '../../lib/reasons';
import type { Reason } from '../../lib/reasons';

export const BROKER_LIST_BROKER = gql`
  fragment BrokerList_broker on Broker {
    node {
      id
      name
      sector
    }
    betweenness
    constraint
    effectiveSize
    degree
    explanationDe
    reasons {
      ...Explanation_reason
    }
    bridges {
      sectors
      openPairs
    }
  }
  ${EXPLANATION_REASON}
`;

export const CUT_POINT_LIST_CUT_POINT = gql`
  fragment CutPointList_cutPoint on CutPoint {
    node {
      id
      name
    }
    cutOff
    parts
    explanationDe
    reasons {
      ...Explanation_reason
    }
  }
  ${EXPLANATION_REASON}
`;

interface Explained {
  readonly explanationDe: string;
  readonly reasons: readonly Reason[];
}

export interface BrokerData extends Explained {
  readonly node: { readonly id: string; readonly name: string; readonly sector: Sector | null };
  readonly betweenness: number;
  readonly constraint: number | null;
  readonly effectiveSize: number | null;
  readonly degree: number;
  readonly bridges: readonly { readonly sectors: readonly Sector[]; readonly openPairs: number }[];
}

export interface CutPointData extends Explained {
  readonly node: { readonly id: string; readonly name: string };
  readonly cutOff: number;
  readonly parts: readonly number[];
}
