/**
 * What the network map renders: the NetworkMap_graph fragment; its TypeScript shape is generated from the schema
 * (src/generated/graphql.ts, `npm run codegen`).
 */
import { gql } from '@apollo/client';
import type { NetworkMap_GraphFragment } from '../../generated/graphql';

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

export type NetworkMapGraph = NetworkMap_GraphFragment;
export type NetworkMapNode = NetworkMapGraph['nodes'][number];
export type NetworkMapEdge = NetworkMapGraph['edges'][number];

/** A district shown as a place label on the geographic layout. */
export interface DistrictLabel {
  readonly id: string;
  readonly name: string;
  readonly location: GeoPoint;
}
