import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import { REGION_TABLE_ROW, URBAN_RURAL_FIGURES } from '../../../features/regions/regions.fragment';
import type { RegionFigures, RegionRowData } from '../../../features/regions/regions.fragment';

export interface RegionsViewData {
  readonly regionComparison: {
    readonly actors: number;
    readonly truncated: boolean;
    readonly urban: RegionFigures;
    readonly rural: RegionFigures;
    readonly regions: readonly RegionRowData[];
  };
}

export const REGIONS_VIEW: TypedDocumentNode<RegionsViewData, { since: string | null }> = gql`
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
