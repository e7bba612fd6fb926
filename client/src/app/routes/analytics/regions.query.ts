import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import { REGION_TABLE_ROW, URBAN_RURAL_FIGURES } from '../../../features/regions/regions.fragment';
import type { RegionsViewQuery, RegionsViewQueryVariables } from '../../../generated/graphql';

export const REGIONS_VIEW: TypedDocumentNode<RegionsViewQuery, RegionsViewQueryVariables> = gql`
  query RegionsView($since: String) {
    regionComparison(since: $since) {
      actors
      truncated
      urban {
        ...UrbanRural_figures
      }
      rural {
        ...UrbanRural_figures
      }
      regions {
        ...RegionTable_row
      }
    }
  }
  ${URBAN_RURAL_FIGURES}
  ${REGION_TABLE_ROW}
`;
