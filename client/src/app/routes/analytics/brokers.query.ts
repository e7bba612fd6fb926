import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import {
  BROKER_LIST_BROKER,
  CUT_POINT_LIST_CUT_POINT,
} from '../../../features/brokers/brokers.fragment';
import type { BrokersViewQuery, BrokersViewQueryVariables } from '../../../generated/graphql';

/**
 * The ten strongest brokers and the cut points of a region, in cooperations or in all social ties, as of a day
 * (`asOf` null: today, the API's default).
 */
export const BROKERS_VIEW: TypedDocumentNode<BrokersViewQuery, BrokersViewQueryVariables> = gql`
  query BrokersView($regionId: ID!, $network: AnalysisNetwork!, $asOf: String) {
    brokers(regionId: $regionId, network: $network, asOf: $asOf, limit: 10) {
      actors
      sampled
      sampleSize
      errorBound
      brokers {
        ...BrokerList_broker
      }
      cutPoints {
        ...CutPointList_cutPoint
      }
    }
  }
  ${BROKER_LIST_BROKER}
  ${CUT_POINT_LIST_CUT_POINT}
`;
