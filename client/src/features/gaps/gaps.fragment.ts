/** What the gaps view renders: the heat map's table and the suggestions, as fragments the route spreads. */
import { gql } from '@apollo/client';
import type {
  GapHeatmap_TableFragment,
  SuggestionList_SuggestionFragment,
} from '../../generated/graphql';
import { EXPLANATION_REASON } from '../../lib/reasons';

export const GAP_HEATMAP_TABLE = gql`
  fragment GapHeatmap_table on GapTable {
    totalTies
    truncated
    sectorSizes {
      sector
      institutions
    }
    cells {
      sectors
      observed
      expected
      ratio
      pValue
      underLinked
      verdict
      test {
        pValue
        minimumPValue
        alpha
      }
      dataNeeded {
        additionalCooperations
        additionalInstitutions
        sector
      }
      pairs {
        a {
          id
          name
        }
        b {
          id
          name
        }
      }
      brokers {
        node {
          id
          name
          label
          sector
        }
        openPairs
      }
    }
    pooled {
      partners {
        id
        name
      }
      institutions
      totalTies
      cells {
        sectors
        observed
        expected
        verdict
        test {
          pValue
          minimumPValue
          alpha
        }
      }
    }
  }
`;

export type GapHeatmapTable = GapHeatmap_TableFragment;
export type GapCellData = GapHeatmapTable['cells'][number];
export type PooledTable = NonNullable<GapHeatmapTable['pooled']>;
export type PooledCellData = PooledTable['cells'][number];

export const SUGGESTION_LIST_SUGGESTION = gql`
  fragment SuggestionList_suggestion on LinkSuggestion {
    a {
      id
      name
      sector
    }
    b {
      id
      name
      sector
    }
    score
    target
    explanationDe
    reasons {
      ...Explanation_reason
    }
  }
  ${EXPLANATION_REASON}
`;

export type SuggestionData = SuggestionList_SuggestionFragment;
