import { gql } from '@apollo/client';
import type {
  BrokerList_BrokerFragment,
  CutPointList_CutPointFragment,
} from '../../generated/graphql';
import { EXPLANATION_REASON } from '../../lib/reasons';

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

export type BrokerData = BrokerList_BrokerFragment;
export type CutPointData = CutPointList_CutPointFragment;
