/**
 * What the analytics views offer for choosing: the themes (with English names) and the districts of Saxony.
 * Small pages keep the cost low (the server rejects operations above complexity 1000).
 */
import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';

import type {
  AnalysisOptionsQuery,
  AnalysisOptionsQueryVariables,
} from '../../../generated/graphql';

export type AnalysisOptions = AnalysisOptionsQuery;

export const ANALYSIS_OPTIONS: TypedDocumentNode<
  AnalysisOptionsQuery,
  AnalysisOptionsQueryVariables
> = gql`
  query AnalysisOptions {
    topics: search(text: "", first: 50, filter: { labels: [Topic] }) {
      edges {
        node {
          id
          name
          properties
        }
      }
    }
    districts: neighbourhood(
      ids: ["reg-14"]
      depth: 1
      limit: 20
      relationshipTypes: [PART_OF]
      filter: { labels: [Region] }
    ) {
      nodes {
        id
        name
        location {
          latitude
          longitude
        }
      }
    }
  }
`;
