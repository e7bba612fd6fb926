/**
 * What the analytics views offer for choosing: the themes (with English names) and the districts of Saxony.
 * Small pages keep the cost low (the server rejects operations above complexity 1000).
 */
import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';

interface TopicNode {
  readonly id: string;
  readonly name: string;
  readonly properties: { readonly nameEn?: string; readonly parent?: string } | null;
}

export interface AnalysisOptions {
  readonly topics: { readonly edges: readonly { readonly node: TopicNode }[] };
  readonly districts: {
    readonly nodes: readonly {
      readonly id: string;
      readonly name: string;
      readonly location: { latitude: number; longitude: number } | null;
    }[];
  };
}

export const ANALYSIS_OPTIONS: TypedDocumentNode<AnalysisOptions, Record<string, never>> = gql`
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
