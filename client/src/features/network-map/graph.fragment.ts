/**
 * What the network map renders: the NetworkMap_graph fragment and its TypeScript shape (kept by hand until
 * GraphQL code generation is set up; the names follow the schema in server/schema.graphql).
 */
import { gql } from '@apollo/client';
import type { NodeLabel, RelationshipType, Sector } from '@nzr/graph-schema';

export const NETWORK_MAP_GRAPH = gql`
  fragment NetworkMap_graph on Graph {
    truncated
    nodes {
      id
      name
      label
      sector
      location {
        latitude
        longitude
      }
    }
    edges {
      id
      type
      source
      target
    }
  }
`;

export interface GeoPoint {
  readonly latitude: number;
  readonly longitude: number;
}

export interface NetworkMapNode {
  readonly id: string;
  readonly name: string;
  readonly label: NodeLabel;
  readonly sector: Sector | null;
  readonly location: GeoPoint | null;
}

export interface NetworkMapEdge {
  readonly id: string;
  readonly type: RelationshipType;
  readonly source: string;
  readonly target: string;
}

export interface NetworkMapGraph {
  readonly truncated: boolean;
  readonly nodes: readonly NetworkMapNode[];
  readonly edges: readonly NetworkMapEdge[];
}

/** A district shown as a place label on the geographic layout. */
export interface DistrictLabel {
  readonly id: string;
  readonly name: string;
  readonly location: GeoPoint;
}
