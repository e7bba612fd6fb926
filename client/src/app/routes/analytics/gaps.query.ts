import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import {
  GAP_HEATMAP_TABLE,
  SUGGESTION_LIST_SUGGESTION,
} from '../../../features/gaps/gaps.fragment';
import type { GapsViewQuery, GapsViewQueryVariables } from '../../../generated/graphql';

/** The gaps view: the sector table and cross-sector suggestions for one region (and theme), as of a day. */
export const GAPS_VIEW: TypedDocumentNode<GapsViewQuery, GapsViewQueryVariables> = gql`
  query GapsView($regionId: ID!, $topicId: ID, $topicIds: [ID!], $asOf: String) {
    region: node(id: $regionId) {
      id
      name
    }
    gapTable(regionId: $regionId, topicId: $topicId, asOf: $asOf) {
      ...GapHeatmap_table
    }
    linkSuggestions(
      regionId: $regionId
      topicIds: $topicIds
      asOf: $asOf
      crossSectorOnly: true
      limit: 12
    ) {
      institutions
      truncated
      suggestions {
        ...SuggestionList_suggestion
      }
    }
  }
  ${GAP_HEATMAP_TABLE}
  ${SUGGESTION_LIST_SUGGESTION}
`;
