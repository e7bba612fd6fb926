import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import {
  GAP_HEATMAP_TABLE,
  SUGGESTION_LIST_SUGGESTION,
} from '../../../features/gaps/gaps.fragment';
import type {
  GapSuggestionsQuery,
  GapSuggestionsQueryVariables,
  GapsViewQuery,
  GapsViewQueryVariables,
} from '../../../generated/graphql';

/** The gaps view: the sector table of one region (and theme), as of a day, with a verdict per cell. */
export const GAPS_VIEW: TypedDocumentNode<GapsViewQuery, GapsViewQueryVariables> = gql`
  query GapsView($regionId: ID!, $topicId: ID, $asOf: String) {
    region: node(id: $regionId) {
      id
      name
    }
    gapTable(regionId: $regionId, topicId: $topicId, asOf: $asOf) {
      ...GapHeatmap_table
    }
  }
  ${GAP_HEATMAP_TABLE}
`;

/**
 * Cross-sector suggestions of the region, those for the target cells (gaps, then shortfalls without a verdict)
 * first; with `sectors` the suggestions of one opened cell. Asked once the table is there.
 */
export const GAP_SUGGESTIONS: TypedDocumentNode<GapSuggestionsQuery, GapSuggestionsQueryVariables> =
  gql`
    query GapSuggestions(
      $regionId: ID!
      $topicIds: [ID!]
      $asOf: String
      $targets: [[Sector!]!]
      $sectors: [Sector!]
      $crossSectorOnly: Boolean!
      $limit: Int!
    ) {
      linkSuggestions(
        regionId: $regionId
        topicIds: $topicIds
        asOf: $asOf
        crossSectorOnly: $crossSectorOnly
        sectors: $sectors
        targetSectorPairs: $targets
        perTarget: 3
        limit: $limit
      ) {
        institutions
        truncated
        suggestions {
          ...SuggestionList_suggestion
        }
      }
    }
    ${SUGGESTION_LIST_SUGGESTION}
  `;
