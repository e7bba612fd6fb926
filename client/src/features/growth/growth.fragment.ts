import { gql } from '@apollo/client';
import type { GrowthChart_GrowthFragment } from '../../generated/graphql';

export const GROWTH_CHART = gql`
  fragment GrowthChart_growth on NetworkGrowth {
    regionId
    today
    undated
    startedEarlier
    introductions
    introductionsCooperating
    truncated
    years {
      year
      started
      startedCrossSector
      startedViaIntroduction
      ended
      activeAtEnd
      introduced
    }
  }
`;

export type GrowthData = GrowthChart_GrowthFragment;
