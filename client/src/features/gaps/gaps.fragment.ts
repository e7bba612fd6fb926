/** What the gaps view renders: the heat map's table and the suggestions, as fragments the route spreads. */
import { gql } from '@apollo/client';
import type { Sector } from '@nzr/graph-schema';
import { EXPLANATION_REASON } from '../../lib/reasons';
import type { Reason } from '../../lib/reasons';

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
    }
  }
`;

export interface GapCellData {
  readonly sectors: readonly Sector[];
  readonly observed: number;
  readonly expected: number;
  readonly ratio: number | null;
  readonly pValue: number;
  readonly underLinked: boolean;
}

export interface GapHeatmapTable {
  readonly totalTies: number;
  readonly truncated: boolean;
  readonly sectorSizes: readonly { readonly sector: Sector; readonly institutions: number }[];
  readonly cells: readonly GapCellData[];
}

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
    explanationDe
    reasons {
      ...Explanation_reason
    }
  }
  ${EXPLANATION_REASON}
`;

interface Party {
  readonly id: string;
  readonly name: string;
  readonly sector: Sector | null;
}

export interface SuggestionData {
  readonly a: Party;
  readonly b: Party;
  readonly score: number;
  readonly explanationDe: string;
  readonly reasons: readonly Reason[];
}
