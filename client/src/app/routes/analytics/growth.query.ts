import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import { GROWTH_CHART } from '../../../features/growth/growth.fragment';
import type { NetworkGrowthQuery, NetworkGrowthQueryVariables } from '../../../generated/graphql';

export const NETWORK_GROWTH: TypedDocumentNode<NetworkGrowthQuery, NetworkGrowthQueryVariables> =
  gql`
    query NetworkGrowth($regionId: ID) {
      networkGrowth(regionId: $regionId) {
        ...GrowthChart_growth
      }
    }
    ${GROWTH_CHART}
  `;
